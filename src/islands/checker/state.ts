/** The checker's view state, its query-string form (site.md contract), and the progress it stands for. */
import type { CertificateRules, Progress } from '@/rules/certificates.ts';
import type { QueryEntries } from '@/islands/shared/query.ts';

/** The ids the state is kept in the order of, and which electives are key. */
type Ids = Pick<CertificateRules, 'forums' | 'electives'>;

export type ElectiveChoice = 'none' | 'done' | 'planned';

export interface CheckerState {
	/** Forum ids done, in the edition's order. */
	readonly forums: readonly string[];
	/** Elective ids done, in the edition's order. */
	readonly done: readonly string[];
	/** Elective ids planned and not done, in the edition's order. */
	readonly planned: readonly string[];
	readonly essay: boolean;
}

export interface StateFromLink {
	readonly state: CheckerState;
	/** Ids of the link that the edition does not know, each once, as given. */
	readonly unknownIds: readonly string[];
	/** Known ids that the link lists more than once (Reading: duplicates). */
	readonly duplicateIds: readonly string[];
}

export const emptyState: CheckerState = { forums: [], done: [], planned: [], essay: false };


export function stateFromQuery(params: URLSearchParams, edition: Ids): StateFromLink {
	const unknown = new Set<string>();
	const duplicates = new Set<string>();
	const forumIds = edition.forums.map((f) => f.id);
	const electiveIds = edition.electives.map((e) => e.id);

	const pick = (key: string, known: readonly string[], acceptsAll = false): Set<string> => {
		const seen = new Set<string>();
		for (const id of params.getAll(key).flatMap((value) => value.split(','))) {
			const trimmed = id.trim();
			if (trimmed === '') continue;
			if (acceptsAll && trimmed === 'all') known.forEach((each) => seen.add(each));
			else if (!known.includes(trimmed)) unknown.add(trimmed);
			else if (seen.has(trimmed)) duplicates.add(trimmed);
			else seen.add(trimmed);
		}
		return seen;
	};

	const forums = pick('forums', forumIds, true);
	const done = pick('electives', electiveIds);
	const planned = pick('planned', electiveIds);
	return {
		state: {
			forums: forumIds.filter((id) => forums.has(id)),
			done: electiveIds.filter((id) => done.has(id)),
			// An elective both done and planned counts as done.
			planned: electiveIds.filter((id) => planned.has(id) && !done.has(id)),
			essay: params.get('essay') === '1',
		},
		unknownIds: [...unknown],
		duplicateIds: [...duplicates],
	};
}

export function queryFromState(state: CheckerState, edition: Ids): QueryEntries {
	const allForums = edition.forums.every((f) => state.forums.includes(f.id));
	return {
		forums: allForums ? 'all' : state.forums.join(','),
		electives: state.done.join(','),
		planned: state.planned.join(','),
		essay: state.essay ? '1' : undefined,
	};
}

export function doneProgress(state: CheckerState): Progress {
	return { forums: [...state.forums], electives: [...state.done], essay: state.essay };
}

/** What the participant will have if every planned elective is completed too. */
export function planProgress(state: CheckerState): Progress {
	return { forums: [...state.forums], electives: [...state.done, ...state.planned], essay: state.essay };
}

export function choiceOf(state: CheckerState, electiveId: string): ElectiveChoice {
	if (state.done.includes(electiveId)) return 'done';
	return state.planned.includes(electiveId) ? 'planned' : 'none';
}

export function withChoice(
	state: CheckerState,
	electiveId: string,
	choice: ElectiveChoice,
	edition: Ids,
): CheckerState {
	const inOrder = (ids: Set<string>) => edition.electives.map((e) => e.id).filter((id) => ids.has(id));
	const done = new Set(state.done);
	const planned = new Set(state.planned);
	done.delete(electiveId);
	planned.delete(electiveId);
	if (choice === 'done') done.add(electiveId);
	if (choice === 'planned') planned.add(electiveId);
	return { ...state, done: inOrder(done), planned: inOrder(planned) };
}

export function withForum(
	state: CheckerState,
	forumId: string,
	done: boolean,
	edition: Ids,
): CheckerState {
	const forums = new Set(state.forums);
	if (done) forums.add(forumId);
	else forums.delete(forumId);
	return { ...state, forums: edition.forums.map((f) => f.id).filter((id) => forums.has(id)) };
}

export function withAllForums(state: CheckerState, done: boolean, edition: Ids): CheckerState {
	return { ...state, forums: done ? edition.forums.map((f) => f.id) : [] };
}

export function withEssay(state: CheckerState, essay: boolean): CheckerState {
	return { ...state, essay };
}
