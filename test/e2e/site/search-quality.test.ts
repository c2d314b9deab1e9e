/**
 * Search finds what readers type (search-queries.ts), in the dialog readers use, on the built site:
 * every expected page in the top 3, and first for at least 90 % of the queries of each language.
 */
import { describe, expect, it } from 'vitest';
import { openPage, problemsOf } from '../support/browser.ts';
import { openSearch, searchResults } from '../support/search.ts';
import { englishQueries, frenchQueries } from './search-queries.ts';

interface Outcome {
	category: string;
	query: string;
	expected: string;
	found: string[];
}

describe.each([
	['English', '/', englishQueries],
	['French', '/fr/', frenchQueries],
])('search in %s, as readers type it', (_, home, queries) => {
	const cases = Object.entries(queries).flatMap(([category, list]) =>
		Object.entries(list).map(([query, expected]) => ({ category, query, expected })),
	);

	it('has at least 40 queries, in every category', () => {
		expect(cases.length).toBeGreaterThanOrEqual(40);
		for (const list of Object.values(queries)) expect(Object.keys(list).length).toBeGreaterThan(0);
	});

	it('finds the expected page in the top 3 for every query, first for at least 90 %', { timeout: 240_000 }, async () => {
		const page = await openPage(home);
		await openSearch(page);
		const outcomes: Outcome[] = [];
		for (const { category, query, expected } of cases) {
			outcomes.push({ category, query, expected, found: await searchResults(page, query) });
		}
		const { consoleErrors, cspViolations } = problemsOf(page);
		await page.context().close();

		const missed = outcomes.filter((outcome) => !outcome.found.includes(outcome.expected));
		const first = outcomes.filter((outcome) => outcome.found[0] === outcome.expected);
		const report = outcomes
			.filter((outcome) => outcome.found[0] !== outcome.expected)
			.map((outcome) => `${outcome.category}: “${outcome.query}” → ${outcome.found.join(', ') || 'nothing'} (want ${outcome.expected})`)
			.join('\n');
		console.log(`${home}: top 3 for ${outcomes.length - missed.length} of ${outcomes.length}, first for ${first.length}\n${report}`);
		expect({ consoleErrors, cspViolations }).toEqual({ consoleErrors: [], cspViolations: [] });
		expect(missed.map((outcome) => `“${outcome.query}” → ${outcome.found.join(', ')}`)).toEqual([]);
		expect(first.length / outcomes.length, report).toBeGreaterThanOrEqual(0.9);
	});
});
