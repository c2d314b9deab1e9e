/**
 * What the page hands the calculator as props, in the HTML: the part of the edition record it
 * needs (start and end dates, price and its currency, the substitution notice) and its penalty
 * tiers as the rules lay them out (`quoteRules`). The page builds them at build time
 * (src/components/tools/refund-props.ts).
 */
import type { Edition } from '@/rules/edition.ts';
import type { QuoteRules } from '@/rules/refunds.ts';

export type RefundEdition = QuoteRules & Pick<Edition, 'currency' | 'endDate'>;
