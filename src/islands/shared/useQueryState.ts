import { useEffect, useLayoutEffect, useState } from 'react';
import { readQuery, replaceQuery, type QueryEntries } from './query.ts';

/**
 * A tool's state, read once from the query string before the first paint after hydration and
 * written back to it on every change. Null until read: the server-rendered HTML stands for it.
 */
export function useQueryState<State>(
	fromQuery: (params: URLSearchParams) => State,
	toQuery: (state: State) => QueryEntries,
): [State | null, (update: (current: State) => State) => void] {
	const [state, setState] = useState<State | null>(null);
	useLayoutEffect(() => setState(fromQuery(readQuery())), []);
	useEffect(() => {
		if (state !== null) replaceQuery(toQuery(state));
	}, [state]);
	const update = (change: (current: State) => State) => setState((current) => (current === null ? current : change(current)));
	return [state, update];
}
