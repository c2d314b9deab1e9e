/**
 * The academy's facts as a page shows them in running text, in the page's language.
 * Pages name a fact (`<Fact name="fullRefundBy" />`) instead of typing a number of the academy.
 */
import {
	certificateRule,
	edition2020,
	formatDate,
	formatMoney,
	intlLocale,
	substitutionDeadline,
	tierWindows,
	toDayNumber,
	type Edition,
	type Locale,
} from '@/rules/index.ts';

const MS_PER_DAY = 86_400_000;

const integer = (value: number, locale: Locale) => new Intl.NumberFormat(intlLocale[locale]).format(value);

const percent = (value: number, locale: Locale) =>
	new Intl.NumberFormat(intlLocale[locale], { style: 'percent' }).format(value / 100);

/** "9 November – 18 December 2020" / "9 novembre – 18 décembre 2020". */
export function formatDateRange(from: string, to: string, locale: Locale): string {
	return new Intl.DateTimeFormat(intlLocale[locale], {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	}).formatRange(toDayNumber(from) * MS_PER_DAY, toDayNumber(to) * MS_PER_DAY);
}

/** "Monday" / "lundi" for an ISO weekday (1 = Monday). */
export function weekdayName(isoWeekday: number, locale: Locale): string {
	// 5 January 1970 was a Monday.
	const date = Date.UTC(1970, 0, 4 + isoWeekday);
	return new Intl.DateTimeFormat(intlLocale[locale], { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** "English and French" / "anglais et français". */
export function languageList(edition: Edition, locale: Locale): string {
	const names = new Intl.DisplayNames([intlLocale[locale]], { type: 'language' });
	return new Intl.ListFormat(intlLocale[locale], { type: 'conjunction' }).format(
		edition.languages.map((code) => names.of(code) ?? code),
	);
}

function tiers(edition: Edition) {
	const [none, half, full] = tierWindows(edition);
	if (!none || !half || !full) throw new Error('the edition needs three penalty tiers');
	return { none, half, full };
}

function required<T>(value: T | null, what: string): T {
	if (value === null) throw new Error(`the edition has no ${what}`);
	return value;
}

const facts = {
	year: (e) => String(e.year),
	start: (e, l) => formatDate(e.startDate, l),
	startFull: (e, l) => formatDate(e.startDate, l, 'full'),
	end: (e, l) => formatDate(e.endDate, l),
	endFull: (e, l) => formatDate(e.endDate, l, 'full'),
	dates: (e, l) => formatDateRange(e.startDate, e.endDate, l),
	weeks: (e, l) => integer(e.weeks, l),
	learningHours: (e, l) => integer(e.learningHours, l),
	price: (e, l) => formatMoney(e.priceCents, l),
	languages: (e, l) => languageList(e, l),
	liveFirstDay: (e, l) => weekdayName(required(e.liveSessionWeekdays[0] ?? null, 'live session day'), l),
	liveLastDay: (e, l) => weekdayName(required(e.liveSessionWeekdays.at(-1) ?? null, 'live session day'), l),
	forumCount: (e, l) => integer(e.forums.length, l),
	electiveCount: (e, l) => integer(e.electives.length, l),
	areaCount: (e, l) => integer(e.areas.length, l),
	keyElectiveCount: (e, l) => integer(e.electives.filter((x) => x.key).length, l),
	achievementElectives: (e, l) => integer(certificateRule(e, 'achievement').electives, l),
	achievementElectivesWithKey: (e, l) => integer(certificateRule(e, 'achievement').electivesWithKey, l),
	participationElectives: (e, l) => integer(certificateRule(e, 'participation').electives, l),
	participationElectivesWithKey: (e, l) => integer(certificateRule(e, 'participation').electivesWithKey, l),
	substitutionDays: (e, l) => integer(e.substitutionNoticeDays, l),
	substitutionBy: (e, l) => formatDate(substitutionDeadline(e), l),
	fullRefundDays: (e, l) => integer(required(tiers(e).none.minDaysBeforeStart, 'no-penalty tier'), l),
	fullRefundBy: (e, l) => formatDate(required(tiers(e).none.lastNoticeDate, 'no-penalty tier'), l),
	halfPenaltyPercent: (e, l) => percent(tiers(e).half.tier.penaltyPercent, l),
	halfPenaltyMinDays: (e, l) => integer(required(tiers(e).half.minDaysBeforeStart, 'middle tier'), l),
	halfPenaltyMaxDays: (e, l) => integer(required(tiers(e).half.maxDaysBeforeStart, 'middle tier'), l),
	halfPenaltyFrom: (e, l) => formatDate(required(tiers(e).half.firstNoticeDate, 'middle tier'), l),
	halfPenaltyUntil: (e, l) => formatDate(required(tiers(e).half.lastNoticeDate, 'middle tier'), l),
	fullPenaltyPercent: (e, l) => percent(tiers(e).full.tier.penaltyPercent, l),
	fullPenaltyMaxDays: (e, l) => integer(required(tiers(e).full.maxDaysBeforeStart, 'last tier'), l),
	fullPenaltyFrom: (e, l) => formatDate(required(tiers(e).full.firstNoticeDate, 'last tier'), l),
} satisfies Record<string, (edition: Edition, locale: Locale) => string>;

export type FactName = keyof typeof facts;

export const factNames = Object.keys(facts) as FactName[];

export function renderFact(name: FactName, locale: Locale, edition: Edition = edition2020): string {
	const fact = facts[name];
	if (!fact) throw new Error(`unknown fact "${String(name)}"`);
	return fact(edition, locale);
}
