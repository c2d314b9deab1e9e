import { startTransition, useEffect, useLayoutEffect, useState } from 'react';
import { readQuery, replaceQuery, type QueryEntries } from './query.ts';

/**
 * A tool's state, read once from the query string before the first paint after hydration and
 * written back to it on every change. Null until read: the server-rendered HTML stands for it.
 * A change that arrives before the state is read (a tap while the island wakes up) is applied to
 * the state read at that moment: a reader's choice is never dropped (issue 19).
 */
export function useQueryState<State>(
	fromQuery: (params: URLSearchParams) => State,
	toQuery: (state: State) => QueryEntries,
): [State | null, (update: (current: State) => State) => void] {
	const [state, setState] = useState<State | null>(null);
	const read = () => fromQuery(readQuery());
	useLayoutEffect(() => {
		// Read at once, while the inputs still hold what the reader entered, and rendered in slices (a
		// transition), so that the island's second render never blocks a tap for long. A change made
		// before (a child's layout effect) or during it is kept: `update` reads the state itself.
		const initial = read();
		startTransition(() => setState((current) => current ?? initial));
	}, []);
	useEffect(() => {
		if (state !== null) replaceQuery(toQuery(state));
	}, [state]);
	const update = (change: (current: State) => State) => setState((current) => change(current ?? read()));
	return [state, update];
}
