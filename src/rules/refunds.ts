/**
 * What a cancelling participant pays and gets back, by the date of their written notice.
 * The edition is always passed in (no value import of an edition record), so that the
 * calculator's bundle carries only the dates and amounts its page needs; `index.ts` adds the
 * default edition.
 */
import type { Edition, IsoDate } from './edition.ts';
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
	/** Last notice date of the no-penalty tier. */
	fullRefundBy: IsoDate;
	/** Last notice date of the last partial-penalty tier. */
	halfPenaltyUntil: IsoDate;
	/** First notice date of the full-penalty tier. */
	fullPenaltyFrom: IsoDate;
}

export type PenaltyKind = 'none' | 'partial' | 'full';

/** One penalty tier with the days and the notice dates it covers; null where it is open-ended. */
export interface TierWindow {
	/** Its place in the edition's list, from the earliest notice. */
	index: number;
	kind: PenaltyKind;
	penaltyPercent: number;
	/** Days before the start, inclusive; null for "or more" (the first tier). */
	maxDaysBeforeStart: number | null;
	/** Null for "or fewer, the start day and later included" (the last tier). */
	minDaysBeforeStart: number | null;
	firstNoticeDate: IsoDate | null;
	lastNoticeDate: IsoDate | null;
}

/** The readings of the course page that a quote relies on, in the order the answer states them. */
export type RefundReading = 'dayCount' | 'penaltyOfPrice' | 'uncoveredPenalty' | 'bankCharges' | 'substitutionClosed';
/** Every reading a quote may rely on, in the order the answer states them. */
export const refundReadings: readonly RefundReading[] = [
	'dayCount',
	'penaltyOfPrice',
	'uncoveredPenalty',
	'bankCharges',
	'substitutionClosed',
];

/** What a quote comes to, the one sentence that sums it up: penalty or not, what the bank charges take, what is left. */
export type RefundOutcome =
	| 'noPenalty'
	| 'noPenaltyCharges'
	| 'nothingPaid'
	| 'chargesExceedNoPenalty'
	| 'penalty'
	| 'penaltyCharges'
	| 'nothingBack'
	| 'chargesExceed'
	| 'uncovered';

/** Why the bank charges deducted differ from the ones entered: nothing was left to refund, or less than them. */
export type BankChargesNote = 'nothingToCharge' | 'chargesExceed';

export interface RefundQuote {
	/** Negative after the start. */
	daysBeforeStart: number;
	penaltyPercent: number;
	penaltyCents: number;
	refundCents: number;
	uncoveredPenaltyCents: number;
	/** Written notice still in time for a substitution or a transfer. */
	substitutionOpen: boolean;
	deadlines: TierDeadlines;
	/** The tier the notice falls in. */
	tier: TierWindow;
	/** The amount paid minus the penalty, before bank charges (never negative). */
	refundBeforeChargesCents: number;
	/** The bank charges actually deducted: never more than what was left to refund. */
	bankChargesAppliedCents: number;
	/** The bank charges entered were more than could be deducted (Reading: penalty vs. amount paid). */
	bankChargesCapped: boolean;
	/** Last date of written notice for a substitution or a transfer. */
	substitutionBy: IsoDate;
	/** What the quote comes to. */
	outcome: RefundOutcome;
	/** Null when the bank charges entered are the ones deducted. */
	bankChargesNote: BankChargesNote | null;
	readings: RefundReading[];
}

export function refundQuote(edition: RefundRules, request: RefundRequest): RefundQuote {
	return {
		...checkedQuote(quoteRules(edition), checkRequest(edition, request)),
		deadlines: tierDeadlines(edition),
		substitutionBy: substitutionDeadline(edition),
	};
}

/** The request, its every field checked (`RulesInputError` naming the first wrong one), bank charges 0 when not given. */
function checkRequest(edition: RefundRules, request: RefundRequest): Required<RefundRequest> {
	if (typeof request !== 'object' || request === null) {
		throw new RulesInputError('request', 'required', 'must be an object with noticeDate and amountPaidCents');
	}
	toDayNumber(request.noticeDate, 'noticeDate');
	return {
		noticeDate: request.noticeDate,
		amountPaidCents: assertCents(request.amountPaidCents, 'amountPaidCents', edition.priceCents),
		bankChargesCents: assertCents(request.bankChargesCents ?? 0, 'bankChargesCents'),
	};
}

