import { describe, expect, test } from 'vitest';
import { edition2020, editionStatus } from '@/rules/index.ts';

describe('editionStatus', () => {
	test.each([
		['2020-01-01', 'upcoming'],
		['2020-11-08', 'upcoming'],
		['2020-11-09', 'running'],
		['2020-12-18', 'running'],
		['2020-12-19', 'ended'],
		['2026-11-29', 'ended'],
	] as const)('on %s the 2020 edition is %s', (today, status) => {
		expect(editionStatus(edition2020, today)).toBe(status);
	});

	test('refuses a day that is not a calendar date', () => {
		expect(() => editionStatus(edition2020, '2020-02-30')).toThrow(/not a real calendar date/);
	});
});
