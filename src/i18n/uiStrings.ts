import type { Strings } from './translate.ts';

/**
 * The page's UI strings (`content/i18n/`, then Starlight's own), as text. Starlight types the
 * i18n collection as a loose object, so values it does not know are typed `unknown`; every
 * value of the collection is a string (src/content/uiStringsSchema.ts).
 */
export function uiStrings(locals: App.Locals): Strings {
	return Object.fromEntries(Object.entries(locals.t.all()).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