/** What a quote says of its request; the edition's own dates (`deadlines`, `substitutionBy`) aside. */
export type RequestQuote = Omit<RefundQuote, 'deadlines' | 'substitutionBy'>;

/**
 * What `checkedQuote` reads of an edition: its penalty tiers laid out as windows (`tierWindows`),
 * which depend on the edition alone, so that the calculator's page works them out at build time.
 */
export type QuoteRules = Pick<RefundRules, 'startDate' | 'priceCents' | 'substitutionNoticeDays'> & {
	tierWindows: readonly TierWindow[];
};

/** The part of an edition `checkedQuote` reads, its tiers laid out. */
export function quoteRules(edition: RefundRules): QuoteRules {
	const { startDate, priceCents, substitutionNoticeDays } = edition;
	return { startDate, priceCents, substitutionNoticeDays, tierWindows: tierWindows(edition) };
}

/**
 * The quote of a request whose every field the caller has already checked, as `refundQuote` checks
 * them (the calculator reads each field on its own, for a message next to it): the same figures,
 * without checking them again, and without the edition's own dates, which the calculator's page
 * states at build time.
 */
export function checkedQuote(edition: QuoteRules, request: Required<RefundRequest>): RequestQuote {
	const paid = request.amountPaidCents;
	const bankCharges = request.bankChargesCents;
	const daysBeforeStart = daysBetween(request.noticeDate, edition.startDate);
	const tier = windowFor(daysBeforeStart, edition.tierWindows);
	const penaltyCents = Math.round((edition.priceCents * tier.penaltyPercent) / 100);
	const refundBeforeChargesCents = Math.max(0, paid - penaltyCents);
	const bankChargesAppliedCents = Math.min(bankCharges, refundBeforeChargesCents);
	const uncoveredPenaltyCents = Math.max(0, penaltyCents - paid);
	const substitutionOpen = daysBeforeStart >= edition.substitutionNoticeDays;
	const readings: RefundReading[] = ['dayCount'];
	if (penaltyCents > 0) readings.push('penaltyOfPrice');
	if (uncoveredPenaltyCents > 0) readings.push('uncoveredPenalty');
	if (bankCharges > 0) readings.push('bankCharges');
	if (!substitutionOpen) readings.push('substitutionClosed');
	const refundCents = refundBeforeChargesCents - bankChargesAppliedCents;
	const bankChargesCapped = bankCharges > bankChargesAppliedCents;
	return {
		daysBeforeStart,
		penaltyPercent: tier.penaltyPercent,
		penaltyCents,
		refundCents,
		uncoveredPenaltyCents,
		substitutionOpen,
		tier,
		refundBeforeChargesCents,
		bankChargesAppliedCents,
		bankChargesCapped,
		outcome: outcomeOf(penaltyCents > 0, uncoveredPenaltyCents, refundBeforeChargesCents, bankChargesAppliedCents, refundCents),
		bankChargesNote: bankChargesCapped ? (refundBeforeChargesCents === 0 ? 'nothingToCharge' : 'chargesExceed') : null,
		readings,
	};
}

function outcomeOf(penalty: boolean, uncoveredCents: number, leftCents: number, chargesCents: number, refundCents: number): RefundOutcome {
	if (uncoveredCents > 0) return 'uncovered';
	if (leftCents === 0) return penalty ? 'nothingBack' : 'nothingPaid';
	if (refundCents === 0) return penalty ? 'chargesExceed' : 'chargesExceedNoPenalty';
	if (chargesCents > 0) return penalty ? 'penaltyCharges' : 'noPenaltyCharges';
	return penalty ? 'penalty' : 'noPenalty';
}

