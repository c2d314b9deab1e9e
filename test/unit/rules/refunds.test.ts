import { afterEach, describe, expect, test, vi } from 'vitest';
import {
	computeRefund,
	RulesInputError,
	substitutionDeadline,
	tierAfterStart,
	tierDeadlines,
	tierFor,
	tierWindows,
	type RefundRequest,
	type RulesInputErrorCode,
} from '@/rules/index.ts';

const price = 150_000;
const deadlines = { fullRefundBy: '2020-10-26', halfPenaltyUntil: '2020-11-01', fullPenaltyFrom: '2020-11-02' };

describe('penalty tiers, paid in full, no bank charges', () => {
	test.each([
		['2020-09-01', 69, 0, 0, 150_000, true],
		['2020-10-26', 14, 0, 0, 150_000, true],
		['2020-10-27', 13, 50, 75_000, 75_000, false],
		['2020-10-30', 10, 50, 75_000, 75_000, false],
		['2020-11-01', 8, 50, 75_000, 75_000, false],
		['2020-11-02', 7, 100, 150_000, 0, false],
		['2020-11-08', 1, 100, 150_000, 0, false],
		['2020-11-09', 0, 100, 150_000, 0, false],
		['2020-11-10', -1, 100, 150_000, 0, false],
		['2020-12-18', -39, 100, 150_000, 0, false],
		['2021-01-01', -53, 100, 150_000, 0, false],
	])('notice on %s: %i days before the start, %i %% penalty', (noticeDate, days, percent, penalty, refund, open) => {
		const quote = computeRefund({ noticeDate, amountPaidCents: price });
		expect(quote).toEqual({
			daysBeforeStart: days,
			penaltyPercent: percent,
			penaltyCents: penalty,
			refundCents: refund,
			uncoveredPenaltyCents: 0,
			substitutionOpen: open,
			deadlines,
			refundBeforeChargesCents: refund,
			bankChargesAppliedCents: 0,
			bankChargesCapped: false,
			substitutionBy: '2020-10-26',
			tier: tierWindows().find((window) => window.penaltyPercent === percent),
			outcome: penalty === 0 ? 'noPenalty' : refund > 0 ? 'penalty' : 'nothingBack',
			bankChargesNote: null,
			readings: ['dayCount', ...(penalty > 0 ? ['penaltyOfPrice'] : []), ...(open ? [] : ['substitutionClosed'])],
		});
	});
});

describe('deadlines', () => {
	test('are the same three dates whatever the notice date', () => {
		for (const noticeDate of ['2019-01-01', '2020-10-26', '2020-11-05', '2022-06-30']) {
			expect(computeRefund({ noticeDate, amountPaidCents: 0 }).deadlines).toEqual(deadlines);
		}
		expect(tierDeadlines()).toEqual(deadlines);
	});

	test('substitution or transfer: written notice on or before 26 October 2020', () => {
		expect(substitutionDeadline()).toBe('2020-10-26');
		expect(computeRefund({ noticeDate: '2020-10-26', amountPaidCents: 0 }).substitutionOpen).toBe(true);
		expect(computeRefund({ noticeDate: '2020-10-27', amountPaidCents: 0 }).substitutionOpen).toBe(false);
	});

	test('tier windows give the days and notice dates each tier covers', () => {
		expect(tierWindows()).toEqual([
			{
				index: 0,
				kind: 'none',
				penaltyPercent: 0,
				maxDaysBeforeStart: null,
				minDaysBeforeStart: 14,
				firstNoticeDate: null,
				lastNoticeDate: '2020-10-26',
			},
			{
				index: 1,
				kind: 'partial',
				penaltyPercent: 50,
				maxDaysBeforeStart: 13,
				minDaysBeforeStart: 8,
				firstNoticeDate: '2020-10-27',
				lastNoticeDate: '2020-11-01',
			},
			{
				index: 2,
				kind: 'full',
				penaltyPercent: 100,
				maxDaysBeforeStart: 7,
				minDaysBeforeStart: null,
				firstNoticeDate: '2020-11-02',
				lastNoticeDate: null,
			},
		]);
	});

	test.each([
		[100, 0],
		[14, 0],
		[13, 50],
		[8, 50],
		[7, 100],
		[0, 100],
		[-400, 100],
	])('tierFor(%i days) is the %i %% tier', (days, percent) => {
		expect(tierFor(days).penaltyPercent).toBe(percent);
	});
});

