import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	createFormat,
	formatDateRange,
	formatInLanguages,
	formatLanguages,
	formatRangeStart,
	formatWeekday,
	sentenceCase,
} from '@/i18n/format.ts';
import { createTranslator } from '@/i18n/translate.ts';
import { formatQueryAmount, parseAmount, parseQueryAmount, RulesInputError, type Locale } from '@/rules/index.ts';

/** French formatting separates groups with narrow or plain no-break spaces. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const format = (locale: Locale) => createFormat(locale, 'EUR');
const formatDate = (date: string, locale: Locale, style?: 'long' | 'full' | 'fullWithoutYear') => format(locale).date(date, style);
const formatMoney = (cents: number, locale: Locale) => format(locale).money(cents);
const formatAmountInput = (cents: number, locale: Locale) => format(locale).amountInput(cents);

describe('formatDate', () => {
	test('long (the default) in English and French', () => {
		expect(formatDate('2020-10-26', 'en')).toBe('26 October 2020');
		expect(formatDate('2020-10-26', 'en', 'long')).toBe('26 October 2020');
		expect(formatDate('2020-10-26', 'fr', 'long')).toBe('26 octobre 2020');
		expect(formatDate('2020-11-01', 'fr')).toBe('1er novembre 2020');
		expect(formatDate('2020-11-01', 'fr', 'full')).toBe('dimanche 1er novembre 2020');
		expect(formatDate('2020-11-01', 'en')).toBe('1 November 2020');
	});

	test('full adds the weekday', () => {
		expect(formatDate('2020-11-09', 'en', 'full')).toBe('Monday, 9 November 2020');
		expect(formatDate('2020-12-18', 'en', 'full')).toBe('Friday, 18 December 2020');
		expect(formatDate('2020-11-09', 'fr', 'full')).toBe('lundi 9 novembre 2020');
		expect(formatDate('2020-12-18', 'fr', 'full')).toBe('vendredi 18 décembre 2020');
	});

	test('fullWithoutYear drops the year, and English keeps the comma after the weekday', () => {
		expect(formatDate('2020-10-26', 'en', 'fullWithoutYear')).toBe('Monday, 26 October');
		expect(formatDate('2020-11-01', 'fr', 'fullWithoutYear')).toBe('dimanche 1er novembre');
	});

	test('gives the calendar date itself at both ends of a day', () => {
		expect(formatDate('2020-01-01', 'en')).toBe('1 January 2020');
		expect(formatDate('2020-12-31', 'en')).toBe('31 December 2020');
	});

	test('refuses an impossible date', () => {
		expect(() => formatDate('2021-02-29', 'en')).toThrow(RulesInputError);
	});
});

describe('formatMoney', () => {
	test('English: €1,500.00', () => {
		expect(formatMoney(150_000, 'en')).toBe('€1,500.00');
		expect(formatMoney(75_000, 'en')).toBe('€750.00');
		expect(formatMoney(5, 'en')).toBe('€0.05');
		expect(formatMoney(0, 'en')).toBe('€0.00');
	});

	test('French: 1 500,00 €', () => {
		expect(plainSpaces(formatMoney(150_000, 'fr'))).toBe('1 500,00 €');
		expect(plainSpaces(formatMoney(75_000, 'fr'))).toBe('750,00 €');
		expect(plainSpaces(formatMoney(5, 'fr'))).toBe('0,05 €');
	});

	test('French keeps the amount and the € together with no-break spaces', () => {
		expect(formatMoney(150_000, 'fr')).not.toMatch(/ /);
	});
});

describe('formatAmountInput and formatQueryAmount', () => {
	test('write an amount as a reader would type it', () => {
		expect(formatAmountInput(150_050, 'en')).toBe('1,500.50');
		expect(plainSpaces(formatAmountInput(150_050, 'fr'))).toBe('1 500,50');
		expect(formatAmountInput(5, 'en')).toBe('0.05');
	});

	test('write the canonical form of links', () => {
		expect(formatQueryAmount(150_050)).toBe('1500.50');
		expect(formatQueryAmount(150_000)).toBe('1500.00');
		expect(formatQueryAmount(5)).toBe('0.05');
	});

	test('are read back to the same cents', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.constantFrom<Locale>('en', 'fr'), (cents, locale) => {
				expect(parseAmount(formatAmountInput(cents, locale), locale)).toBe(cents);
				expect(parseAmount(formatMoney(cents, locale), locale)).toBe(cents);
				expect(parseQueryAmount(formatQueryAmount(cents))).toBe(cents);
			}),
			{ numRuns: 200 },
		);
	});
});

describe('the rest of the formatting module', () => {
	test('money is written in the edition’s currency', () => {
		expect(createFormat('en', 'USD').money(150_000)).toBe('US$1,500.00');
		expect(plainSpaces(createFormat('fr', 'CHF').money(150_000))).toBe('1 500,00 CHF');
	});

	test('a range gives the year once when both dates share it, and French writes 1er', () => {
		// Intl puts thin or no-break spaces around the dash: compare the words.
		const words = (text: string) => text.replace(/\s/g, ' ');
		expect(words(formatDateRange('fr', '2020-11-01', '2020-12-18'))).toBe('1er novembre – 18 décembre 2020');
		expect(words(formatDateRange('en', '2020-12-28', '2021-01-08'))).toBe('28 December 2020 – 8 January 2021');
	});

	test('a French range does not break at its dash: narrow no-break spaces, never a thin space', () => {
		expect(formatDateRange('fr', '2020-11-09', '2020-12-18')).toBe('9 novembre\u202f–\u202f18 décembre 2020');
	});

	test('the first date of a range leaves the year to the last one when both share it', () => {
		expect(formatRangeStart('fr', '2020-11-09', '2020-12-18')).toBe('9 novembre');
		expect(formatRangeStart('fr', '2020-10-27', '2020-11-01', 'full')).toBe('mardi 27 octobre');
		expect(formatRangeStart('en', '2020-11-09', '2020-12-18')).toBe('9 November');
		expect(formatRangeStart('en', '2020-10-27', '2020-11-01', 'full')).toBe('Tuesday, 27 October');
		expect(formatRangeStart('fr', '2020-12-28', '2021-01-08')).toBe('28 décembre 2020');
		expect(formatRangeStart('fr', '2020-12-28', '2021-01-08', 'full')).toBe('lundi 28 décembre 2020');
	});

	test('weekdays are counted from Monday (ISO)', () => {
		expect([1, 4, 7].map((day) => formatWeekday('en', day))).toEqual(['Monday', 'Thursday', 'Sunday']);
		expect(formatWeekday('fr', 5)).toBe('vendredi');
	});

	test('integers, percentages, languages and lists follow the language', () => {
		expect(format('en').integer(1500)).toBe('1,500');
		expect(plainSpaces(format('fr').integer(1500))).toBe('1 500');
		expect(format('en').percent(50)).toBe('50%');
		expect(plainSpaces(format('fr').percent(50))).toBe('50 %');
		expect(formatLanguages('en', ['en', 'fr'])).toBe('English and French');
		expect(formatLanguages('fr', ['en', 'fr'])).toBe('anglais et français');
		expect(formatInLanguages('en', ['en', 'fr'])).toBe('in English and French');
		expect(formatInLanguages('fr', ['en', 'fr'])).toBe('en anglais et en français');
		expect(createTranslator({}, 'fr').list(['a', 'b'], 'disjunction')).toBe('a ou b');
		expect(sentenceCase('fr', 'aucune pénalité')).toBe('Aucune pénalité');
	});
});