/** What sending the notice earlier than planned would change: by which day, for how much. */
export interface BetterNotice {
	/** The last notice date of the best tier a notice sent from today still reaches. */
	by: IsoDate;
	refundCents: number;
	penaltyCents: number;
}

/**
 * Whether waiting until the planned notice date costs money: the best tier that a notice sent from
 * `today` still reaches, when its penalty is smaller than the planned date's; null when the
 * planned date is already as good, or is not after today.
 */
export function betterNotice(edition: RefundRules, today: IsoDate, request: RefundRequest): BetterNotice | null {
	const checked = checkRequest(edition, request);
	toDayNumber(today, 'today');
	const rules = quoteRules(edition);
	return checkedBetterNotice(rules, today, checked, checkedQuote(rules, checked));
}

/** `betterNotice` for a day and a request already checked (`checkedQuote`), given the planned date's quote. */
export function checkedBetterNotice(
	edition: QuoteRules,
	today: IsoDate,
	request: Required<RefundRequest>,
	planned: Pick<RequestQuote, 'penaltyCents'>,
): BetterNotice | null {
	if (daysBetween(today, request.noticeDate) <= 0) return null;
	const best = checkedQuote(edition, { ...request, noticeDate: today });
	if (best.penaltyCents >= planned.penaltyCents) return null;
	// A tier with a smaller penalty than another is never the last, open-ended one.
	return { by: best.tier.lastNoticeDate!, refundCents: best.refundCents, penaltyCents: best.penaltyCents };
}

/** The tier of any notice sent on the start day or later: the one a reader who comes after the start is in. */
export function tierAfterStart(edition: RefundRules): TierWindow {
	return tierFor(0, edition);
}

/** The tier of a notice given this many days before the start (negative: after it). */
export function tierFor(daysBeforeStart: number, edition: RefundRules): TierWindow {
	return windowFor(daysBeforeStart, tierWindows(edition));
}

function windowFor(daysBeforeStart: number, windows: readonly TierWindow[]): TierWindow {
	return windows.find((window) => window.minDaysBeforeStart === null || daysBeforeStart >= window.minDaysBeforeStart)!;
}

function kindOf(penaltyPercent: number): PenaltyKind {
	if (penaltyPercent === 0) return 'none';
	return penaltyPercent === 100 ? 'full' : 'partial';
}

/** Each tier with the range of days and of notice dates it covers, earliest notice first. */
export function tierWindows(edition: RefundRules): TierWindow[] {
	return edition.penaltyTiers.map((tier, index) => {
		const previous = edition.penaltyTiers[index - 1]?.minDaysBeforeStart;
		const min = tier.minDaysBeforeStart;
		const max = previous === undefined || previous === null ? null : previous - 1;
		return {
			index,
			kind: kindOf(tier.penaltyPercent),
			penaltyPercent: tier.penaltyPercent,
			maxDaysBeforeStart: max,
			minDaysBeforeStart: min,
			firstNoticeDate: max === null ? null : addDays(edition.startDate, -max),
			lastNoticeDate: min === null ? null : addDays(edition.startDate, -min),
		};
	});
}

/** The contract's three dates, found by kind of tier, whatever the number of tiers. */
export function tierDeadlines(edition: RefundRules): TierDeadlines {
	const windows = tierWindows(edition);
	const fullRefundBy = windows.find((window) => window.kind === 'none')?.lastNoticeDate;
	const halfPenaltyUntil = windows.findLast((window) => window.kind === 'partial')?.lastNoticeDate;
	const fullPenaltyFrom = windows.find((window) => window.kind === 'full')?.firstNoticeDate;
	if (!fullRefundBy || !halfPenaltyUntil || !fullPenaltyFrom) {
		throw new RulesInputError('penaltyTiers', 'invalid-edition', 'needs a no-penalty, a partial and a full-penalty tier');
	}
	return { fullRefundBy, halfPenaltyUntil, fullPenaltyFrom };
}

export function substitutionDeadline(edition: RefundRules): IsoDate {
	return addDays(edition.startDate, -edition.substitutionNoticeDays);
}
