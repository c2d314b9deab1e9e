import { describe, expect, test } from 'vitest';
import { checkCertificates, edition2020, RulesInputError, type Progress } from '@/rules/index.ts';

const allForums = ['rights-based-approach', 'trends-and-drivers', 'sdgs', 'covid-19', 'governance-modalities', 'future-of-migration'];
const nonKey = [
	'labour-migration-policy',
	'bilateral-agreements',
	'fair-recruitment',
	'refugees-labour-market',
	'employment-policy-linkages',
	'south-south-cooperation',
];

const complete = (electives: string[], essay = true): Progress => ({ forums: allForums, electives, essay });

describe('thresholds', () => {
	test.each([
		[nonKey.slice(0, 5), 'achievement'],
		[nonKey.slice(0, 4), 'participation'],
		[nonKey.slice(0, 3), 'participation'],
		[nonKey.slice(0, 2), null],
		[['skills', ...nonKey.slice(0, 2)], 'achievement'],
		[['statistics', ...nonKey.slice(0, 2)], 'achievement'],
		[['skills', nonKey[0]!], 'participation'],
		[['statistics', nonKey[0]!], 'participation'],
		[['skills'], null],
		[['statistics'], null],
		[[], null],
	])('all forums, the essay and %j give %s', (electives, best) => {
		expect(checkCertificates(complete(electives)).best).toBe(best);
	});

	test('the key electives are skills and statistics, and no other', () => {
		for (const elective of edition2020.electives) {
			const report = checkCertificates(complete([elective.id, nonKey.find((id) => id !== elective.id)!]));
			expect(report.participation.qualifies, elective.id).toBe(['skills', 'statistics'].includes(elective.id));
		}
	});
});

describe('Reading: two key electives', () => {
	test('alone give a Participation, not an Achievement', () => {
		const report = checkCertificates(complete(['skills', 'statistics']));
		expect(report.participation.qualifies).toBe(true);
		expect(report.achievement).toEqual({
			qualifies: false,
			missingForums: [],
			electivesNeeded: 1,
			needsKeyElective: false,
			essayMissing: false,
		});
		expect(report.best).toBe('participation');
		expect(report.diplomaEligible).toBe(false);
	});

	test('with a third elective give an Achievement', () => {
		expect(checkCertificates(complete(['skills', 'statistics', nonKey[0]!])).best).toBe('achievement');
	});
});

describe('Reading: duplicates', () => {
	test('the same elective listed twice counts once', () => {
		const report = checkCertificates(complete(['skills', 'skills', 'skills']));
		expect(report.distinctElectives).toBe(1);
		expect(report.best).toBe(null);
		expect(report.participation.electivesNeeded).toBe(1);
		expect(report.achievement.electivesNeeded).toBe(2);
	});

	test('three electives listed twice each are three electives', () => {
		const [a, b, c] = nonKey as [string, string, string];
		const report = checkCertificates(complete([a, a, b, b, c, c]));
		expect(report.distinctElectives).toBe(3);
		expect(report.best).toBe('participation');
		expect([report.achievement.electivesNeeded, report.achievement.needsKeyElective]).toEqual([1, true]);
	});

	test('a forum listed twice counts once', () => {
		const forums = [...allForums.slice(0, 5), allForums[0]!];
		expect(checkCertificates({ forums, electives: nonKey.slice(0, 5), essay: true }).best).toBe(null);
	});
});

describe('forums', () => {
	test('missing forums are listed by id in the edition order, whatever the order given', () => {
		const report = checkCertificates({ forums: ['future-of-migration', 'sdgs'], electives: nonKey, essay: true });
		const missing = ['rights-based-approach', 'trends-and-drivers', 'covid-19', 'governance-modalities'];
		expect(report.achievement.missingForums).toEqual(missing);
		expect(report.participation.missingForums).toEqual(missing);
		expect(report.achievement.qualifies).toBe(false);
		expect(report.participation.qualifies).toBe(false);
		expect(report.best).toBe(null);
		expect(report.diplomaEligible).toBe(false);
	});

	test('one missing forum is enough to refuse both certificates', () => {
		const report = checkCertificates({ forums: allForums.slice(1), electives: ['skills', ...nonKey], essay: true });
		expect(report.achievement.missingForums).toEqual(['rights-based-approach']);
		expect(report.achievement.electivesNeeded).toBe(0);
		expect(report.best).toBe(null);
	});

	test('forums given in any order count', () => {
		expect(checkCertificates({ forums: [...allForums].reverse(), electives: nonKey, essay: true }).best).toBe('achievement');
	});
});

describe('essay', () => {
	test('is needed for Achievement only', () => {
		const report = checkCertificates(complete(nonKey.slice(0, 5), false));
		expect(report.achievement).toEqual({
			qualifies: false,
			missingForums: [],
			electivesNeeded: 0,
			needsKeyElective: false,
			essayMissing: true,
		});
		expect(report.participation.qualifies).toBe(true);
		expect(report.participation.essayMissing).toBe(false);
		expect(report.best).toBe('participation');
		expect(report.diplomaEligible).toBe(false);
	});

	test('essayMissing is always false for participation', () => {
		for (const essay of [true, false]) {
			for (const electives of [[], ['skills'], nonKey]) {
				const report = checkCertificates({ forums: [], electives, essay });
				expect(report.participation.essayMissing).toBe(false);
				expect(report.achievement.essayMissing).toBe(!essay);
			}
		}
	});
});

