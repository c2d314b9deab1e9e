/**
 * The calculator's props, built at build time: the part of the edition record it needs, the
 * edition's tiers as it lists them (worded with the one tier wording, `tierTexts`: they do not
 * depend on the reader's input), and its strings with the edition's facts filled in.
 */
import type { Edition, Locale } from '@/rules/edition.ts';
import { quoteRules, substitutionDeadline, tierAfterStart, type PenaltyKind, type RefundRules } from '@/rules/refunds.ts';
import { tierTexts } from '@/i18n/tierText.ts';
import {
	formatAmountInput,
	formatDate,
	formatDateAs,
	formatDateRange,
	formatMoney,
	formatPercent,
	formatRangeStart,
	sentenceCase,
	type Format,
} from '@/i18n/format.ts';
import { prefill, type Strings, type Translate } from '@/i18n/translate.ts';
import type { UiKey } from '@/i18n/starlightTranslate.ts';
import type { RefundEdition } from '@/islands/refund/props.ts';

/** One tier, worded, as the calculator's page lists it: the island marks the reader's own. */
export interface TierLine {
	index: number;
	kind: PenaltyKind;
	/** The notice dates it covers. */
	dates: string;
	/** Its days and penalty. */
	rule: string;
}

/** The part of the edition record the calculator needs, and nothing more: its tiers laid out by the rules, here rather than in the reader's browser. */
export function refundEdition(edition: RefundRules & Pick<Edition, 'currency' | 'endDate'>): RefundEdition {
	return { ...quoteRules(edition), currency: edition.currency, endDate: edition.endDate };
}

export function tierLines(edition: RefundRules, translate: Translate<UiKey>, format: Format): TierLine[] {
	const sentence = (text: string) => sentenceCase(format.locale, text);
	return tierTexts(edition, translate, format).map((tier) => ({
		index: tier.window.index,
		kind: tier.kind,
		dates: tier.label,
		rule: sentence(translate.t('tier.rule', { days: tier.days, penalty: tier.penalty })),
	}));
}

/**
 * The calculator's strings with the edition's price, an example amount, its dates and names filled
 * in, and each field's error messages under its own key, at build time (the notice writer names the course and the Centre), and the penalty of a notice
 * sent once the course has begun, for a reader who comes after the start.
 */
export function refundStrings(
	strings: Strings,
	locale: Locale,
	edition: RefundRules & Pick<Edition, 'currency' | 'endDate' | 'name' | 'acronym' | 'centre'>,
): Strings {
	const fullDate = (iso: string) => formatDateAs(locale, iso, 'full');
	return prefill(withAmountErrors(strings), locale, {
		price: formatMoney(locale, edition.currency, edition.priceCents),
		example: formatAmountInput(locale, edition.priceCents),
		start: fullDate(edition.startDate),
		began: formatDate(locale, edition.startDate),
		ended: formatDate(locale, edition.endDate),
		latePenalty: formatPercent(locale, tierAfterStart(edition).penaltyPercent),
		end: fullDate(edition.endDate),
		substitutionBy: fullDate(substitutionDeadline(edition)),
		substitutionDays: edition.substitutionNoticeDays,
		course: `${edition.name[locale]} (${edition.acronym})`,
		dates: formatDateRange(locale, edition.startDate, edition.endDate),
		startBeforeEnd: formatRangeStart(locale, edition.startDate, edition.endDate),
		centre: edition.centre[locale],
	});
}

/**
 * Each amount's messages under its own field (`error.paid.negative`): the field's own wording where
 * it has one, the one shared by the amounts (`error.amount.*`) elsewhere, so that the island looks
 * up one key per field and code.
 */
function withAmountErrors(strings: Strings): Strings {
	const shared = Object.entries(strings).filter(([key]) => key.startsWith('error.amount.'));
	const byField = ['paid', 'bank'].flatMap((field) => shared.map(([key, value]) => [key.replace('amount', field), value]));
	return { ...Object.fromEntries(byField), ...strings };
}
