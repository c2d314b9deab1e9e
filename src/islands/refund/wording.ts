/** Which sentence describes a quote: picked here, worded in content/i18n, filled by the island. */
import { tierFor, type RefundQuote, type TierWindow } from '@/rules/index.ts';

export type SummaryKey =
	| 'noPenalty'
	| 'noPenaltyCharges'
	| 'nothingPaid'
	| 'penalty'
	| 'penaltyCharges'
	| 'nothingBack'
	| 'uncovered'
	| 'chargesExceed'
	| 'chargesExceedNoPenalty';

export function summaryKey(quote: RefundQuote, bankChargesCents: number): SummaryKey {
	if (quote.uncoveredPenaltyCents > 0) return 'uncovered';
	const penalty = quote.penaltyCents > 0;
	if (quote.refundBeforeChargesCents === 0) return penalty ? 'nothingBack' : 'nothingPaid';
	if (bankChargesCents >= quote.refundBeforeChargesCents) return penalty ? 'chargesExceed' : 'chargesExceedNoPenalty';
	if (bankChargesCents > 0) return penalty ? 'penaltyCharges' : 'noPenaltyCharges';
	return penalty ? 'penalty' : 'noPenalty';
}

/** Why the bank charges deducted differ from the ones entered, if they do. */
export function chargesNoteKey(quote: RefundQuote, bankChargesCents: number): 'chargesExceed' | 'nothingToCharge' | null {
	if (bankChargesCents === 0) return null;
	if (quote.refundBeforeChargesCents === 0) return 'nothingToCharge';
	return bankChargesCents >= quote.refundBeforeChargesCents ? 'chargesExceed' : null;
}

/** 'days.before', 'days.startDay' or 'days.after'; the island adds the plural category. */
export function daysKey(daysBeforeStart: number): 'days.before' | 'days.startDay' | 'days.after' {
	if (daysBeforeStart > 0) return 'days.before';
	return daysBeforeStart === 0 ? 'days.startDay' : 'days.after';
}

/** How a tier's span of days reads: open at the early end, open at the late end, or a range. */
export function tierSpanKey(window: TierWindow): 'tier.from' | 'tier.upTo' | 'tier.range' {
	if (window.maxDaysBeforeStart === null) return 'tier.from';
	return window.minDaysBeforeStart === null ? 'tier.upTo' : 'tier.range';
}

/** How a tier's span of notice dates reads on the timeline. */
export function timelineKey(window: TierWindow): 'timeline.until' | 'timeline.from' | 'timeline.between' {
	if (window.firstNoticeDate === null) return 'timeline.until';
	return window.lastNoticeDate === null ? 'timeline.from' : 'timeline.between';
}

export function isQuoteTier(window: TierWindow, quote: RefundQuote): boolean {
	return window.tier === tierFor(quote.daysBeforeStart);
}
