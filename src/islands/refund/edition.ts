/**
 * The part of the edition record the calculator needs: start date, price, penalty tiers and the
 * substitution notice. The page picks it and hands it to the island as a prop, in the HTML.
 */
import type { RefundRules } from '@/rules/refunds.ts';

export function refundEdition({ startDate, priceCents, penaltyTiers, substitutionNoticeDays }: RefundRules): RefundRules {
	return { startDate, priceCents, penaltyTiers, substitutionNoticeDays };
}
