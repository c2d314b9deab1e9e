import { describe, expect, it } from 'vitest';
import {
	edition2020,
	formatDate,
	formatMoney,
	substitutionDeadline,
	tierDeadlines,
	tierWindows,
	type Edition,
} from '@/rules/index.ts';
import { factNames, formatDateRange, renderFact, weekdayName } from '@/components/programme/facts.ts';

/** Intl puts thin or no-break spaces around a range dash; compare the words, not the space characters. */
const plain = (text: string) => text.replace(/\s/g, ' ');

const deadlines = tierDeadlines(edition2020);
const [noPenalty, halfPenalty, fullPenalty] = tierWindows(edition2020);
const achievement = edition2020.certificates.find((c) => c.id === 'achievement')!;
const participation = edition2020.certificates.find((c) => c.id === 'participation')!;

describe('renderFact', () => {
	it.each(['en', 'fr'] as const)('renders every fact in %s', (locale) => {
		for (const name of factNames) expect(renderFact(name, locale).trim(), name).not.toBe('');
	});

	it.each(['en', 'fr'] as const)('takes dates and money from the rules module (%s)', (locale) => {
		expect(renderFact('start', locale)).toBe(formatDate(edition2020.startDate, locale));
		expect(renderFact('endFull', locale)).toBe(formatDate(edition2020.endDate, locale, 'full'));
		expect(renderFact('price', locale)).toBe(formatMoney(edition2020.priceCents, locale));
		expect(renderFact('fullRefundBy', locale)).toBe(formatDate(deadlines.fullRefundBy, locale));
		expect(renderFact('halfPenaltyFrom', locale)).toBe(formatDate(halfPenalty!.firstNoticeDate!, locale));
		expect(renderFact('halfPenaltyUntil', locale)).toBe(formatDate(deadlines.halfPenaltyUntil, locale));
		expect(renderFact('fullPenaltyFrom', locale)).toBe(formatDate(deadlines.fullPenaltyFrom, locale));
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
		expect(renderFact('halfPenaltyMinDays', 'en')).toBe(String(halfPenalty!.minDaysBeforeStart));
		expect(renderFact('halfPenaltyMaxDays', 'en')).toBe(String(halfPenalty!.maxDaysBeforeStart));
		expect(renderFact('fullPenaltyMaxDays', 'en')).toBe(String(fullPenalty!.maxDaysBeforeStart));
		expect(renderFact('halfPenaltyPercent', 'en')).toBe(`${halfPenalty!.tier.penaltyPercent}%`);
	});

	it('follows French typography for percentages and money', () => {
		expect(renderFact('halfPenaltyPercent', 'fr')).toMatch(/^\d+[\u00a0\u202f]%$/);
		expect(renderFact('price', 'fr')).toMatch(/[\u00a0\u202f]€$/);
	});

	it('follows the edition it is given, not the 2020 values', () => {
		const later: Edition = {
			...edition2020,
			startDate: '2021-03-01',
			endDate: '2021-04-09',
			priceCents: 99_900,
			liveSessionWeekdays: [2, 3, 5],
			languages: ['fr'],
		};
		expect(plain(renderFact('dates', 'en', later))).toBe('1 March – 9 April 2021');
		expect(renderFact('fullRefundBy', 'en', later)).toBe(formatDate(tierDeadlines(later).fullRefundBy, 'en'));
		expect(renderFact('price', 'en', later)).toBe(formatMoney(99_900, 'en'));
		expect(renderFact('liveFirstDay', 'en', later)).toBe('Tuesday');
		expect(renderFact('liveLastDay', 'fr', later)).toBe('vendredi');
		expect(renderFact('languages', 'en', later)).toBe('French');
	});
});

describe('formatting helpers', () => {
	it('formats a range of calendar dates whatever the time zone', () => {
		expect(plain(formatDateRange('2020-11-09', '2020-12-18', 'fr'))).toBe('9 novembre – 18 décembre 2020');
		expect(plain(formatDateRange('2020-12-28', '2021-01-08', 'en'))).toBe('28 December 2020 – 8 January 2021');
	});

	it('names ISO weekdays from Monday', () => {
		expect([1, 4, 7].map((d) => weekdayName(d, 'en'))).toEqual(['Monday', 'Thursday', 'Sunday']);
	});
});
