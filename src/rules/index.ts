/**
 * The rules module's public face. The rule modules take the edition explicitly, so that each tool
 * bundles only the part of the record it is given; here every rule defaults to the 2020 edition.
 */
import type { Edition, IsoDate } from './edition.ts';
import { edition2020 } from './editions.ts';
import { certificateReport, type CertificateReport, type Progress } from './certificates.ts';
import {
	betterNotice,
	refundQuote,
	substitutionDeadline as substitutionDeadlineOf,
	tierDeadlines as tierDeadlinesOf,
	tierAfterStart as tierAfterStartOf,
	tierFor as tierForOf,
	tierWindows as tierWindowsOf,
	type BetterNotice,
	type RefundQuote,
	type RefundRequest,
	type TierDeadlines,
	type TierWindow,
} from './refunds.ts';

export * from './edition.ts';
export * from './editions.ts';
export * from './errors.ts';
export * from './dates.ts';
export * from './money.ts';
export { editionStatus, type EditionStatus } from './status.ts';
export {
	certificateReport,
	certificateRule,
	electivesProgress,
	missingForums,
	nextCertificate,
	type CertificateReading,
	type CertificateReport,
	type CertificateRules,
	type CertificateStatus,
	type CertificateThresholds,
	type Progress,
} from './certificates.ts';
export {
	refundReadings,
	type BankChargesNote,
	type BetterNotice,
	type PenaltyKind,
	type RefundQuote,
	type RefundOutcome,
	type RefundReading,
	type RefundRequest,
	type RefundRules,
	type TierDeadlines,
	type TierWindow,
} from './refunds.ts';

export function checkCertificates(progress: Progress, edition: Edition = edition2020): CertificateReport {
	return certificateReport(edition, progress);
}

export function computeRefund(request: RefundRequest, edition: Edition = edition2020): RefundQuote {
	return refundQuote(edition, request);
}

/** Act now: by which day a notice sent earlier than planned gets more back, and how much (null: waiting costs nothing). */
export function betterBy(today: IsoDate, request: RefundRequest, edition: Edition = edition2020): BetterNotice | null {
	return betterNotice(edition, today, request);
}

export function tierFor(daysBeforeStart: number, edition: Edition = edition2020): TierWindow {
	return tierForOf(daysBeforeStart, edition);
}

/** The tier of a notice sent on the start day or later. */
export function tierAfterStart(edition: Edition = edition2020): TierWindow {
	return tierAfterStartOf(edition);
}

/** Each tier with the range of days and of notice dates it covers, earliest notice first. */
export function tierWindows(edition: Edition = edition2020): TierWindow[] {
	return tierWindowsOf(edition);
}

export function tierDeadlines(edition: Edition = edition2020): TierDeadlines {
	return tierDeadlinesOf(edition);
}

export function substitutionDeadline(edition: Edition = edition2020): IsoDate {
	return substitutionDeadlineOf(edition);
}
