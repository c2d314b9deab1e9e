/**
 * What the page hands the calculator as props, in the HTML: the part of the edition record it
 * needs (start and end dates, price and its currency, penalty tiers and the substitution notice)
 * and the tiers as it lists them. The page builds them at build time
 * (src/components/tools/refund-props.ts).
 */
import type { Edition } from '@/rules/edition.ts';
import type { PenaltyKind, RefundRules } from '@/rules/refunds.ts';

export type RefundEdition = RefundRules & Pick<Edition, 'currency' | 'endDate'>;

/** One tier, worded: the island only marks the reader's own. */
export interface TierLine {
	index: number;
	kind: PenaltyKind;
	/** The notice dates it covers. */
	dates: string;
	/** Its days and penalty. */
	rule: string;
}
