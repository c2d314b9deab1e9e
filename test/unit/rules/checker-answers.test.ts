/** What the checker says, decided by the rules: the next certificate up, the forums still missing, the electives counted against what each certificate asks. */
import { describe, expect, test } from 'vitest';
import { checkCertificates, edition2020, electivesProgress, missingForums, nextCertificate } from '@/rules/index.ts';
import { knownProgressReport } from '@/rules/certificates.ts';
import { edition2031 } from '../../fixtures/editions.ts';

const allForums = edition2020.forums.map((forum) => forum.id);

describe('nextCertificate', () => {
	test('is the least demanding certificate when none is reached', () => {
		expect(nextCertificate(edition2020, checkCertificates({ forums: [], electives: [], essay: false }))).toBe('participation');
	});

	test('is the one just more demanding than the best reached', () => {
		const report = checkCertificates({ forums: allForums, electives: ['skills', 'statistics'], essay: false });
		expect(report.best).toBe('participation');
		expect(nextCertificate(edition2020, report)).toBe('achievement');
	});

	test('is null once the most demanding is reached', () => {
		const report = checkCertificates({ forums: allForums, electives: ['skills', 'statistics', 'reintegration'], essay: true });
		expect(report.best).toBe('achievement');
		expect(nextCertificate(edition2020, report)).toBeNull();
	});
});

describe('missingForums', () => {
	test('names each forum still missing once, in the edition’s order, whatever order the progress lists them in', () => {
		const report = checkCertificates({ forums: ['future-of-migration', 'sdgs', 'rights-based-approach'], electives: [], essay: false });
		expect(missingForums(edition2020, report)).toEqual(['trends-and-drivers', 'covid-19', 'governance-modalities']);
	});

	test('is empty once every forum is done, and counts only certificates not reached', () => {
		expect(missingForums(edition2020, checkCertificates({ forums: allForums, electives: [], essay: false }))).toEqual([]);
	});

	test('follows another edition’s forums', () => {
		const report = checkCertificates({ forums: [], electives: [], essay: false }, edition2031);
		expect(missingForums(edition2031, report)).toEqual(edition2031.forums.map((forum) => forum.id));
		expect(missingForums(edition2031, report)).toHaveLength(4);
	});
});

describe('electivesProgress', () => {
	const progressOf = (report: ReturnType<typeof checkCertificates>) =>
		edition2020.certificates.map((rule) => electivesProgress(report, rule));

	test('until met, counts the completed electives against those plus what the cheapest route still needs', () => {
		const twoPlain = checkCertificates({ forums: allForums, electives: ['reintegration', 'climate-change'], essay: false });
		// Achievement: a key elective lowers it to 3; participation: any third one.
		expect(progressOf(twoPlain)).toEqual([
			{ counted: 2, required: 3 },
			{ counted: 2, required: 3 },
		]);
		expect(progressOf(checkCertificates({ forums: [], electives: [], essay: false }))).toEqual([
			{ counted: 0, required: 3 },
			{ counted: 0, required: 2 },
		]);
	});

	test('once met, gives the threshold that applies, and does not count electives beyond it', () => {
		const fourPlain = checkCertificates({
			forums: allForums,
			electives: ['reintegration', 'climate-change', 'youth-employment', 'access-to-justice'],
			essay: false,
		});
		expect(progressOf(fourPlain)).toEqual([
			{ counted: 4, required: 5 },
			{ counted: 3, required: 3 },
		]);
		const threeWithKey = checkCertificates({
			forums: allForums,
			electives: ['statistics', 'reintegration', 'climate-change'],
			essay: true,
		});
		expect(progressOf(threeWithKey)).toEqual([
			{ counted: 3, required: 3 },
			{ counted: 2, required: 2 },
		]);
	});
});

describe('knownProgressReport (the checker’s own state, which holds only known ids, each once)', () => {
	test('answers as checkCertificates does', () => {
		const electiveIds = edition2020.electives.map((elective) => elective.id);
		for (let size = 0; size <= electiveIds.length; size += 3) {
			for (const essay of [true, false]) {
				const progress = { forums: allForums.slice(0, size % 7), electives: electiveIds.slice(0, size), essay };
				expect(knownProgressReport(edition2020, progress)).toEqual(checkCertificates(progress));
			}
		}
	});
});
