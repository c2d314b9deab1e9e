/**
 * The edition's tiers as the calculator lists them. They do not depend on the reader's input, so
 * the page words them at build time (with the one tier wording, `tierTexts`) and the island only
 * marks the reader's own.
 */
import type { PenaltyKind, RefundRules } from '@/rules/refunds.ts';
import { tierTexts } from '@/i18n/tierText.ts';
import { sentenceCase, type Format } from '@/i18n/format.ts';
import type { Translate } from '@/i18n/translate.ts';

export interface TierLine {
	index: number;
	kind: PenaltyKind;
	/** The notice dates it covers. */
	dates: string;
	/** Its days and penalty. */
	rule: string;
}

export function tierLines(edition: RefundRules, translate: Translate, format: Format): TierLine[] {
	const sentence = (text: string) => sentenceCase(format.locale, text);
	return tierTexts(edition, translate, format).map((tier) => ({
		index: tier.window.index,
		kind: tier.kind,
		dates: sentence(tier.dates),
		rule: sentence(translate.t('tier.rule', { days: tier.days, penalty: tier.penalty })),
	}));
}
