/** The checker's view state, its query-string form (README: the contract the tools keep), and the progress it stands for. */
import type { CertificateRules, Progress } from '@/rules/certificates.ts';
import type { QueryEntries } from '@/islands/shared/query.ts';

/** The ids the state is kept in the order of, and which electives are key. */
type Ids = Pick<CertificateRules, 'forums' | 'electives'>;

/** What the reader says of a forum, an elective or the essay. */
export type Choice = 'none' | 'done' | 'planned';

/** The item a choice is about: a forum id, an elective id (unique across both), or the essay. */
export const essayItem = 'essay';

export interface CheckerState {
	/** Forum ids done, in the edition's order. */
	readonly forums: readonly string[];
	/** Forum ids planned and not done, in the edition's order. */
	readonly plannedForums: readonly string[];
	/** Elective ids done, in the edition's order. */
	readonly done: readonly string[];
	/** Elective ids planned and not done, in the edition's order. */
	readonly planned: readonly string[];
	readonly essay: Choice;
}

export interface StateFromLink {
	readonly state: CheckerState;
	/** Ids of the link that the edition does not know, each once, as given. */
	readonly unknownIds: readonly string[];
	/** Known ids that the link lists more than once (Reading: duplicates). */
	readonly duplicateIds: readonly string[];
}

export const emptyState: CheckerState = { forums: [], plannedForums: [], done: [], planned: [], essay: 'none' };

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
	// `planned` lists forums and electives alike: their ids are unique across both.
	const planned = pick('planned', [...forumIds, ...electiveIds]);
	const essay = params.get('essay');
	return {
		state: {
			forums: forumIds.filter((id) => forums.has(id)),
			// Something both done and planned counts as done.
			plannedForums: forumIds.filter((id) => planned.has(id) && !forums.has(id)),
			done: electiveIds.filter((id) => done.has(id)),
			planned: electiveIds.filter((id) => planned.has(id) && !done.has(id)),
			essay: essay === '1' ? 'done' : essay === 'planned' ? 'planned' : 'none',
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
		planned: [...state.plannedForums, ...state.planned].join(','),
		essay: state.essay === 'done' ? '1' : state.essay === 'planned' ? 'planned' : undefined,
	};
}

export function hasPlan(state: CheckerState): boolean {
	return state.plannedForums.length > 0 || state.planned.length > 0 || state.essay === 'planned';
}

export function doneProgress(state: CheckerState): Progress {
	return { forums: [...state.forums], electives: [...state.done], essay: state.essay === 'done' };
}

/** What the participant will have once every planned forum, elective and the essay are completed too. */
export function planProgress(state: CheckerState): Progress {
	return {
		forums: [...state.forums, ...state.plannedForums],
		electives: [...state.done, ...state.planned],
		essay: state.essay !== 'none',
	};
}

export function choiceOf(state: CheckerState, item: string): Choice {
	if (item === essayItem) return state.essay;
	if (state.forums.includes(item) || state.done.includes(item)) return 'done';
	return state.plannedForums.includes(item) || state.planned.includes(item) ? 'planned' : 'none';
}

/** `item` is a forum id, an elective id or `essayItem`. */
export function withChoice(state: CheckerState, item: string, choice: Choice, edition: Ids): CheckerState {
	if (item === essayItem) return { ...state, essay: choice };
	const forumIds = edition.forums.map((f) => f.id);
	const isForum = forumIds.includes(item);
	const ids = isForum ? forumIds : edition.electives.map((e) => e.id);
	const done = new Set(isForum ? state.forums : state.done);
	const planned = new Set(isForum ? state.plannedForums : state.planned);
	done.delete(item);
	planned.delete(item);
	if (choice === 'done') done.add(item);
	if (choice === 'planned') planned.add(item);
	const inOrder = (chosen: Set<string>) => ids.filter((id) => chosen.has(id));
	return isForum
		? { ...state, forums: inOrder(done), plannedForums: inOrder(planned) }
		: { ...state, done: inOrder(done), planned: inOrder(planned) };
}

/** The row that sets every forum at once ("all done", "all planned", or none). */
export const allForumsItem = 'all-forums';

/** Every forum done, every forum not done planned, or none done nor planned. */
export function withAllForums(state: CheckerState, choice: Choice, edition: Ids): CheckerState {
	const ids = edition.forums.map((f) => f.id);
	if (choice === 'done') return { ...state, forums: ids, plannedForums: [] };
	if (choice === 'planned') return { ...state, plannedForums: ids.filter((id) => !state.forums.includes(id)) };
	return { ...state, forums: [], plannedForums: [] };
}

/** What the "all forums" row shows: every forum done, every forum done or planned, none of them; null when mixed. */
export function allForumsChoice(state: CheckerState, edition: Ids): Choice | null {
	const count = edition.forums.length;
	if (state.forums.length === count) return 'done';
	if (state.plannedForums.length > 0 && state.forums.length + state.plannedForums.length === count) return 'planned';
	return state.forums.length + state.plannedForums.length === 0 ? 'none' : null;
}

/**
 * The reader's choices in the server-rendered controls, read at hydration: a slow phone lets
 * them tick before the island runs. Each control the reader changed (every control starts at
 * "none") wins over `state`, the state of the link.
 */
export function withTyped(state: CheckerState, typed: ReadonlyMap<string, Choice>, edition: Ids): CheckerState {
	let next = state;
	for (const [item, choice] of typed) {
		if (choice === 'none') continue;
		next = item === allForumsItem ? withAllForums(next, choice, edition) : withChoice(next, item, choice, edition);
	}
	return next;
}
