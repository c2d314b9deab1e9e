import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCertificates, edition2020 } from '@/rules/index.ts';
import type { QueryEntries } from '@/islands/shared/query.ts';
import {
	allForumsChoice,
	emptyState,
	planProgress,
	queryFromState,
	stateFromQuery,
	withAllForums,
	withChoice,
	withTyped,
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
		forumChoices: fc.array(fc.constantFrom('none', 'done', 'planned' as const), {
			minLength: forumIds.length,
			maxLength: forumIds.length,
		}),
		choices: fc.array(fc.constantFrom('none', 'done', 'planned' as const), {
			minLength: electiveIds.length,
			maxLength: electiveIds.length,
		}),
		essay: fc.constantFrom('none', 'done', 'planned' as const),
	})
	.map(({ forumChoices, choices, essay }) => ({
		forums: forumIds.filter((_, i) => forumChoices[i] === 'done'),
		plannedForums: forumIds.filter((_, i) => forumChoices[i] === 'planned'),
		done: electiveIds.filter((_, i) => choices[i] === 'done'),
		planned: electiveIds.filter((_, i) => choices[i] === 'planned'),
		essay,
	}));

describe('checker state and its query string', () => {
	it('reads the contract query string (README: the contract the tools keep)', () => {
		const { state, unknownIds, duplicateIds } = stateFromQuery(
			new URLSearchParams('forums=all&electives=skills,statistics&planned=climate-change&essay=1'),
			edition2020,
		);
		expect(state).toEqual({
			forums: forumIds,
			plannedForums: [],
			done: ['statistics', 'skills'],
			planned: ['climate-change'],
			essay: 'done',
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
		expect(queryFromState(withAllForums(emptyState, 'done', edition2020), edition2020)).toEqual({
			forums: 'all',
			electives: '',
			planned: '',
			essay: undefined,
		});
		expect(queryFromState(withChoice(emptyState, 'sdgs', 'done', edition2020), edition2020).forums).toBe('sdgs');
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

	it('ignores an essay value other than 1 or planned, and empty list items', () => {
		const { state, unknownIds } = stateFromQuery(new URLSearchParams('essay=yes&electives=,skills,,'), edition2020);
		expect(state.essay).toBe('none');
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

	it('plans forums and the essay: planned= lists forum ids too, essay=planned joins essay=1', () => {
		const { state, unknownIds } = stateFromQuery(
			new URLSearchParams('forums=sdgs,covid-19&planned=covid-19,future-of-migration,skills&essay=planned'),
			edition2020,
		);
		expect(unknownIds).toEqual([]);
		expect(state).toEqual({
			forums: ['sdgs', 'covid-19'],
			plannedForums: ['future-of-migration'],
			done: [],
			planned: ['skills'],
			essay: 'planned',
		});
		expect(planProgress(state)).toEqual({
			forums: ['sdgs', 'covid-19', 'future-of-migration'],
			electives: ['skills'],
			essay: true,
		});
		expect(queryFromState(state, edition2020)).toMatchObject({ planned: 'future-of-migration,skills', essay: 'planned' });
	});

	it('moves a forum between done, planned and not yet; "all forums" makes every forum done', () => {
		let state = withChoice(emptyState, 'sdgs', 'planned', edition2020);
		expect(state).toMatchObject({ forums: [], plannedForums: ['sdgs'], planned: [] });
		state = withChoice(state, 'sdgs', 'done', edition2020);
		expect(state).toMatchObject({ forums: ['sdgs'], plannedForums: [] });
		state = withAllForums(withChoice(state, 'covid-19', 'planned', edition2020), 'done', edition2020);
		expect(state).toMatchObject({ forums: forumIds, plannedForums: [] });
		expect(allForumsChoice(state, edition2020)).toBe('done');
	});

	it('"all forums" planned plans every forum not done; the row shows what the forums say, or nothing when they differ', () => {
		let state = withChoice(emptyState, 'sdgs', 'done', edition2020);
		expect(allForumsChoice(state, edition2020)).toBeNull();
		state = withAllForums(state, 'planned', edition2020);
		expect(state).toMatchObject({ forums: ['sdgs'], plannedForums: forumIds.filter((id) => id !== 'sdgs') });
		expect(allForumsChoice(state, edition2020)).toBe('planned');
		state = withChoice(state, 'covid-19', 'none', edition2020);
		expect(allForumsChoice(state, edition2020)).toBeNull();
		state = withAllForums(state, 'none', edition2020);
		expect(state).toMatchObject({ forums: [], plannedForums: [] });
		expect(allForumsChoice(state, edition2020)).toBe('none');
		expect(withTyped(emptyState, new Map([['all-forums', 'planned']]), edition2020)).toMatchObject({ forums: [], plannedForums: forumIds });
	});

	it('keeps what the reader ticked before the island ran, over the link', () => {
		const link = stateFromQuery(new URLSearchParams('forums=all&electives=skills'), edition2020).state;
		const typed = new Map([
			['climate-change', 'planned'],
			['essay', 'done'],
			['statistics', 'none'],
		] as const);
		expect(withTyped(link, typed, edition2020)).toEqual({
			forums: forumIds,
			plannedForums: [],
			done: ['skills'],
			planned: ['climate-change'],
			essay: 'done',
		});
		expect(withTyped(emptyState, new Map(), edition2020)).toEqual(emptyState);
	});
});
