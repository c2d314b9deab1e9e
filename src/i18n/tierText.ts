/**
 * The edition's penalty tiers in words: the one wording that the penalty table, the refund
 * calculator, the short summaries on the pages and the calendar all use.
 */
import { refundQuote, tierWindows, type PenaltyKind, type RefundRules, type TierWindow } from '@/rules/refunds.ts';
import { formatRangeStart, sentenceCase, type Format } from './format.ts';
import type { Translate } from './translate.ts';
import type { UiKey } from './starlightTranslate.ts';

export interface TierText {
	window: TierWindow;
	kind: PenaltyKind;
	/** "8 to 13 days before the start". */
	days: string;
	/** "on or before Monday, 26 October 2020", to follow "Written notice dated". */
	dates: string;
	/** The same dates standing alone, as a list names a tier: "Jusqu’au lundi 26 octobre 2020". */
	label: string;
	/** "a penalty of 50% of the course price (€750.00)". */
	penalty: string;
	/** "what you paid minus the penalty, …". */
	refund: string;
	/** For a partial penalty: what a full payment brings back. */
	fullPayment: string | null;
}

export function tierTexts(edition: RefundRules, { t, plural }: Translate<UiKey>, format: Format): TierText[] {
	const date = (iso: string) => format.date(iso, 'full');
	return tierWindows(edition).map((window) => {
		const { minDaysBeforeStart: min, maxDaysBeforeStart: max, firstNoticeDate: first, lastNoticeDate: last } = window;
		const days =
			max === null ? plural('tier.days.from', min!) : min === null ? plural('tier.days.upTo', max) : t('tier.days.range', { min, max });
		const dates =
			first === null
				? t('tier.dates.until', { last: date(last!) })
				: last === null
					? t('tier.dates.from', { first: date(first) })
					: t('tier.dates.between', {
							// The year once, when both dates share it: "27 October to Sunday, 1 November 2020".
							first: formatRangeStart(format.locale, first, last, 'full'),
							last: date(last),
						});
		const label =
			first === null
				? t('tier.label.until', { last: date(last!) })
				: last === null
					? t('tier.label.from', { first: date(first) })
					: sentenceCase(format.locale, dates);
		// Any notice date inside the tier gives the tier's figures for a full payment.
		const sample = refundQuote(edition, { noticeDate: (last ?? first)!, amountPaidCents: edition.priceCents });
		const penalty =
			window.kind === 'none'
				? t('tier.penalty.none')
				: t('tier.penalty.share', { percent: format.percent(window.penaltyPercent), amount: format.money(sample.penaltyCents) });
		return {
			window,
			kind: window.kind,
			days,
			dates,
			label,
			penalty,
			refund: t(`tier.refund.${window.kind}`),
			fullPayment:
				window.kind === 'partial'
					? t('tier.fullPayment', { price: format.money(edition.priceCents), amount: format.money(sample.refundCents) })
					: null,
		};
	});
}
