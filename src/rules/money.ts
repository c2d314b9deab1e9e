/** Money in integer cents: checking amounts, and parsing what a reader types or a link carries. */
import type { Locale } from './edition.ts';
import { RulesInputError } from './errors.ts';

/** Throws unless `value` is a whole number of cents, at least 0 (and at most `max` if given). */
export function assertCents(value: unknown, field: string, max?: number): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		throw new RulesInputError(field, 'not-a-number', 'must be a number of cents');
	}
	if (!Number.isInteger(value)) {
		throw new RulesInputError(field, 'not-an-integer', 'must be a whole number of cents');
	}
	if (value < 0) throw new RulesInputError(field, 'negative', 'must not be negative');
	return max === undefined ? value : assertAtMost(value, field, max);
}

/** Throws unless `cents` is at most `max` (the course price, for an amount paid). */
export function assertAtMost(cents: number, field: string, max: number): number {
	if (cents > max) throw new RulesInputError(field, 'above-price', `must not be more than ${max} cents`);
	return cents;
}

/** Any space, the no-break ones of French amounts (U+00A0, U+202F) included: JavaScript's `\s` covers them. */
const SPACES = /\s/g;
/** A currency sign typed with the amount (the field's label already names the currency). */
const CURRENCY = /\p{Sc}|\beur\b/giu;

/**
 * Parses an amount of money as a reader types it on a page in `locale`:
 * `1500`, `1500.5`, `1,500.50` or `750,00` (English), `1 500,50` or `1500.5` (French).
 * Returns cents; throws `RulesInputError` naming `field`.
 */
export function parseAmount(input: string, locale: Locale, field = 'amount'): number {
	// An empty or negative amount is refused by parseDecimalEuros: removing spaces keeps both.
	const compact = input.replace(CURRENCY, '').replace(SPACES, '');
	let normalized: string;
	if (locale === 'en') {
		// A comma before three digits groups thousands ("1,500.50"); before one or two, it is a
		// decimal comma, as the reader may type it on any page ("750,00").
		if (/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(compact)) normalized = compact.replaceAll(',', '');
		else if (/^\d+,\d{1,2}$/.test(compact)) normalized = compact.replace(',', '.');
		else normalized = compact;
	} else {
		// With a dot as well, the amount then has two decimal marks: parseDecimalEuros refuses it.
		normalized = compact.replace(',', '.');
	}
	return parseDecimalEuros(normalized, field, input);
}

/** Parses the canonical form used in links: digits, optionally `.` and up to two decimals. */
export function parseQueryAmount(value: string, field = 'amount'): number {
	return parseDecimalEuros(value.trim(), field, value);
}

function parseDecimalEuros(normalized: string, field: string, original: string): number {
	if (normalized === '') throw new RulesInputError(field, 'required', 'an amount is required');
	if (/^[-−–]/.test(normalized)) throw new RulesInputError(field, 'negative', 'must not be negative');
	const match = /^(\d+)(?:\.(\d*))?$/.exec(normalized);
	if (!match) throw new RulesInputError(field, 'not-a-number', `"${original}" is not an amount`);
	const [, whole = '', decimals = ''] = match;
	if (decimals.length > 2) {
		throw new RulesInputError(field, 'too-many-decimals', 'use at most two decimals (cents)');
	}
	const cents = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
	if (!Number.isSafeInteger(cents)) throw new RulesInputError(field, 'not-a-number', 'the amount is too large');
	return cents;
}

/** The canonical form for links: "1500.00". */
export function formatQueryAmount(cents: number): string {
	return (cents / 100).toFixed(2);
}
