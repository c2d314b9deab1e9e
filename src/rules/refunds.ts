/**
 * What a cancelling participant pays and gets back, by the date of their written notice.
 * The edition is always passed in (no value import of `edition.ts`), so that the calculator's
 * bundle carries only the dates and amounts its page needs; `index.ts` adds the default edition.
 */
import type { Edition, IsoDate, PenaltyPercent, PenaltyTier } from './edition.ts';
import { addDays, daysBetween, toDayNumber } from './dates.ts';
import { assertCents } from './money.ts';
import { RulesInputError } from './errors.ts';

/** What the refund rules read of an edition. */
export type RefundRules = Pick<Edition, 'startDate' | 'priceCents' | 'penaltyTiers' | 'substitutionNoticeDays'>;

export interface RefundRequest {
	/** 'YYYY-MM-DD', a real calendar date. */
	noticeDate: string;
	/** Integer cents, 0 ..= price. */
	amountPaidCents: number;
	/** Integer cents >= 0, default 0. */
	bankChargesCents?: number;
}

export interface TierDeadlines {
	/** Last notice date with no penalty. */
	fullRefundBy: IsoDate;
	/** Last notice date with the 50 % penalty. */
	halfPenaltyUntil: IsoDate;
	/** First notice date with the 100 % penalty. */
	fullPenaltyFrom: IsoDate;
}

export interface RefundQuote {
	/** Negative after the start. */
	daysBeforeStart: number;
	penaltyPercent: PenaltyPercent;
	penaltyCents: number;
	refundCents: number;
	uncoveredPenaltyCents: number;
	/** Written notice still in time for a substitution or a transfer. */
	substitutionOpen: boolean;
	deadlines: TierDeadlines;
	/** The amount paid minus the penalty, before bank charges (never negative). */
	refundBeforeChargesCents: number;
	/** The bank charges actually deducted: never more than what was left to refund. */
	bankChargesAppliedCents: number;
	/** Last date of written notice for a substitution or a transfer. */
	substitutionBy: IsoDate;
}

/** One penalty tier with the notice dates it covers (null: open-ended). */
export interface TierWindow {
	tier: PenaltyTier;
	/** Days before the start, inclusive; null for "or more". */
	maxDaysBeforeStart: number | null;
	minDaysBeforeStart: number | null;
	firstNoticeDate: IsoDate | null;
	lastNoticeDate: IsoDate | null;
}

export function refundQuote(edition: RefundRules, request: RefundRequest): RefundQuote {
	if (typeof request !== 'object' || request === null) {
		throw new RulesInputError('request', 'required', 'must be an object with noticeDate and amountPaidCents');
	}
	toDayNumber(request.noticeDate, 'noticeDate');
	const paid = assertCents(request.amountPaidCents, 'amountPaidCents', edition.priceCents);
	const bankCharges = assertCents(request.bankChargesCents ?? 0, 'bankChargesCents');

	const daysBeforeStart = daysBetween(request.noticeDate, edition.startDate);
	const tier = tierFor(daysBeforeStart, edition);
	const penaltyCents = Math.round((edition.priceCents * tier.penaltyPercent) / 100);
	const refundBeforeChargesCents = Math.max(0, paid - penaltyCents);
	const bankChargesAppliedCents = Math.min(bankCharges, refundBeforeChargesCents);
	return {
		daysBeforeStart,
		penaltyPercent: tier.penaltyPercent,
		penaltyCents,
		refundCents: refundBeforeChargesCents - bankChargesAppliedCents,
		uncoveredPenaltyCents: Math.max(0, penaltyCents - paid),
		substitutionOpen: daysBeforeStart >= edition.substitutionNoticeDays,
		deadlines: tierDeadlines(edition),
		refundBeforeChargesCents,
		bankChargesAppliedCents,
		substitutionBy: substitutionDeadline(edition),
	};
}

export function tierFor(daysBeforeStart: number, edition: RefundRules): PenaltyTier {
	const tier = edition.penaltyTiers.find((t) => daysBeforeStart >= t.minDaysBeforeStart);
	if (!tier) throw new RulesInputError('noticeDate', 'invalid-date', 'no penalty tier covers this date');
	return tier;
}

/** Each tier with the range of days and of notice dates it covers, earliest notice first. */
export function tierWindows(edition: RefundRules): TierWindow[] {
	return edition.penaltyTiers.map((tier, index) => {
		const previous = edition.penaltyTiers[index - 1];
		const min = Number.isFinite(tier.minDaysBeforeStart) ? tier.minDaysBeforeStart : null;
		const max = previous ? previous.minDaysBeforeStart - 1 : null;
		return {
			tier,
			maxDaysBeforeStart: max,
			minDaysBeforeStart: min,
			firstNoticeDate: max === null ? null : addDays(edition.startDate, -max),
			lastNoticeDate: min === null ? null : addDays(edition.startDate, -min),
		};
	});
}

export function tierDeadlines(edition: RefundRules): TierDeadlines {
	const [none, half, full] = tierWindows(edition);
	if (!none?.lastNoticeDate || !half?.lastNoticeDate || !full?.firstNoticeDate) {
		throw new RulesInputError('edition', 'invalid-date', 'the edition needs three penalty tiers');
	}
	return {
		fullRefundBy: none.lastNoticeDate,
		halfPenaltyUntil: half.lastNoticeDate,
		fullPenaltyFrom: full.firstNoticeDate,
	};
}

export function substitutionDeadline(edition: RefundRules): IsoDate {
	return addDays(edition.startDate, -edition.substitutionNoticeDays);
}
