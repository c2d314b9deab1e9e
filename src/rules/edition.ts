/**
 * The edition record's type. Each edition is data, `content/editions/<year>.json`; `editions.ts`
 * reads it, checked by the one edition schema (src/content/editionSchema.ts).
 */

export type Locale = 'en' | 'fr';
export const locales: readonly Locale[] = ['en', 'fr'];

type Localized = Readonly<Record<Locale, string>>;

/** A calendar date, `YYYY-MM-DD`, with no time of day and no time zone. */
export type IsoDate = string;

export type CertificateId = 'achievement' | 'participation';
export const certificateIds: readonly CertificateId[] = ['achievement', 'participation'];

interface Forum {
	readonly id: string;
	readonly title: Localized;
}

interface ThematicArea {
	readonly id: string;
	readonly title: Localized;
}

interface Elective {
	readonly id: string;
	/** The id of its thematic area. */
	readonly area: string;
	readonly title: Localized;
	/** A key elective lowers the number of electives a certificate needs. */
	readonly key: boolean;
}

export interface CertificateRule {
	readonly id: CertificateId;
	readonly name: Localized;
	/** Electives needed when none of them is a key elective. */
	readonly electives: number;
	/** Electives needed when at least one of them is a key elective. */
	readonly electivesWithKey: number;
	readonly essayRequired: boolean;
	readonly diplomaEligible: boolean;
}

interface PenaltyTier {
	/**
	 * The tier applies when the written notice comes at least this many days before the start;
	 * null for the last tier, which has no lower bound (the start day and any later day).
	 */
	readonly minDaysBeforeStart: number | null;
	/** A share of the course price, a whole number from 0 to 100. */
	readonly penaltyPercent: number;
}

export interface Edition {
	readonly year: number;
	readonly name: Localized;
	readonly acronym: string;
	readonly centre: Localized;
	readonly diploma: Localized;
	readonly startDate: IsoDate;
	readonly endDate: IsoDate;
	readonly weeks: number;
	readonly learningHours: number;
	/** ISO 4217 code of the price and of every amount. */
	readonly currency: string;
	readonly priceCents: number;
	readonly languages: readonly Locale[];
	/** ISO weekdays (1 = Monday) with a live session. */
	readonly liveSessionWeekdays: readonly number[];
	readonly forums: readonly Forum[];
	readonly areas: readonly ThematicArea[];
	readonly electives: readonly Elective[];
	/** Most electives consist of readings and this many webinars. */
	readonly electiveWebinars: number;
	/** Ordered from the most demanding certificate to the least. */
	readonly certificates: readonly CertificateRule[];
	/**
	 * From the earliest notice to the latest: first a tier with no penalty, then partial
	 * penalties, last the full penalty with no lower bound.
	 */
	readonly penaltyTiers: readonly PenaltyTier[];
	/** Written notice of a transfer or a substitution must come at least this many days before the start. */
	readonly substitutionNoticeDays: number;
}
