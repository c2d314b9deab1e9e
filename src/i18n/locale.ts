import type { Locale } from '../rules/index.ts';

/** The site's language for a BCP-47 tag such as Starlight's `starlightRoute.lang`. */
export function localeOf(lang: string | undefined): Locale {
	return lang?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** A site path in `locale`: `/tools/x/` or `/fr/tools/x/`. */
export function localizedPath(path: string, locale: Locale): string {
	return locale === 'fr' ? `/fr${path}` : path;
}
