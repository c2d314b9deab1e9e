import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkCertificates, edition2020, type CertificateId, type Progress } from '@/rules/index.ts';

const forumIds = edition2020.forums.map((f) => f.id);
const electiveIds = edition2020.electives.map((e) => e.id);
const keyIds = new Set(edition2020.electives.filter((e) => e.key).map((e) => e.id));
const certificates: CertificateId[] = ['achievement', 'participation'];
const rank = { achievement: 2, participation: 1 } as const;
const rankOf = (best: CertificateId | null) => (best ? rank[best] : 0);

const progress: fc.Arbitrary<Progress> = fc.record({
	forums: fc.oneof(fc.constant(forumIds), fc.subarray(forumIds)),
	electives: fc.array(fc.constantFrom(...electiveIds), { maxLength: 8 }),
	essay: fc.boolean(),
});
/** Every elective, in a random order: the further electives are picked from it. */
const electiveOrder = fc.shuffledSubarray(electiveIds, { minLength: electiveIds.length });

/** The electives not yet completed, key and non-key, in the given order. */
function notYetDone(done: readonly string[], order: readonly string[]) {
	const remaining = order.filter((id) => !done.includes(id));
	return { keys: remaining.filter((id) => keyIds.has(id)), others: remaining.filter((id) => !keyIds.has(id)) };
}

const withMore = (p: Progress, more: readonly string[]): Progress => ({ ...p, electives: [...p.electives, ...more] });

describe('certificate properties', () => {
	test('Achievement implies Participation; best and diplomaEligible follow', () => {
		fc.assert(
			fc.property(progress, (p) => {
				const report = checkCertificates(p);
				if (report.achievement.qualifies) expect(report.participation.qualifies).toBe(true);
				// best is a certificate reached, and no more demanding one is.
				if (report.best) expect(report[report.best].qualifies).toBe(true);
				else expect([report.achievement.qualifies, report.participation.qualifies]).toEqual([false, false]);
				if (report.best === 'participation') expect(report.achievement.qualifies).toBe(false);
				expect(report.diplomaEligible).toBe(report.best === 'achievement');
				expect(report.participation.essayMissing).toBe(false);
			}),
			{ numRuns: 300 },
		);
	});

	test('adding an elective never loses a certificate nor lengthens a route', () => {
		fc.assert(
			fc.property(progress, fc.constantFrom(...electiveIds), (p, elective) => {
				const before = checkCertificates(p);
				const after = checkCertificates(withMore(p, [elective]));
				expect(rankOf(after.best)).toBeGreaterThanOrEqual(rankOf(before.best));
				for (const id of certificates) {
					if (before[id].qualifies) expect(after[id].qualifies).toBe(true);
					expect(after[id].electivesNeeded).toBeLessThanOrEqual(before[id].electivesNeeded);
				}
			}),
			{ numRuns: 300 },
		);
	});

	test('the stated cheapest route reaches the certificate', () => {
		fc.assert(
			fc.property(progress, electiveOrder, (p, order) => {
				const report = checkCertificates(p);
				const { keys, others } = notYetDone(p.electives, order);
				for (const id of certificates) {
					const { electivesNeeded: needed, needsKeyElective } = report[id];
					if (needsKeyElective) expect(report.hasKeyElective).toBe(false);
					const route = needsKeyElective ? [keys[0]!, ...others.slice(0, needed - 1)] : others.slice(0, needed);
					expect(route).toHaveLength(needed);
					const after = checkCertificates(withMore(p, route));
					expect(after[id].electivesNeeded).toBe(0);
					expect(after[id].qualifies).toBe(after[id].missingForums.length === 0 && !after[id].essayMissing);
					if (!needsKeyElective) {
						// Any further electives will do, key or not.
						const anyOf = order.filter((e) => !p.electives.includes(e)).slice(0, needed);
						expect(checkCertificates(withMore(p, anyOf))[id].electivesNeeded).toBe(0);
					}
				}
			}),
			{ numRuns: 300 },
		);
	});

	test('no smaller set of further electives reaches it, and a needed key elective is really needed', () => {
		fc.assert(
			fc.property(progress, electiveOrder, (p, order) => {
				const report = checkCertificates(p);
				const { keys, others } = notYetDone(p.electives, order);
				for (const id of certificates) {
					const { electivesNeeded: needed, needsKeyElective } = report[id];
					// Only how many key and non-key electives are added can matter: try every split.
					for (let addedKeys = 0; addedKeys <= keys.length; addedKeys++) {
						for (let addedOthers = 0; addedKeys + addedOthers < needed; addedOthers++) {
							const more = [...keys.slice(0, addedKeys), ...others.slice(0, addedOthers)];
							expect(checkCertificates(withMore(p, more))[id].electivesNeeded, more.join()).toBeGreaterThan(0);
						}
					}
					if (needsKeyElective) {
						expect(checkCertificates(withMore(p, others.slice(0, needed)))[id].electivesNeeded).toBeGreaterThan(0);
					}
				}
			}),
			{ numRuns: 300 },
		);
	});

	test('forums, essay and electives are judged apart', () => {
		fc.assert(
			fc.property(progress, (p) => {
				const report = checkCertificates(p);
				const missing = forumIds.filter((f) => !p.forums.includes(f));
				for (const id of certificates) {
					expect(report[id].missingForums).toEqual(missing);
					expect(report[id].qualifies).toBe(missing.length === 0 && report[id].electivesNeeded === 0 && !report[id].essayMissing);
				}
				expect(report.achievement.essayMissing).toBe(!p.essay);
				expect(report.distinctElectives).toBe(new Set(p.electives).size);
			}),
			{ numRuns: 200 },
		);
	});
});
