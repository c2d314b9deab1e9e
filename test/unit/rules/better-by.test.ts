/** Act now: what waiting until the planned notice date costs, on the 2020 edition (start: 9 November 2020). */
import { describe, expect, it } from 'vitest';
import { betterBy, RulesInputError } from '@/rules/index.ts';
import { edition2031 } from '../../fixtures/editions.ts';

const paidInFull = 150_000;

describe('betterBy', () => {
	it('a notice planned in the full-penalty tier, sent by 26 October instead, loses nothing', () => {
		expect(betterBy('2020-10-20', { noticeDate: '2020-11-03', amountPaidCents: paidInFull })).toEqual({
			by: '2020-10-26',
			refundCents: 150_000,
			penaltyCents: 0,
		});
	});

	it('after 26 October, sending by 1 November still halves the penalty', () => {
		expect(betterBy('2020-10-28', { noticeDate: '2020-11-03', amountPaidCents: paidInFull })).toEqual({
			by: '2020-11-01',
			refundCents: 75_000,
			penaltyCents: 75_000,
		});
	});

	it('counts the bank charges as the refund does', () => {
		expect(betterBy('2020-10-20', { noticeDate: '2020-11-03', amountPaidCents: paidInFull, bankChargesCents: 2_000 })).toEqual({
			by: '2020-10-26',
			refundCents: 148_000,
			penaltyCents: 0,
		});
	});

	it('a smaller penalty is better even when nothing is refunded: less of it is left uncovered', () => {
		expect(betterBy('2020-10-28', { noticeDate: '2020-11-03', amountPaidCents: 50_000 })).toEqual({
			by: '2020-11-01',
			refundCents: 0,
			penaltyCents: 75_000,
		});
	});

	it.each([
		['the planned date is already in the no-penalty tier', '2020-10-20', '2020-10-25'],
		['today and the planned date are in the same tier', '2020-10-30', '2020-10-31'],
		['the planned date is today', '2020-10-28', '2020-10-28'],
		['the planned date has passed', '2020-11-05', '2020-11-03'],
		['both are after the start', '2020-11-10', '2020-11-20'],
	])('is null when %s', (_, today, noticeDate) => {
		expect(betterBy(today, { noticeDate, amountPaidCents: paidInFull })).toBeNull();
	});

	it('reads the tiers of the edition it is given', () => {
		// 2031: start 11 March 2031, price 2,430.00; 30 days or more: no penalty; 20 to 29: 25 %; 10 to 19: 60 %; then 100 %.
		expect(betterBy('2031-02-15', { noticeDate: '2031-03-05', amountPaidCents: 243_000 }, edition2031)).toEqual({
			by: '2031-02-19',
			refundCents: 182_250,
			penaltyCents: 60_750,
		});
	});

	it('refuses a day that is not a calendar date, naming the field', () => {
		expect(() => betterBy('2020-02-30', { noticeDate: '2020-11-03', amountPaidCents: paidInFull })).toThrow(RulesInputError);
		expect(() => betterBy('2020-02-30', { noticeDate: '2020-11-03', amountPaidCents: paidInFull })).toThrow(/^today: /);
		expect(() => betterBy('2020-10-20', { noticeDate: 'soon', amountPaidCents: paidInFull })).toThrow(/^noticeDate: /);
	});
});
