/** Which sentence describes a quote: picked here, worded in content/i18n, filled by the island. */
import { formatDate, intlLocale } from '@/rules/dates.ts';
import type { Locale, PenaltyPercent } from '@/rules/edition.ts';
import { tierWindows, type RefundQuote, type RefundRules, type TierWindow } from '@/rules/refunds.ts';
import { fill, type Strings } from '@/i18n/strings.ts';

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

/** One tier as the calculator shows it: the notice dates it covers and its rule, in words. */
export interface TierLine {
	penaltyPercent: PenaltyPercent;
	dates: string;
	rule: string;
}

/**
 * The edition's tiers in words. They do not depend on the reader's input, so the page words
 * them at build time and the island only marks the reader's own.
 */
export function tierLines(edition: RefundRules, locale: Locale, strings: Strings): TierLine[] {
	const t = (key: string, values: Record<string, string | number> = {}) => fill(strings[key] ?? key, values);
	const date = (iso: string | null) => (iso ? formatDate(iso, locale, 'full') : '');
	const percent = new Intl.NumberFormat(intlLocale[locale], { style: 'percent' });
	return tierWindows(edition).map((window) => {
		const { penaltyPercent } = window.tier;
		const span = t(tierSpanKey(window), { min: window.minDaysBeforeStart ?? '', max: window.maxDaysBeforeStart ?? '' });
		const penalty = penaltyPercent ? t('tier.penalty', { percent: percent.format(penaltyPercent / 100) }) : t('tier.noPenalty');
		return {
			penaltyPercent,
			dates: t(timelineKey(window), { first: date(window.firstNoticeDate), last: date(window.lastNoticeDate) }),
			rule: t('tier.text', { span, penalty }),
		};
	});
}
