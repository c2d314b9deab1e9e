import { describe, expect, test } from 'vitest';
import { checkCertificates, computeRefund, edition2020, RulesInputError, type Edition } from '@/rules/index.ts';

describe('the contract of src/rules/index.ts', () => {
	test('RulesInputError is an Error carrying the field and the reason, its message starting with the field', () => {
		const error = new RulesInputError('noticeDate', 'invalid-date', 'not a date');
		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe('RulesInputError');
		expect(error.field).toBe('noticeDate');
		expect(error.code).toBe('invalid-date');
		expect(error.message).toBe('noticeDate: not a date');
	});

	test('checkCertificates returns exactly the fields of the contract (and its three extras)', () => {
		const report = checkCertificates({ forums: [], electives: [], essay: false });
		expect(Object.keys(report).sort()).toEqual(
			['achievement', 'participation', 'best', 'diplomaEligible', 'distinctElectives', 'hasKeyElective', 'readings'].sort(),
		);
		for (const status of [report.achievement, report.participation]) {
			expect(Object.keys(status).sort()).toEqual(
				['qualifies', 'missingForums', 'electivesNeeded', 'needsKeyElective', 'essayMissing'].sort(),
			);
		}
	});

	test('computeRefund returns the fields of the contract', () => {
		const quote = computeRefund({ noticeDate: '2020-10-30', amountPaidCents: 150_000 });
		for (const field of [
			'daysBeforeStart',
			'penaltyPercent',
			'penaltyCents',
			'refundCents',
			'uncoveredPenaltyCents',
			'substitutionOpen',
			'deadlines',
		]) {
			expect(quote, field).toHaveProperty(field);
		}
		expect(Object.keys(quote.deadlines).sort()).toEqual(['fullPenaltyFrom', 'fullRefundBy', 'halfPenaltyUntil']);
	});

	test('the edition argument defaults to edition2020', () => {
		const progress = { forums: ['sdgs'], electives: ['skills', 'climate-change'], essay: true };
		expect(checkCertificates(progress)).toEqual(checkCertificates(progress, edition2020));
		const request = { noticeDate: '2020-10-30', amountPaidCents: 100_000, bankChargesCents: 1_000 };
		expect(computeRefund(request)).toEqual(computeRefund(request, edition2020));
	});

	test('the result owns its lists: changing one changes neither the other nor the edition', () => {
		const report = checkCertificates({ forums: [], electives: [], essay: false });
		report.achievement.missingForums.pop();
		expect(report.participation.missingForums).toHaveLength(6);
		expect(checkCertificates({ forums: [], electives: [], essay: false }).achievement.missingForums).toHaveLength(6);
	});
});

describe('another edition drives the same rules', () => {
	const edition2021: Edition = {
		...edition2020,
		year: 2021,
		startDate: '2021-11-08',
		endDate: '2021-12-17',
		priceCents: 200_000,
		forums: edition2020.forums.slice(0, 2),
		certificates: edition2020.certificates.map((rule) =>
			rule.id === 'achievement' ? { ...rule, electives: 4, electivesWithKey: 2 } : rule,
		),
	};

	test('refund: its start date and price', () => {
		const quote = computeRefund({ noticeDate: '2021-10-26', amountPaidCents: 200_000 }, edition2021);
		expect(quote).toMatchObject({
			daysBeforeStart: 13,
			penaltyPercent: 50,
			penaltyCents: 100_000,
			refundCents: 100_000,
			substitutionOpen: false,
			deadlines: { fullRefundBy: '2021-10-25', halfPenaltyUntil: '2021-10-31', fullPenaltyFrom: '2021-11-01' },
			substitutionBy: '2021-10-25',
		});
		expect(() => computeRefund({ noticeDate: '2021-10-26', amountPaidCents: 200_000 })).toThrow(RulesInputError);
	});

	test('certificates: its forums and thresholds', () => {
		const forums = edition2021.forums.map((f) => f.id);
		const report = checkCertificates({ forums, electives: ['skills', 'climate-change'], essay: true }, edition2021);
		expect(report.best).toBe('achievement');
		expect(() => checkCertificates({ forums: ['sdgs'], electives: [], essay: true }, edition2021)).toThrow(/forums/);
	});
});