describe('bank charges', () => {
	test('are deducted from a full refund', () => {
		expect(computeRefund({ noticeDate: '2020-10-26', amountPaidCents: price, bankChargesCents: 2_500 })).toMatchObject({
			penaltyCents: 0,
			refundBeforeChargesCents: 150_000,
			bankChargesAppliedCents: 2_500,
			refundCents: 147_500,
		});
	});

	test('are deducted from the residual refund of the 50 % tier', () => {
		expect(computeRefund({ noticeDate: '2020-10-27', amountPaidCents: price, bankChargesCents: 2_500 })).toMatchObject({
			penaltyCents: 75_000,
			refundBeforeChargesCents: 75_000,
			bankChargesAppliedCents: 2_500,
			refundCents: 72_500,
		});
	});

	test('never make a refund negative', () => {
		expect(computeRefund({ noticeDate: '2020-10-30', amountPaidCents: 80_000, bankChargesCents: 10_000 })).toMatchObject({
			refundBeforeChargesCents: 5_000,
			bankChargesAppliedCents: 5_000,
			refundCents: 0,
			uncoveredPenaltyCents: 0,
		});
		expect(computeRefund({ noticeDate: '2020-10-20', amountPaidCents: 2_000, bankChargesCents: 2_000 })).toMatchObject({
			refundCents: 0,
			bankChargesAppliedCents: 2_000,
		});
	});

	test('are not deducted when there is nothing to refund', () => {
		expect(computeRefund({ noticeDate: '2020-11-02', amountPaidCents: price, bankChargesCents: 2_500 })).toMatchObject({
			refundCents: 0,
			bankChargesAppliedCents: 0,
			uncoveredPenaltyCents: 0,
		});
	});

	test('default to none', () => {
		const quote = computeRefund({ noticeDate: '2020-10-01', amountPaidCents: 120_000 });
		expect(quote.refundCents).toBe(120_000);
		expect(quote.bankChargesAppliedCents).toBe(0);
	});
});

describe('partial payment', () => {
	test.each([
		// notice, paid, penalty, refund, uncovered penalty
		['2020-11-02', 50_000, 150_000, 0, 100_000],
		['2020-11-09', 0, 150_000, 0, 150_000],
		['2020-10-30', 50_000, 75_000, 0, 25_000],
		['2020-10-30', 75_000, 75_000, 0, 0],
		['2020-10-30', 100_000, 75_000, 25_000, 0],
		['2020-10-27', 1, 75_000, 0, 74_999],
		['2020-10-26', 50_000, 0, 50_000, 0],
		['2020-10-26', 0, 0, 0, 0],
	])('notice on %s, %i cents paid: penalty %i, refund %i, uncovered %i', (noticeDate, paid, penalty, refund, uncovered) => {
		expect(computeRefund({ noticeDate, amountPaidCents: paid })).toMatchObject({
			penaltyCents: penalty,
			refundCents: refund,
			uncoveredPenaltyCents: uncovered,
		});
	});

	test('the uncovered penalty is not reduced by bank charges', () => {
		expect(computeRefund({ noticeDate: '2020-10-30', amountPaidCents: 50_000, bankChargesCents: 3_000 })).toMatchObject({
			refundCents: 0,
			uncoveredPenaltyCents: 25_000,
			bankChargesAppliedCents: 0,
		});
	});
});