describe('best and diplomaEligible', () => {
	test('Achievement is the best and the only one leading to the Diploma', () => {
		const report = checkCertificates(complete(['statistics', ...nonKey.slice(0, 2)]));
		expect(report.achievement.qualifies).toBe(true);
		expect(report.participation.qualifies).toBe(true);
		expect(report.best).toBe('achievement');
		expect(report.diplomaEligible).toBe(true);
	});

	test('nothing done: no certificate, and the whole way to go', () => {
		const report = checkCertificates({ forums: [], electives: [], essay: false });
		expect(report).toMatchObject({
			achievement: {
				qualifies: false,
				missingForums: allForums,
				electivesNeeded: 3,
				needsKeyElective: true,
				essayMissing: true,
			},
			participation: {
				qualifies: false,
				missingForums: allForums,
				electivesNeeded: 2,
				needsKeyElective: true,
				essayMissing: false,
			},
			best: null,
			diplomaEligible: false,
			distinctElectives: 0,
			hasKeyElective: false,
		});
	});
});

describe('cheapest route', () => {
	type Route = [electivesNeeded: number, needsKeyElective: boolean];
	// n distinct electives, none of them a key elective: the lesser of T − n and max(1, K − n);
	// on a tie, the route with no key elective.
	const withoutKey: Record<number, { achievement: Route; participation: Route }> = {
		0: { achievement: [3, true], participation: [2, true] },
		1: { achievement: [2, true], participation: [1, true] },
		2: { achievement: [1, true], participation: [1, false] },
		3: { achievement: [1, true], participation: [0, false] },
		4: { achievement: [1, false], participation: [0, false] },
		5: { achievement: [0, false], participation: [0, false] },
		6: { achievement: [0, false], participation: [0, false] },
	};
	// n distinct electives, one of them a key elective: max(0, K − n), any electives.
	const withKey: Record<number, { achievement: Route; participation: Route }> = {
		1: { achievement: [2, false], participation: [1, false] },
		2: { achievement: [1, false], participation: [0, false] },
		3: { achievement: [0, false], participation: [0, false] },
		4: { achievement: [0, false], participation: [0, false] },
		5: { achievement: [0, false], participation: [0, false] },
		6: { achievement: [0, false], participation: [0, false] },
	};

	test.each(Object.entries(withoutKey))('%s electives, no key elective', (n, expected) => {
		const report = checkCertificates(complete(nonKey.slice(0, Number(n))));
		expect([report.achievement.electivesNeeded, report.achievement.needsKeyElective]).toEqual(expected.achievement);
		expect([report.participation.electivesNeeded, report.participation.needsKeyElective]).toEqual(expected.participation);
		expect(report.achievement.qualifies).toBe(expected.achievement[0] === 0);
		expect(report.participation.qualifies).toBe(expected.participation[0] === 0);
	});

	test.each(Object.entries(withKey))('%s electives, one of them a key elective', (n, expected) => {
		for (const key of ['skills', 'statistics']) {
			const report = checkCertificates(complete([key, ...nonKey.slice(0, Number(n) - 1)]));
			expect([report.achievement.electivesNeeded, report.achievement.needsKeyElective]).toEqual(expected.achievement);
			expect([report.participation.electivesNeeded, report.participation.needsKeyElective]).toEqual(expected.participation);
		}
	});

	test.each([2, 3, 4, 5, 6])('%s electives, both key electives among them: as with one', (n) => {
		const report = checkCertificates(complete(['skills', 'statistics', ...nonKey.slice(0, n - 2)]));
		expect([report.achievement.electivesNeeded, report.achievement.needsKeyElective]).toEqual(withKey[n]!.achievement);
		expect([report.participation.electivesNeeded, report.participation.needsKeyElective]).toEqual(withKey[n]!.participation);
	});

	test('does not depend on the forums or the essay', () => {
		const report = checkCertificates({ forums: [], electives: nonKey.slice(0, 2), essay: false });
		expect([report.achievement.electivesNeeded, report.achievement.needsKeyElective]).toEqual([1, true]);
		expect([report.participation.electivesNeeded, report.participation.needsKeyElective]).toEqual([1, false]);
	});
});

describe('invalid progress throws RulesInputError naming the field', () => {
	test.each<[string, unknown, string]>([
		['no progress', undefined, 'progress'],
		['null', null, 'progress'],
		['a string', 'skills', 'progress'],
		['an empty object', {}, 'forums'],
		['forums not a list', { forums: 'sdgs', electives: [], essay: false }, 'forums'],
		['an unknown forum', { forums: ['sdg'], electives: [], essay: false }, 'forums'],
		['an elective as a forum', { forums: ['skills'], electives: [], essay: false }, 'forums'],
		['a forum id of the wrong type', { forums: [3], electives: [], essay: false }, 'forums'],
		['electives missing', { forums: [], essay: false }, 'electives'],
		['an unknown elective', { forums: [], electives: ['Skills'], essay: false }, 'electives'],
		['a forum as an elective', { forums: [], electives: ['sdgs'], essay: false }, 'electives'],
		['an elective of the wrong type', { forums: [], electives: [null], essay: false }, 'electives'],
		['essay missing', { forums: [], electives: [] }, 'essay'],
		['essay not a boolean', { forums: [], electives: [], essay: 'yes' }, 'essay'],
	])('%s', (_, progress, field) => {
		try {
			checkCertificates(progress as Progress);
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(RulesInputError);
			expect((error as RulesInputError).field).toBe(field);
			expect((error as RulesInputError).code).toBe('invalid-progress');
			expect((error as RulesInputError).message).toContain(field);
		}
	});

	test('the message names the unknown id', () => {
		expect(() => checkCertificates({ forums: [], electives: ['macro-economics'], essay: false })).toThrow(/macro-economics/);
	});
});
