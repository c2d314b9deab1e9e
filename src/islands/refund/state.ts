/** The calculator's form as text, read from and written to the query string, and turned into a quote. */
import { toDayNumber } from '@/rules/dates.ts';
import type { Locale } from '@/rules/edition.ts';
import type { RulesInputError, RulesInputErrorCode } from '@/rules/errors.ts';
import { assertAtMost, formatQueryAmount, parseAmount, parseQueryAmount } from '@/rules/money.ts';
import {
	checkedBetterNotice,
	checkedQuote,
	type BetterNotice,
	type RefundRequest,
	type QuoteRules,
	type RequestQuote,
} from '@/rules/refunds.ts';
import { formatAmountInput } from '@/i18n/format.ts';
import type { RefundEdition } from './props.ts';

/*
 * Reading a field (the rules' parsing and checks) throws nothing but a `RulesInputError`: every
 * error caught below is a message for the reader, never a fault to pass on.
 */

export type FieldName = 'notice' | 'paid' | 'bank';

export interface RefundForm {
	notice: string;
	paid: string;
	bank: string;
	/**
	 * Fields still holding the link's own text: its date, and an amount that could not be read (one
	 * that could is shown as the page writes amounts). They are read in the link's own syntax (euros
	 * with '.') and a message for them says the value came from the link.
	 */
	fromLink: readonly FieldName[];
}

type FieldErrors = Partial<Record<FieldName, RulesInputErrorCode>>;

export interface ValidEvaluation {
	valid: true;
	request: Required<RefundRequest>;
	quote: RequestQuote;
	/** What sending the notice from `today` instead would bring; null when waiting costs nothing. */
	better: BetterNotice | null;
}

export type Evaluation = ValidEvaluation | { valid: false; errors: FieldErrors };

export function defaultForm(locale: Locale, today: string, edition: RefundEdition): RefundForm {
	return { notice: today, paid: formatAmountInput(locale, edition.priceCents), bank: formatAmountInput(locale, 0), fromLink: [] };
}

/** The form a link opens: the defaults, overridden by `notice`, `paid` and `bank` when present. */
export function formFromQuery(params: URLSearchParams, locale: Locale, today: string, edition: RefundEdition): RefundForm {
	const form = defaultForm(locale, today, edition);
	const fromLink: FieldName[] = [];
	const notice = params.get('notice');
	if (notice !== null) {
		form.notice = notice;
		fromLink.push('notice');
	}
	for (const field of ['paid', 'bank'] as const) {
		const value = params.get(field);
		if (value === null) continue;
		try {
			form[field] = formatAmountInput(locale, parseQueryAmount(value, field));
		} catch {
			form[field] = value;
			fromLink.push(field);
		}
	}
	return { ...form, fromLink };
}

/** The form after the reader changed one field: that field no longer holds the link's value. */
export function withField(form: RefundForm, field: FieldName, text: string): RefundForm {
	return { ...form, [field]: text, fromLink: form.fromLink.filter((name) => name !== field) };
}

/** The field's amount in cents: parsing gives whole cents, never negative, so only the price is left to check, for the amount paid. */
function readCents(form: RefundForm, field: 'paid' | 'bank', locale: Locale, edition: QuoteRules): number {
	const text = form[field];
	const cents = form.fromLink.includes(field) ? parseQueryAmount(text, field) : parseAmount(text, locale, field);
	return field === 'paid' ? assertAtMost(cents, field, edition.priceCents) : cents;
}

/**
 * Reads every field (so that each wrong one gets its message), then asks the rules for a quote and,
 * given the reader's `today`, whether an earlier notice would get more back.
 */
export function evaluate(form: RefundForm, locale: Locale, edition: QuoteRules, today?: string): Evaluation {
	const errors: FieldErrors = {};
	const attempt = <T>(field: FieldName, read: () => T): T | undefined => {
		try {
			return read();
		} catch (error) {
			errors[field] = (error as RulesInputError).code;
			return undefined;
		}
	};
	attempt('notice', () => toDayNumber(form.notice, 'notice'));
	const amountPaidCents = attempt('paid', () => readCents(form, 'paid', locale, edition));
	const bankChargesCents = attempt('bank', () => readCents(form, 'bank', locale, edition));
	if (amountPaidCents === undefined || bankChargesCents === undefined || errors.notice) {
		return { valid: false, errors };
	}
	// Each field is checked above, as the rules check it: the rules need not check them again.
	const request = { noticeDate: form.notice, amountPaidCents, bankChargesCents };
	const quote = checkedQuote(edition, request);
	return { valid: true, request, quote, better: today ? checkedBetterNotice(edition, today, request, quote) : null };
}

/** The query string for the form: canonical values where valid, the text as it stands where not. */
export function toQuery(form: RefundForm, locale: Locale, edition: QuoteRules): Record<string, string> {
	const amount = (field: 'paid' | 'bank') => {
		try {
			return formatQueryAmount(readCents(form, field, locale, edition));
		} catch {
			return form[field].trim();
		}
	};
	return { notice: form.notice, paid: amount('paid'), bank: amount('bank') };
}
