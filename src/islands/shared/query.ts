/** The tools' shareable state lives in the query string: read on load, replaced on every change. */

export function readQuery(search: string = location.search): URLSearchParams {
	return new URLSearchParams(search);
}

/** A tool's state as query parameters; undefined or '' leaves a parameter out. */
export type QueryEntries = Readonly<Record<string, string | undefined>>;

/** `entries` as a query string without its '?', '' when all are empty; commas stay readable. */
export function queryString(entries: QueryEntries): string {
	const filled = Object.entries(entries).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
	return new URLSearchParams(filled).toString().replace(/%2C/g, ',');
}

/** Writes `entries` with `history.replaceState` (the islands call it after rendering, in the browser only). */
export function replaceQuery(entries: QueryEntries): void {
	const query = queryString(entries);
	const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
	history.replaceState(history.state, '', url);
}
