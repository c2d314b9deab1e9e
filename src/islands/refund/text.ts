/** The calculator's sentences: which one describes a quote, worded in content/i18n, filled in the reader's language. */
import type { Locale } from '@/rules/edition.ts';
import type { RulesInputErrorCode } from '@/rules/errors.ts';
import { formatDate, formatMoney } from '@/i18n/format.ts';
import { createTranslator, type Strings } from '@/i18n/translate.ts';
import type { RefundEdition } from './props.ts';
import type { FieldName, ValidEvaluation } from './state.ts';

export type RefundText = ReturnType<typeof refundText>;

/** The figures an answer lists, by the names of their amounts; the uncovered penalty only when there is one. */
const figureNames = ['paid', 'penalty', 'remaining', 'applied', 'refund'] as const;
type FigureName = (typeof figureNames)[number] | 'uncovered';

/**
 * `strings` come prefilled (`refundStrings`, src/components/tools/refund-props.ts) with what does not depend on the reader's input:
 * the price, an example amount, the start date and the substitution deadline.
 */
export function refundText(strings: Strings, locale: Locale, edition: RefundEdition) {
	const { t, plural } = createTranslator(strings, locale);
	const money = (cents: number) => formatMoney(locale, edition.currency, cents);
	const date = (iso: string) => formatDate(locale, iso);

	/** Each field's messages are under its own keys (`refundStrings`); `error.other` for a code with none. */
	function error(field: FieldName, code: RulesInputErrorCode, fromLink: boolean): string {
		const key = `error.${field}.${code}`;
		const message = t(key in strings ? key : 'error.other');
		return fromLink ? `${t('error.fromLink')} ${message}` : message;
	}

	/** Every sentence of the answer to a valid form: its quote, and what sending the notice earlier would bring (`better`). */
	function answer({ quote, request, better }: ValidEvaluation) {
		const words = {
			paid: money(request.amountPaidCents),
			penalty: money(quote.penaltyCents),
			// A whole number, written by the filler; each language's string places the % sign its way.
			percent: quote.penaltyPercent,
			remaining: money(quote.refundBeforeChargesCents),
			charges: money(request.bankChargesCents),
			applied: money(quote.bankChargesAppliedCents),
			refund: money(quote.refundCents),
			uncovered: money(quote.uncoveredPenaltyCents),
		};
		const count = quote.daysBeforeStart;
		const note = quote.bankChargesNote;
		const figures: FigureName[] = quote.uncoveredPenaltyCents > 0 ? [...figureNames, 'uncovered'] : [...figureNames];
		return {
			/** The one sentence that sums the quote up: penalty, refund and what the bank charges take. */
			verdict: t(`summary.${quote.outcome}`, words),
			actNow:
				better &&
				t(better.refundCents > 0 ? 'actNow.refund' : 'actNow.penalty', {
					...words,
					by: date(better.by),
					better: money(better.refundCents),
					betterPenalty: money(better.penaltyCents),
				}),
			days: count === 0 ? t('days.startDay', words) : plural(count > 0 ? 'days.before' : 'days.after', Math.abs(count), words),
			figures: figures.map((name) => ({ name, label: t(`figure.${name}`, words), value: words[name] })),
			chargesNote: note && t(`note.${note}`, words),
			substitution: t(`substitution.${quote.substitutionOpen ? 'open' : 'closed'}`),
		};
	}

	return { t, plural, date, money, error, answer };
}
