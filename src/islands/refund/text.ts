/** The calculator's sentences: which one describes a quote, worded in content/i18n, filled in the reader's language. */
import type { Locale } from '@/rules/edition.ts';
import type { RulesInputErrorCode } from '@/rules/errors.ts';
import type { RefundQuote, RefundRequest } from '@/rules/refunds.ts';
import { formatDate, formatMoney, formatPercent } from '@/i18n/format.ts';
import { createTranslator, type Strings } from '@/i18n/translate.ts';
import type { RefundEdition } from './props.ts';
import type { FieldName } from './state.ts';

export type RefundText = ReturnType<typeof refundText>;

/** Which sentence sums a quote up. */
export function summaryKey(quote: RefundQuote): string {
	const penalty = quote.penaltyCents > 0;
	if (quote.uncoveredPenaltyCents > 0) return 'uncovered';
	if (quote.refundBeforeChargesCents === 0) return penalty ? 'nothingBack' : 'nothingPaid';
	if (quote.refundCents === 0) return penalty ? 'chargesExceed' : 'chargesExceedNoPenalty';
	if (quote.bankChargesAppliedCents > 0) return penalty ? 'penaltyCharges' : 'noPenaltyCharges';
	return penalty ? 'penalty' : 'noPenalty';
}

/** Why the bank charges deducted differ from the ones entered, if they do. */
export function chargesNoteKey(quote: RefundQuote): 'nothingToCharge' | 'chargesExceed' | null {
	if (!quote.bankChargesCapped) return null;
	return quote.refundBeforeChargesCents === 0 ? 'nothingToCharge' : 'chargesExceed';
}

export interface Figure {
	label: string;
	value: string;
	modifier?: 'total' | 'uncovered';
}

/**
 * `strings` come prefilled (`refundStrings`, src/components/tools/refund-props.ts) with what does not depend on the reader's input:
 * the price, an example amount, the start date and the substitution deadline.
 */
export function refundText(strings: Strings, locale: Locale, edition: RefundEdition) {
	const { t, plural } = createTranslator(strings, locale);
	const money = (cents: number) => formatMoney(locale, edition.currency, cents);
	const date = (iso: string) => formatDate(locale, iso);

	function error(field: FieldName, code: RulesInputErrorCode, fromLink: boolean): string {
		const key = [`error.${field}.${code}`, `error.amount.${code}`].find((each) => each in strings) ?? 'error.other';
		return fromLink ? `${t('error.fromLink')} ${t(key)}` : t(key);
	}

	/** Every sentence of the answer to one quote. */
	function answer(quote: RefundQuote, request: Required<RefundRequest>) {
		const words = {
			date: date(request.noticeDate),
			paid: money(request.amountPaidCents),
			penalty: money(quote.penaltyCents),
			percent: formatPercent(locale, quote.penaltyPercent),
			remaining: money(quote.refundBeforeChargesCents),
			charges: money(request.bankChargesCents),
			applied: money(quote.bankChargesAppliedCents),
			refund: money(quote.refundCents),
			uncovered: money(quote.uncoveredPenaltyCents),
		};
		const count = quote.daysBeforeStart;
		const note = chargesNoteKey(quote);
		const figures: [key: string, value: keyof typeof words, modifier?: Figure['modifier']][] = [
			['paid', 'paid'],
			['penalty', 'penalty'],
			['remaining', 'remaining'],
			['charges', 'applied'],
			['refund', 'refund', 'total'],
		];
		if (quote.uncoveredPenaltyCents > 0) figures.push(['uncovered', 'uncovered', 'uncovered']);
		return {
			summary: `${t('summary.intro', words)} ${t(`summary.${summaryKey(quote)}`, words)}`,
			days: count === 0 ? t('days.startDay', words) : plural(count > 0 ? 'days.before' : 'days.after', Math.abs(count), words),
			figures: figures.map(([key, value, modifier]): Figure => ({ label: t(`figure.${key}`, words), value: words[value], modifier })),
			chargesNote: note && t(`note.${note}`, words),
			substitution: t(quote.substitutionOpen ? 'substitution.open' : 'substitution.closed'),
			readings: quote.readings.map((reading) => t(`reading.${reading}`, words)),
		};
	}

	return { t, date, money, error, answer };
}
