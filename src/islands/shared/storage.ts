/**
 * A tool's selection kept on this device between visits (localStorage), never sent anywhere.
 * Storage may be missing or throw (some private windows, full quota): the tool then simply
 * does not remember.
 */

export function readStored(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

/** Keeps `value` under `key`; an empty value forgets it. */
export function store(key: string, value: string): void {
	try {
		if (value) localStorage.setItem(key, value);
		else localStorage.removeItem(key);
	} catch {
		// Not kept: the selection still works for this visit, and stays in the address.
	}
}
