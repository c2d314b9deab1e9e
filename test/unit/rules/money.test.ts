import { describe, expect, test } from 'vitest';
import { assertCents, parseAmount, parseQueryAmount, RulesInputError, type Locale, type RulesInputErrorCode } from '@/rules/index.ts';

function refusal(run: () => unknown): RulesInputError {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(RulesInputError);
		return error as RulesInputError;
	}
	throw new Error('expected a RulesInputError, nothing was thrown');
}

describe('parseAmount', () => {
	test.each<[string, Locale, number]>([
		['1500', 'en', 150_000],
		['1500.5', 'en', 150_050],
		['1500.50', 'en', 150_050],
		['1,500.50', 'en', 150_050],
		['1,500', 'en', 150_000],
		['1,234,567.89', 'en', 123_456_789],
		// On the English page too, a comma before one or two digits is a decimal comma.
		['750,00', 'en', 75_000],
		['750,5', 'en', 75_050],
		['1 500,50', 'en', 150_050],
		['1,50', 'en', 150],
		['0', 'en', 0],
		['0.05', 'en', 5],
		['750.', 'en', 75_000],
		[' 1500 ', 'en', 150_000],
		['€1,500.00', 'en', 150_000],
		['1500 EUR', 'en', 150_000],
		['1500', 'fr', 150_000],
		['1500,5', 'fr', 150_050],
		['1500.5', 'fr', 150_050],
		['1 500,50', 'fr', 150_050],
		['1\u00a0500,50', 'fr', 150_050],
		['1\u202f500,50', 'fr', 150_050],
		['1 500,00 €', 'fr', 150_000],
		['0,05', 'fr', 5],
	])('reads %j (%s) as %i cents', (text, locale, cents) => {
		expect(parseAmount(text, locale)).toBe(cents);
	});

	test.each<[string, Locale, RulesInputErrorCode]>([
		['abc', 'en', 'not-a-number'],
		['12a', 'en', 'not-a-number'],
		['15OO', 'fr', 'not-a-number'],
		['1e3', 'en', 'not-a-number'],
		['1,5000', 'en', 'not-a-number'],
		['1,500,5', 'en', 'not-a-number'],
		['1.500,50', 'en', 'not-a-number'],
		['750,00.5', 'en', 'not-a-number'],
		['1.500,50', 'fr', 'not-a-number'],
		['1,500.50', 'fr', 'not-a-number'],
		['1,5,0', 'fr', 'not-a-number'],
		['-5', 'en', 'negative'],
		['-1,500.00', 'en', 'negative'],
		['\u22125', 'fr', 'negative'],
		['-0,50', 'fr', 'negative'],
		['1500.505', 'en', 'too-many-decimals'],
		['1 500,505', 'fr', 'too-many-decimals'],
		['0.001', 'en', 'too-many-decimals'],
		['', 'en', 'required'],
		['   ', 'fr', 'required'],
		['€', 'en', 'required'],
		['99999999999999999', 'en', 'not-a-number'],
	])('refuses %j (%s) with the code %s', (text, locale, code) => {
		const error = refusal(() => parseAmount(text, locale, 'amountPaid'));
		expect(error.code).toBe(code);
		expect(error.field).toBe('amountPaid');
		expect(error.message).toContain('amountPaid');
	});

	test('names the field "amount" by default', () => {
		expect(refusal(() => parseAmount('abc', 'en')).field).toBe('amount');
	});
});

describe('parseQueryAmount', () => {
	test('reads the canonical form of links', () => {
		expect(parseQueryAmount('1500.00')).toBe(150_000);
		expect(parseQueryAmount('1500')).toBe(150_000);
		expect(parseQueryAmount('0.5')).toBe(50);
		expect(parseQueryAmount(' 25.75 ')).toBe(2_575);
	});

	test.each<[string, RulesInputErrorCode]>([
		['1,500', 'not-a-number'],
		['1 500', 'not-a-number'],
		['1500.001', 'too-many-decimals'],
		['-1', 'negative'],
		['', 'required'],
	])('refuses %j with the code %s', (text, code) => {
		const error = refusal(() => parseQueryAmount(text, 'paid'));
		expect(error.code).toBe(code);
		expect(error.field).toBe('paid');
	});
});

describe('assertCents', () => {
	test('accepts whole cents from 0 up to the maximum', () => {
		expect(assertCents(0, 'paid', 150_000)).toBe(0);
		expect(assertCents(150_000, 'paid', 150_000)).toBe(150_000);
		expect(assertCents(10 ** 9, 'charges')).toBe(10 ** 9);
	});

	test.each<[unknown, RulesInputErrorCode]>([
		[Number.NaN, 'not-a-number'],
		[Number.POSITIVE_INFINITY, 'not-a-number'],
		['100', 'not-a-number'],
		[undefined, 'not-a-number'],
		[null, 'not-a-number'],
		[0.5, 'not-an-integer'],
		[-1, 'negative'],
		[150_001, 'above-price'],
	])('refuses %j with the code %s', (value, code) => {
		const error = refusal(() => assertCents(value, 'paid', 150_000));
		expect(error.code).toBe(code);
		expect(error.field).toBe('paid');
		expect(error.message).toContain('paid');
	});
});
