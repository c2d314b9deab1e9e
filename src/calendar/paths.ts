/**
 * Where the calendar of each language is served. Its file is named for the edition and the
 * language (`/e-lma-2020-en.ics`, `/fr/e-lma-2020-fr.ics`: a download keeps its name); the first
 * name, `key-dates.ics`, serves the same file, so that links and subscriptions to it keep working.
 */
import type { Edition, Locale } from '../rules/index.ts';
import { localizedPath } from '../i18n/locale.ts';
import { siteEdition } from '../utils/site-edition.ts';

/** `e-lma-2020-en`: the acronym in lower case, letters and digits joined by hyphens. */
export function calendarName(locale: Locale, edition: Edition = siteEdition): string {
	const acronym = edition.acronym.toLowerCase().replace(/[^a-z0-9]+/g, '-');
	return `${acronym}-${edition.year}-${locale}`;
}

export const legacyCalendarName = 'key-dates';

/** The calendar's path in `locale`, the one pages link to. */
export function calendarPath(locale: Locale, edition: Edition = siteEdition): string {
	return localizedPath(`/${calendarName(locale, edition)}.ics`, locale);
}

/** Every path the calendars are served at, both languages, the first names included. */
export function allCalendarPaths(locales: readonly Locale[], edition: Edition = siteEdition): string[] {
	return locales.flatMap((locale) => [calendarPath(locale, edition), localizedPath(`/${legacyCalendarName}.ics`, locale)]);
}
