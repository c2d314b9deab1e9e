/**
 * What the page hands the calculator as props, in the HTML: the part of the edition record it
 * needs (start and end dates, price and its currency, penalty tiers and the substitution notice).
 * The page builds them at build time
 * (src/components/tools/refund-props.ts).
 */
import type { Edition } from '@/rules/edition.ts';
import type { RefundRules } from '@/rules/refunds.ts';

export type RefundEdition = RefundRules & Pick<Edition, 'currency' | 'endDate'>;
