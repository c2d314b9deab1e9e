import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, betterBy, computeRefund, edition2020, toDayNumber } from '@/rules/index.ts';

const price = edition2020.priceCents;
/** Notice dates from about four months before the start to two months after it. */
const noticeOffset = fc.integer({ min: -120, max: 60 });
const noticeDate = noticeOffset.map((offset) => addDays(edition2020.startDate, offset));
const amountPaid = fc.oneof(fc.integer({ min: 0, max: price }), fc.constantFrom(0, 1, 75_000, price - 1, price));
const bankCharges = fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 2 * price }));

describe('refund properties', () => {
	test('the refund is never negative and never more than the amount paid', () => {
		fc.assert(
			fc.property(noticeDate, amountPaid, bankCharges, (date, paid, charges) => {
				const quote = computeRefund({ noticeDate: date, amountPaidCents: paid, bankChargesCents: charges });
				expect(quote.refundCents).toBeGreaterThanOrEqual(0);
				expect(quote.refundCents).toBeLessThanOrEqual(paid);
				expect(quote.bankChargesAppliedCents).toBeGreaterThanOrEqual(0);
				expect(quote.bankChargesAppliedCents).toBeLessThanOrEqual(charges ?? 0);
				expect(quote.uncoveredPenaltyCents).toBeGreaterThanOrEqual(0);
			}),
			{ numRuns: 300 },
		);
	});

	test('what was paid is the refund, the bank charges and the penalty it covers', () => {
		fc.assert(
			fc.property(noticeDate, amountPaid, bankCharges, (date, paid, charges) => {
				const quote = computeRefund({ noticeDate: date, amountPaidCents: paid, bankChargesCents: charges });
				const coveredPenalty = quote.penaltyCents - quote.uncoveredPenaltyCents;
				expect(quote.refundCents + quote.bankChargesAppliedCents + coveredPenalty).toBe(paid);
				// The course page's three penalties: none, 50% and 100% of €1,500.00.
				expect([0, 75_000, 150_000]).toContain(quote.penaltyCents);
			}),
			{ numRuns: 300 },
		);
	});

	test('the penalty never decreases, nor the refund increases, as the notice date moves later', () => {
		fc.assert(
			fc.property(noticeOffset, fc.integer({ min: 0, max: 60 }), amountPaid, bankCharges, (offset, later, paid, charges) => {
				const at = (days: number) =>
					computeRefund({
						noticeDate: addDays(edition2020.startDate, days),
						amountPaidCents: paid,
						bankChargesCents: charges,
					});
				const early = at(offset);
				const late = at(offset + later);
				expect(late.penaltyCents).toBeGreaterThanOrEqual(early.penaltyCents);
				expect(late.penaltyPercent).toBeGreaterThanOrEqual(early.penaltyPercent);
				expect(late.refundCents).toBeLessThanOrEqual(early.refundCents);
				expect(late.daysBeforeStart).toBe(early.daysBeforeStart - later);
			}),
			{ numRuns: 300 },
		);
	});

	test('the tier follows the three deadlines', () => {
		fc.assert(
			fc.property(noticeDate, (date) => {
				const quote = computeRefund({ noticeDate: date, amountPaidCents: price });
				const day = toDayNumber(date);
				const { fullRefundBy, halfPenaltyUntil, fullPenaltyFrom } = quote.deadlines;
				const expected = day <= toDayNumber(fullRefundBy) ? 0 : day <= toDayNumber(halfPenaltyUntil) ? 50 : 100;
				expect(quote.penaltyPercent).toBe(expected);
				expect(quote.penaltyPercent === 100).toBe(day >= toDayNumber(fullPenaltyFrom));
				expect(quote.substitutionOpen).toBe(day <= toDayNumber(fullRefundBy));
			}),
			{ numRuns: 200 },
		);
	});

	test('acting now never costs more: a better day comes before the planned one, with a smaller penalty and no smaller refund', () => {
		fc.assert(
			fc.property(noticeOffset, fc.integer({ min: 0, max: 60 }), amountPaid, bankCharges, (offset, wait, paid, charges) => {
				const today = addDays(edition2020.startDate, offset);
				const request = { noticeDate: addDays(today, wait), amountPaidCents: paid, bankChargesCents: charges };
				const planned = computeRefund(request);
				const better = betterBy(today, request);
				if (better === null) return;
				expect(toDayNumber(better.by)).toBeGreaterThanOrEqual(toDayNumber(today));
				expect(toDayNumber(better.by)).toBeLessThan(toDayNumber(request.noticeDate));
				expect(better.penaltyCents).toBeLessThan(planned.penaltyCents);
				expect(better.refundCents).toBeGreaterThanOrEqual(planned.refundCents);
				expect(computeRefund({ ...request, noticeDate: better.by }).refundCents).toBe(better.refundCents);
			}),
			{ numRuns: 300 },
		);
	});
});
