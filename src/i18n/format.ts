/**
 * The one formatting module for values: integers, percentages, money in the edition's currency,
 * calendar dates, date ranges, weekdays and languages, as a reader of one language expects them.
 * Islands, components and the calendar all format through it; words, plurals and lists are the
 * translation system's (translate.ts).
 */
import type { IsoDate, Locale } from '@/rules/edition.ts';
import { toDayNumber } from '@/rules/dates.ts';
import { intlLocale } from './translate.ts';

const MS_PER_DAY = 86_400_000;
const utc = (date: IsoDate) => toDayNumber(date) * MS_PER_DAY;

export type DateStyle = 'long' | 'longWithoutYear' | 'full' | 'fullWithoutYear';

/** "26 October 2020": the style of a date inside a sentence, and the islands' only one. */
const longDate: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

const dateStyles: Record<DateStyle, Intl.DateTimeFormatOptions> = {
	long: longDate,
	longWithoutYear: { day: 'numeric', month: 'long' },
	full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
	fullWithoutYear: { weekday: 'long', day: 'numeric', month: 'long' },
};

/**
 * British English data puts a comma after the weekday with the year ("Sunday, 1 November 2020")
 * and none without it ("Tuesday 27 October"), so a range read "Tuesday 27 October to Sunday,
 * 1 November 2020". English here always has the comma.
 */
const withWeekdayComma = (locale: Locale, parts: Intl.DateTimeFormatPart[]) =>
	locale === 'en'
		? parts.map((part, index) => (part.type === 'literal' && parts[index - 1]?.type === 'weekday' ? { ...part, value: ', ' } : part))
		: parts;

/** French writes the first day of a month as an ordinal: « 1er novembre ». */
const withOrdinalFirst = (locale: Locale, parts: Intl.DateTimeFormatPart[]) =>
	parts.map(({ type, value }) => (locale === 'fr' && type === 'day' && value === '1' ? '1er' : value)).join('');

/** "50%" / "50 %", from a whole percentage. */
export function formatPercent(locale: Locale, value: number): string {
	return new Intl.NumberFormat(intlLocale[locale], { style: 'percent' }).format(value / 100);
}

/** "€1,500.00" / "1 500,00 €". */
export function formatMoney(locale: Locale, currency: string, cents: number): string {
	return new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency }).format(cents / 100);
}

/** The amount as a reader types it: "1,500.00" / "1 500,00". */
export function formatAmountInput(locale: Locale, cents: number): string {
	return new Intl.NumberFormat(intlLocale[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
}

/** "26 October 2020" / "26 octobre 2020". */
export function formatDate(locale: Locale, date: IsoDate): string {
	return withOrdinalFirst(locale, dateParts(locale, date, longDate));
}

/**
 * The date in another style: `full` adds the weekday. Build-time code only: the styles' table stays
 * out of the islands' scripts, which only write dates as `formatDate` does.
 */
export function formatDateAs(locale: Locale, date: IsoDate, style: DateStyle): string {
	return withOrdinalFirst(locale, withWeekdayComma(locale, dateParts(locale, date, dateStyles[style])));
}

function dateParts(locale: Locale, date: IsoDate, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatPart[] {
	return new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: 'UTC' }).formatToParts(utc(date));
}

export type Format = ReturnType<typeof createFormat>;

/**
 * The formats of one language and currency together, for build-time code. Islands import the
 * functions they use one by one, so that their scripts carry no formatting they do not need.
 */
export function createFormat(locale: Locale, currency: string) {
	return {
		locale,
		integer: (value: number) => new Intl.NumberFormat(intlLocale[locale]).format(value),
		/** A quantity with at most one decimal: "12.5" / "12,5". */
		decimal: (value: number) => new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 1 }).format(value),
		percent: (value: number) => formatPercent(locale, value),
		money: (cents: number) => formatMoney(locale, currency, cents),
		amountInput: (cents: number) => formatAmountInput(locale, cents),
		date: (date: IsoDate, style: DateStyle = 'long') => formatDateAs(locale, date, style),
	};
}

/**
 * "9 November – 18 December 2020": the year once when both dates share it. Intl puts a thin space
 * (U+2009), which may break, on each side of the dash; French keeps the range on one line there
 * with a narrow no-break space (U+202F), as it does before « ; ».
 */
export function formatDateRange(locale: Locale, from: IsoDate, to: IsoDate): string {
	const format = new Intl.DateTimeFormat(intlLocale[locale], { ...longDate, timeZone: 'UTC' });
	const range = withOrdinalFirst(locale, format.formatRangeToParts(utc(from), utc(to)));
	return locale === 'fr' ? range.replace(/\u2009/g, '\u202f') : range;
}

/** The first date of a range that ends on `to`, its year left to the last date when both share it: "9 November" (… to 18 December 2020). */
export function formatRangeStart(locale: Locale, from: IsoDate, to: IsoDate, style: 'long' | 'full' = 'long'): string {
	const sameYear = from.slice(0, 4) === to.slice(0, 4);
	return formatDateAs(locale, from, sameYear ? (style === 'long' ? 'longWithoutYear' : 'fullWithoutYear') : style);
}

/** "Monday" / "lundi" for an ISO weekday (1 = Monday). */
export function formatWeekday(locale: Locale, isoWeekday: number): string {
	// 5 January 1970 was a Monday.
	return new Intl.DateTimeFormat(intlLocale[locale], { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(1970, 0, 4 + isoWeekday));
}

/** "English and French" / "anglais et français". */
export function formatLanguages(locale: Locale, codes: readonly string[]): string {
	const names = new Intl.DisplayNames([intlLocale[locale]], { type: 'language' });
	return new Intl.ListFormat(intlLocale[locale]).format(codes.map((code) => names.of(code) ?? code));
}

/**
 * The languages as an adverbial phrase: "in English and French" / "en anglais et en français"
 * (French repeats the preposition before each language).
 */
export function formatInLanguages(locale: Locale, codes: readonly string[]): string {
	if (locale === 'en') return `in ${formatLanguages(locale, codes)}`;
	const names = new Intl.DisplayNames([intlLocale[locale]], { type: 'language' });
	return new Intl.ListFormat(intlLocale[locale]).format(codes.map((code) => `en ${names.of(code) ?? code}`));
}

/** A fragment made to start a sentence, a heading or a table cell: "aucune pénalité" → "Aucune pénalité". */
export function sentenceCase(locale: Locale, text: string): string {
	return text.charAt(0).toLocaleUpperCase(intlLocale[locale]) + text.slice(1);
}
