/**
 * The academy's facts as a page shows them in running text, in the page's language.
 * Pages name a fact (`<Fact name="fullRefundBy" />`) instead of typing a number of the academy.
 */
import { certificateRule, substitutionDeadline, tierWindows, type Edition, type Locale } from '@/rules/index.ts';
import { siteEdition } from '@/utils/site-edition.ts';
import {
	createFormat,
	formatDateRange,
	formatInLanguages,
	formatRangeStart,
	formatLanguages,
	formatWeekday,
	type Format,
} from '@/i18n/format.ts';

/** The tier with no penalty: every edition has one, first (src/content/editionSchema.ts). */
const noPenaltyTier = (edition: Edition) => tierWindows(edition).find((window) => window.kind === 'none')!;

const facts = {
	year: (e) => String(e.year),
	start: (e, f) => f.date(e.startDate),
	startFull: (e, f) => f.date(e.startDate, 'full'),
	/** The start as the first date of "from … to {end}": no year when the end gives the same one. */
	startBeforeEnd: (e, f) => formatRangeStart(f.locale, e.startDate, e.endDate),
	startFullBeforeEnd: (e, f) => formatRangeStart(f.locale, e.startDate, e.endDate, 'full'),
	end: (e, f) => f.date(e.endDate),
	endFull: (e, f) => f.date(e.endDate, 'full'),
	dates: (e, f) => formatDateRange(f.locale, e.startDate, e.endDate),
	weeks: (e, f) => f.integer(e.weeks),
	learningHours: (e, f) => f.integer(e.learningHours),
	/** A reading of this site: the course description gives only the total hours and the weeks. */
	weeklyHours: (e, f) => f.decimal(e.learningHours / e.weeks),
	price: (e, f) => f.money(e.priceCents),
	languages: (e, f) => formatLanguages(f.locale, e.languages),
	/** "in English and French" / "en anglais et en français". */
	inLanguages: (e, f) => formatInLanguages(f.locale, e.languages),
	liveFirstDay: (e, f) => formatWeekday(f.locale, e.liveSessionWeekdays[0]!),
	liveLastDay: (e, f) => formatWeekday(f.locale, e.liveSessionWeekdays.at(-1)!),
	forumCount: (e, f) => f.integer(e.forums.length),
	electiveCount: (e, f) => f.integer(e.electives.length),
	areaCount: (e, f) => f.integer(e.areas.length),
	keyElectiveCount: (e, f) => f.integer(e.electives.filter((x) => x.key).length),
	achievementElectives: (e, f) => f.integer(certificateRule(e, 'achievement').electives),
	achievementElectivesWithKey: (e, f) => f.integer(certificateRule(e, 'achievement').electivesWithKey),
	participationElectives: (e, f) => f.integer(certificateRule(e, 'participation').electives),
	participationElectivesWithKey: (e, f) => f.integer(certificateRule(e, 'participation').electivesWithKey),
	substitutionDays: (e, f) => f.integer(e.substitutionNoticeDays),
	substitutionBy: (e, f) => f.date(substitutionDeadline(e)),
	fullRefundDays: (e, f) => f.integer(noPenaltyTier(e).minDaysBeforeStart!),
	fullRefundBy: (e, f) => f.date(noPenaltyTier(e).lastNoticeDate!),
} satisfies Record<string, (edition: Edition, format: Format) => string>;

export type FactName = keyof typeof facts;

export const factNames = Object.keys(facts) as FactName[];

export function renderFact(name: FactName, locale: Locale, edition: Edition = siteEdition): string {
	const fact = facts[name];
	if (!fact) throw new Error(`unknown fact "${String(name)}"`);
	return fact(edition, createFormat(locale, edition.currency));
}
