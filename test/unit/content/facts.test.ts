import { describe, expect, it } from 'vitest';
import { edition2020, substitutionDeadline, tierDeadlines, tierWindows, type Edition, type Locale } from '@/rules/index.ts';
import { createFormat } from '@/i18n/format.ts';
import { factNames, renderFact } from '@/components/facts/facts.ts';
import { edition2031 } from '../../fixtures/editions.ts';

/** Intl puts thin or no-break spaces around a range dash; compare the words, not the space characters. */
const plain = (text: string) => text.replace(/\s/g, ' ');
const format = (locale: Locale, edition: Edition = edition2020) => createFormat(locale, edition.currency);
const formatDate = (date: string, locale: Locale, style?: 'long' | 'full') => format(locale).date(date, style);

const deadlines = tierDeadlines(edition2020);
const [noPenalty] = tierWindows(edition2020);
const achievement = edition2020.certificates.find((c) => c.id === 'achievement')!;
const participation = edition2020.certificates.find((c) => c.id === 'participation')!;

describe('renderFact', () => {
	it.each(['en', 'fr'] as const)('renders every fact in %s', (locale) => {
		for (const name of factNames) expect(renderFact(name, locale).trim(), name).not.toBe('');
	});

	it.each(['en', 'fr'] as const)('takes dates and money from the rules module (%s)', (locale) => {
		expect(renderFact('start', locale)).toBe(formatDate(edition2020.startDate, locale));
		expect(renderFact('endFull', locale)).toBe(formatDate(edition2020.endDate, locale, 'full'));
		expect(renderFact('price', locale)).toBe(format(locale).money(edition2020.priceCents));
		expect(renderFact('fullRefundBy', locale)).toBe(formatDate(deadlines.fullRefundBy, locale));
		expect(renderFact('substitutionBy', locale)).toBe(formatDate(substitutionDeadline(edition2020), locale));
	});

	it('takes counts and thresholds from the rules module', () => {
		expect(renderFact('weeks', 'en')).toBe(String(edition2020.weeks));
		expect(renderFact('learningHours', 'en')).toBe(String(edition2020.learningHours));
		expect(renderFact('forumCount', 'en')).toBe(String(edition2020.forums.length));
		expect(renderFact('electiveCount', 'en')).toBe(String(edition2020.electives.length));
		expect(renderFact('areaCount', 'en')).toBe(String(edition2020.areas.length));
		expect(renderFact('achievementElectives', 'en')).toBe(String(achievement.electives));
		expect(renderFact('achievementElectivesWithKey', 'en')).toBe(String(achievement.electivesWithKey));
		expect(renderFact('participationElectives', 'en')).toBe(String(participation.electives));
		expect(renderFact('participationElectivesWithKey', 'en')).toBe(String(participation.electivesWithKey));
		expect(renderFact('substitutionDays', 'en')).toBe(String(edition2020.substitutionNoticeDays));
		expect(renderFact('fullRefundDays', 'en')).toBe(String(noPenalty!.minDaysBeforeStart));
	});

	it('gives the start of "du … au {end}" without the year the end repeats', () => {
		expect(`du ${renderFact('startBeforeEnd', 'fr')} au ${renderFact('end', 'fr')}`).toBe('du 9 novembre au 18 décembre 2020');
		expect(`du ${renderFact('startFullBeforeEnd', 'fr')} au ${renderFact('endFull', 'fr')}`).toBe(
			'du lundi 9 novembre au vendredi 18 décembre 2020',
		);
		expect(renderFact('startBeforeEnd', 'en')).toBe('9 November');
	});

	it('follows French typography for money', () => {
		expect(renderFact('price', 'fr')).toMatch(/[\u00a0\u202f]€$/);
	});

	it('follows the edition it is given, not the 2020 values', () => {
		const later = edition2031;
		expect(plain(renderFact('dates', 'en', later))).toBe('11 March – 25 April 2031');
		expect(renderFact('fullRefundBy', 'en', later)).toBe(format('en', later).date(tierDeadlines(later).fullRefundBy));
		expect(renderFact('fullRefundDays', 'en', later)).toBe('30');
		expect(renderFact('substitutionDays', 'en', later)).toBe('21');
		expect(renderFact('substitutionBy', 'en', later)).toBe('18 February 2031');
		expect(renderFact('price', 'en', later)).toBe('€2,430.00');
		expect(renderFact('liveFirstDay', 'en', later)).toBe('Tuesday');
		expect(renderFact('liveLastDay', 'fr', later)).toBe('vendredi');
		expect(renderFact('languages', 'en', later)).toBe('French and English');
		expect(renderFact('achievementElectives', 'en', later)).toBe('7');
		expect(renderFact('participationElectivesWithKey', 'en', later)).toBe('3');
	});
});