describe('bad input throws RulesInputError naming the field', () => {
	const valid: RefundRequest = { noticeDate: '2020-10-30', amountPaidCents: price, bankChargesCents: 0 };
	test.each<[string, Partial<Record<keyof RefundRequest, unknown>>, string, RulesInputErrorCode]>([
		['an impossible date', { noticeDate: '2020-02-30' }, 'noticeDate', 'invalid-date'],
		['29 February of a common year', { noticeDate: '2021-02-29' }, 'noticeDate', 'invalid-date'],
		['an empty date', { noticeDate: '' }, 'noticeDate', 'required'],
		['no date', { noticeDate: undefined }, 'noticeDate', 'required'],
		['a date in another format', { noticeDate: '26/10/2020' }, 'noticeDate', 'invalid-date'],
		['a date with a time', { noticeDate: '2020-10-26T10:00:00Z' }, 'noticeDate', 'invalid-date'],
		['a date as a number', { noticeDate: 20201026 }, 'noticeDate', 'invalid-date'],
		['non-integer cents', { amountPaidCents: 1500.5 }, 'amountPaidCents', 'not-an-integer'],
		['negative cents', { amountPaidCents: -1 }, 'amountPaidCents', 'negative'],
		['more than the price', { amountPaidCents: price + 1 }, 'amountPaidCents', 'above-price'],
		['NaN', { amountPaidCents: Number.NaN }, 'amountPaidCents', 'not-a-number'],
		['Infinity', { amountPaidCents: Number.POSITIVE_INFINITY }, 'amountPaidCents', 'not-a-number'],
		['cents as text', { amountPaidCents: '150000' }, 'amountPaidCents', 'not-a-number'],
		['no amount', { amountPaidCents: undefined }, 'amountPaidCents', 'not-a-number'],
		['negative bank charges', { bankChargesCents: -1 }, 'bankChargesCents', 'negative'],
		['non-integer bank charges', { bankChargesCents: 0.5 }, 'bankChargesCents', 'not-an-integer'],
		['NaN bank charges', { bankChargesCents: Number.NaN }, 'bankChargesCents', 'not-a-number'],
	])('%s', (_, change, field, code) => {
		try {
			computeRefund({ ...valid, ...change } as RefundRequest);
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(RulesInputError);
			expect((error as RulesInputError).field).toBe(field);
			expect((error as RulesInputError).code).toBe(code);
			expect((error as RulesInputError).message).toContain(field);
		}
	});

	test('no request at all', () => {
		expect(() => computeRefund(null as unknown as RefundRequest)).toThrow(RulesInputError);
		expect(() => computeRefund(undefined as unknown as RefundRequest)).toThrow(/request/);
	});

	test('bank charges above the price are allowed: they only cap the refund', () => {
		expect(computeRefund({ noticeDate: '2020-10-01', amountPaidCents: price, bankChargesCents: 10 * price }).refundCents).toBe(0);
	});
});

describe('the machine clock', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	test('plays no part: the same quote at any time of day, on any day', () => {
		const request: RefundRequest = { noticeDate: '2020-10-26', amountPaidCents: price };
		const quotes = ['2020-10-26T00:30:00Z', '2020-10-26T23:30:00Z', '2020-11-20T12:00:00Z', '2030-01-01T00:00:00Z'].map((now) => {
			vi.useFakeTimers({ now: new Date(now) });
			return computeRefund(request);
		});
		for (const quote of quotes) {
			expect(quote.daysBeforeStart).toBe(14);
			expect(quote).toEqual(quotes[0]);
		}
	});
});

describe('what a quote comes to (the sentence that sums it up)', () => {
	const quote = (noticeDate: string, paid: number, bank = 0) =>
		computeRefund({ noticeDate, amountPaidCents: paid, bankChargesCents: bank });

	test.each([
		['2020-10-26', 150_000, 0, 'noPenalty', null],
		['2020-10-26', 150_000, 2_000, 'noPenaltyCharges', null],
		['2020-10-26', 0, 0, 'nothingPaid', null],
		['2020-10-26', 1_000, 2_000, 'chargesExceedNoPenalty', 'chargesExceed'],
		['2020-10-30', 100_000, 0, 'penalty', null],
		['2020-10-30', 100_000, 2_000, 'penaltyCharges', null],
		['2020-10-30', 76_000, 1_000, 'chargesExceed', null],
		['2020-10-30', 76_000, 1_500, 'chargesExceed', 'chargesExceed'],
		['2020-10-30', 75_000, 1_000, 'nothingBack', 'nothingToCharge'],
		['2020-10-30', 50_000, 0, 'uncovered', null],
		['2020-11-02', 150_000, 0, 'nothingBack', null],
		['2020-11-02', 75_000, 2_000, 'uncovered', 'nothingToCharge'],
	] as const)('%s, paid %i, charges %i: %s, bank-charges note %s', (notice, paid, bank, outcome, note) => {
		expect(quote(notice, paid, bank).outcome).toBe(outcome);
		expect(quote(notice, paid, bank).bankChargesNote).toBe(note);
	});
});

describe('a notice sent after the start', () => {
	test('falls in the last tier, the full penalty, on the start day and every later day', () => {
		expect(tierAfterStart()).toMatchObject({
			index: 2,
			kind: 'full',
			penaltyPercent: 100,
			firstNoticeDate: '2020-11-02',
			lastNoticeDate: null,
		});
		for (const noticeDate of ['2020-11-09', '2020-11-10', '2020-12-18', '2021-03-01']) {
			expect(computeRefund({ noticeDate, amountPaidCents: price }).tier).toEqual(tierAfterStart());
		}
	});
});
