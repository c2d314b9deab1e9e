import { useEffect, useRef, type RefObject } from 'react';
import { localToday } from '@/rules/dates.ts';
import type { Edition, IsoDate } from '@/rules/edition.ts';
import { editionStatus, type EditionStatus } from '@/rules/status.ts';
import type { QueryEntries } from './query.ts';
import { readStored, store } from './storage.ts';
import { useQueryState } from './useQueryState.ts';

/** What a tool's state is read from once the island runs. */
interface ToolSource {
	params: URLSearchParams;
	/** The value kept on this device (`store.key`), null when none. */
	stored: string | null;
	/** The tool's root: its server-rendered inputs hold what the reader entered before the island ran. */
	root: HTMLElement | null;
	/** The reader's own calendar day. */
	today: IsoDate;
}

export interface ToolStateOptions<State> {
	read: (source: ToolSource) => State;
	toQuery: (state: State) => QueryEntries;
	/** Keeps the state on this device under `key`: `value` gives what to keep ('' forgets, null leaves the kept value alone). */
	store?: { key: string; value: (state: State) => string | null };
	edition: Pick<Edition, 'startDate' | 'endDate'>;
}

export interface ToolState<State> {
	/** Null until the island has read it: the server-rendered HTML stands for it. */
	state: State | null;
	/** Never drops a change, even one made while the island wakes up (`useQueryState`). */
	update: (change: (current: State) => State) => void;
	/** For the tool's root element. */
	root: RefObject<HTMLDivElement | null>;
	/** The page was opened from a link carrying a state. */
	linked: boolean;
	/** The reader's day and where the edition stands on it, null before hydration. */
	today: IsoDate | null;
	status: EditionStatus | null;
}

/**
 * A tool's state: read once hydrated from the query string, the device and what the reader
 * entered before the island ran, then written back to the query string and the device on every change.
 */
export function useToolState<State>({ read, toQuery, store: kept, edition }: ToolStateOptions<State>): ToolState<State> {
	const root = useRef<HTMLDivElement>(null);
	const first = useRef<{ linked: boolean; today: IsoDate }>(null);
	const [state, update] = useQueryState((params) => {
		const today = localToday();
		first.current ??= { linked: params.toString() !== '', today };
		return read({ params, stored: kept ? readStored(kept.key) : null, root: root.current, today });
	}, toQuery);
	useEffect(() => {
		const value = state === null ? null : kept?.value(state);
		if (kept && value != null) store(kept.key, value);
	}, [state]);
	const today = state === null ? null : first.current!.today;
	return {
		state,
		update,
		root,
		linked: state !== null && first.current!.linked,
		today,
		status: today === null ? null : editionStatus(edition, today),
	};
}
