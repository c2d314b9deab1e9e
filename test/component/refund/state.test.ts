import { describe, expect, it } from 'vitest';
import { computeRefund, edition2020 } from '@/rules/index.ts';
import { refundEdition } from '@/components/tools/refund-props.ts';
import { defaultForm, evaluate, formFromQuery, toQuery, withField } from '@/islands/refund/state.ts';

/** The edition as the page gives it to the calculator. */
const edition = refundEdition(edition2020);
const query = (search: string) => new URLSearchParams(search);

describe('formFromQuery', () => {
	it('gives today, the full price and no bank charges without a query', () => {
		expect(formFromQuery(query(''), 'en', '2020-10-30', edition)).toEqual({
			notice: '2020-10-30',
			paid: '1,500.00',
			bank: '0.00',
			fromLink: [],
		});
		expect(formFromQuery(query(''), 'fr', '2020-10-30', edition).paid).toBe('1\u202f500,00');
	});

	it('reads euros with a dot and shows them as the page language writes them', () => {
		const form = formFromQuery(query('notice=2020-10-27&paid=1000.5&bank=20'), 'fr', '2021-01-01', edition);
		expect(form).toEqual({ notice: '2020-10-27', paid: '1\u202f000,50', bank: '20,00', fromLink: ['notice'] });
	});

	it('keeps a tampered value as text and marks it as coming from the link', () => {
		const form = formFromQuery(query('notice=2020-02-30&paid=<b>1</b>&bank=-3'), 'en', '2020-10-30', edition);
		expect(form).toEqual({ notice: '2020-02-30', paid: '<b>1</b>', bank: '-3', fromLink: ['notice', 'paid', 'bank'] });
		expect(evaluate(form, 'en', edition)).toEqual({
			valid: false,
			errors: { notice: 'invalid-date', paid: 'not-a-number', bank: 'negative' },
		});
	});

	it('reads link amounts in the link syntax even on the French page', () => {
		// "1500,5" is French typing, not the link's syntax: refused when it comes from a link.
		const form = formFromQuery(query('paid=1500,5'), 'fr', '2020-10-30', edition);
		expect(evaluate(form, 'fr', edition)).toEqual({ valid: false, errors: { paid: 'not-a-number' } });
	});

	it('accepts an amount above the price from a link only to refuse it as above the price', () => {
		const form = formFromQuery(query('paid=1500.01'), 'en', '2020-10-30', edition);
		expect(form.fromLink).toEqual([]);
		expect(evaluate(form, 'en', edition)).toEqual({ valid: false, errors: { paid: 'above-price' } });
	});
});

describe('evaluate', () => {
	const form = (fields: Partial<{ notice: string; paid: string; bank: string }>, locale: 'en' | 'fr' = 'en') =>
		evaluate({ ...defaultForm(locale, '2020-10-26', edition), ...fields }, locale, edition);

	it('asks the rules for the quote', () => {
		const result = form({ notice: '2020-10-30', paid: '1,000.00', bank: '20' });
		// The edition's own dates aside, which the page states at build time.
		const { deadlines, substitutionBy, ...quote } = computeRefund({
			noticeDate: '2020-10-30',
			amountPaidCents: 100_000,
			bankChargesCents: 2_000,
		});
		expect(deadlines.fullRefundBy).toBe('2020-10-26');
		expect(substitutionBy).toBe('2020-10-26');
		expect(result).toEqual({
			valid: true,
			request: { noticeDate: '2020-10-30', amountPaidCents: 100_000, bankChargesCents: 2_000 },
			quote,
			better: null,
		});
	});

	it('asks the rules, given the reader’s day, whether an earlier notice gets more back', () => {
		const planned = { ...defaultForm('en', '2020-10-20', edition), notice: '2020-11-03', paid: '750,00' };
		const result = evaluate(planned, 'en', edition, '2020-10-20');
		expect(result.valid && result.better).toEqual({ by: '2020-10-26', refundCents: 75_000, penaltyCents: 0 });
		const sameTier = evaluate({ ...planned, notice: '2020-10-25' }, 'en', edition, '2020-10-20');
		expect(sameTier.valid && sameTier.better).toBeNull();
	});

	it.each([
		['1400', 140_000],
		['1400.5', 140_050],
		['1,400.50', 140_050],
		[' 1 400.50 ', 140_050],
		// A comma before one or two digits is a decimal comma, on the English page too; before three, it groups thousands.
		['750,00', 75_000],
		['750,5', 75_050],
		['1,400', 140_000],
	])('reads %j on the English page', (paid, cents) => {
		const result = form({ paid });
		expect(result.valid && result.request.amountPaidCents).toBe(cents);
	});

	it.each([
		['1400', 140_000],
		['1400.5', 140_050],
		['1 400,50', 140_050],
		['1\u202f400,50', 140_050],
		['1400,5 €', 140_050],
		['750,00', 75_000],
	])('reads %j on the French page', (paid, cents) => {
		const result = form({ paid }, 'fr');
		expect(result.valid && result.request.amountPaidCents).toBe(cents);
	});

	it('names every wrong field at once', () => {
		expect(form({ notice: '', paid: '12.345', bank: 'abc' })).toEqual({
			valid: false,
			errors: { notice: 'required', paid: 'too-many-decimals', bank: 'not-a-number' },
		});
		expect(form({ paid: '', bank: '' })).toEqual({ valid: false, errors: { paid: 'required', bank: 'required' } });
		expect(form({ paid: '1600' })).toEqual({ valid: false, errors: { paid: 'above-price' } });
		expect(form({ paid: '-1' })).toEqual({ valid: false, errors: { paid: 'negative' } });
	});
});

describe('toQuery', () => {
	it('writes the canonical form the link contract describes', () => {
		const form = { ...defaultForm('fr', '2020-10-30', edition), paid: '1 000,5', bank: '20' };
		expect(toQuery(form, 'fr', edition)).toEqual({ notice: '2020-10-30', paid: '1000.50', bank: '20.00' });
	});

	it('round-trips through a link in either language', () => {
		const form = { ...defaultForm('en', '2020-11-01', edition), paid: '1,234.56', bank: '7.5' };
		const search = new URLSearchParams(toQuery(form, 'en', edition));
		for (const locale of ['en', 'fr'] as const) {
			const reopened = formFromQuery(search, locale, '2000-01-01', edition);
			expect(evaluate(reopened, locale, edition)).toEqual(evaluate(form, 'en', edition));
			expect(toQuery(reopened, locale, edition)).toEqual(toQuery(form, 'en', edition));
		}
	});

	it('keeps a wrong value in the link so that the link shows the same message', () => {
		const form = withField(defaultForm('en', '2020-10-30', edition), 'paid', ' 12abc ');
		expect(toQuery(form, 'en', edition).paid).toBe('12abc');
		const tampered = formFromQuery(query('notice=2020-13-01'), 'en', '2020-10-30', edition);
		expect(toQuery(tampered, 'en', edition).notice).toBe('2020-13-01');
	});

	it('forgets that a field came from the link once the reader changes it', () => {
		const tampered = formFromQuery(query('paid=1500,00'), 'fr', '2020-10-30', edition);
		const typed = withField(tampered, 'paid', '1500,00');
		expect(typed.fromLink).toEqual([]);
		expect(evaluate(typed, 'fr', edition).valid).toBe(true);
	});
});
