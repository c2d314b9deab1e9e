/**
 * The part of the edition record the calculator needs: start and end dates, price and its
 * currency, penalty tiers and the substitution notice. The page picks it and hands it to the island as a
 * prop, in the HTML.
 */
import type { Edition } from '@/rules/edition.ts';
import type { RefundRules } from '@/rules/refunds.ts';

export type RefundEdition = RefundRules & Pick<Edition, 'currency' | 'endDate'>;

export function refundEdition({
	startDate,
	endDate,
	priceCents,
	currency,
	penaltyTiers,
	substitutionNoticeDays,
}: RefundEdition): RefundEdition {
	return { startDate, endDate, priceCents, currency, penaltyTiers, substitutionNoticeDays };
}
