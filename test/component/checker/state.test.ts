import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCertificates, edition2020 } from '@/rules/index.ts';
import type { QueryEntries } from '@/islands/shared/query.ts';
import {
	emptyState,
	planProgress,
	queryFromState,
	stateFromQuery,
	withAllForums,
	withChoice,
	withForum,
	type CheckerState,
} from '@/islands/checker/state.ts';

const forumIds = edition2020.forums.map((f) => f.id);
const electiveIds = edition2020.electives.map((e) => e.id);

function toSearch(entries: QueryEntries): URLSearchParams {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(entries)) if (value) params.set(key, value);
	return params;
}

const stateArbitrary: fc.Arbitrary<CheckerState> = fc
	.record({
		forums: fc.subarray(forumIds),
		choices: fc.array(fc.constantFrom('none', 'done', 'planned' as const), {
			minLength: electiveIds.length,
			maxLength: electiveIds.length,
		}),
		essay: fc.boolean(),
	})
	.map(({ forums, choices, essay }) => ({
		forums,
		done: electiveIds.filter((_, i) => choices[i] === 'done'),
		planned: electiveIds.filter((_, i) => choices[i] === 'planned'),
		essay,
	}));

describe('checker state and its query string', () => {
	it('reads the contract of site.md', () => {
		const { state, unknownIds, duplicateIds } = stateFromQuery(
			new URLSearchParams('forums=all&electives=skills,statistics&planned=climate-change&essay=1'),
			edition2020,
		);
		expect(state).toEqual({
			forums: forumIds,
			done: ['statistics', 'skills'],
			planned: ['climate-change'],
			essay: true,
		});
		expect(unknownIds).toEqual([]);
		expect(duplicateIds).toEqual([]);
	});

	it('round-trips any state through the query string', () => {
		fc.assert(
			fc.property(stateArbitrary, (state) => {
				expect(stateFromQuery(toSearch(queryFromState(state, edition2020)), edition2020).state).toEqual(state);
			}),
		);
	});

	it('writes forums=all when every forum is done, and leaves out what is empty', () => {
		expect(queryFromState(withAllForums(emptyState, true, edition2020), edition2020)).toEqual({
			forums: 'all',
			electives: '',
			planned: '',
			essay: undefined,
		});
		expect(queryFromState(withForum(emptyState, 'sdgs', true, edition2020), edition2020).forums).toBe('sdgs');
	});

	it('keeps unknown ids apart, as given, each once', () => {
		const { state, unknownIds } = stateFromQuery(
			new URLSearchParams('forums=sdgs,nope&electives=skills,<b>x</b>,<b>x</b>&planned=all'),
			edition2020,
		);
		expect(state.forums).toEqual(['sdgs']);
		expect(state.done).toEqual(['skills']);
		expect(unknownIds).toEqual(['nope', '<b>x</b>', 'all']);
	});

	it('counts a duplicated id once and reports it (Reading: duplicates)', () => {
		const { state, duplicateIds } = stateFromQuery(new URLSearchParams('electives=skills,skills&forums=sdgs,sdgs'), edition2020);
		expect(state.done).toEqual(['skills']);
		expect(state.forums).toEqual(['sdgs']);
		expect(duplicateIds).toEqual(['sdgs', 'skills']);
	});

	it('counts an elective both done and planned as done', () => {
		const { state } = stateFromQuery(new URLSearchParams('electives=skills&planned=skills,reintegration'), edition2020);
		expect(state.done).toEqual(['skills']);
		expect(state.planned).toEqual(['reintegration']);
	});

	it('ignores an essay value other than 1 and empty list items', () => {
		const { state, unknownIds } = stateFromQuery(new URLSearchParams('essay=yes&electives=,skills,,'), edition2020);
		expect(state.essay).toBe(false);
		expect(state.done).toEqual(['skills']);
		expect(unknownIds).toEqual([]);
	});

	it('moves an elective between done, planned and not taken, in the edition order', () => {
		let state = withChoice(emptyState, 'skills', 'done', edition2020);
		state = withChoice(state, 'labour-migration-policy', 'done', edition2020);
		expect(state.done).toEqual(['labour-migration-policy', 'skills']);
		state = withChoice(state, 'skills', 'planned', edition2020);
		expect(state).toMatchObject({ done: ['labour-migration-policy'], planned: ['skills'] });
		state = withChoice(state, 'skills', 'none', edition2020);
		expect(state).toMatchObject({ done: ['labour-migration-policy'], planned: [] });
	});

	it('plans on top of what is done: the plan’s report notices both key electives among the chosen ones', () => {
		const state = withChoice(withChoice(emptyState, 'skills', 'done', edition2020), 'statistics', 'planned', edition2020);
		expect(planProgress(state).electives).toEqual(['skills', 'statistics']);
		expect(checkCertificates(planProgress(state)).readings).toContain('twoKeyElectives');
		const without = withChoice(state, 'statistics', 'none', edition2020);
		expect(checkCertificates(planProgress(without)).readings).not.toContain('twoKeyElectives');
	});
});
