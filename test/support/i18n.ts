/**
 * The site's translation system outside a page: an i18next instance over `content/i18n/`, set up
 * as Starlight sets up the one behind `Astro.locals.t` (one namespace, English as the fallback),
 * for the tests, which render components and the calendar without Starlight's middleware.
 */
import i18next from 'i18next';
import en from '../../content/i18n/en.json' with { type: 'json' };
import fr from '../../content/i18n/fr.json' with { type: 'json' };
import type { Locale } from '@/rules/index.ts';
import type { Strings } from '@/i18n/translate.ts';
import { starlightTranslate, type StarlightT } from '@/i18n/starlightTranslate.ts';

const strings: Record<Locale, Strings> = { en, fr };

const i18n = i18next.createInstance();
void i18n.init({
	resources: { en: { starlight: en }, fr: { starlight: fr } },
	fallbackLng: 'en',
	initAsync: false,
});

/** `Astro.locals.t` for a page in `locale`. */
function starlightT(locale: Locale): StarlightT & { all: () => Strings } {
	return Object.assign(i18n.getFixedT(locale, 'starlight') as StarlightT, { all: () => strings[locale] });
}

/** What Starlight puts in `Astro.locals` for a page in `locale` (the part the components read). */
export function localsFor(locale: Locale): App.Locals {
	return { starlightRoute: { lang: locale }, t: starlightT(locale) } as unknown as App.Locals;
}

/** The strings in words, as the components word them for a page in `locale`. */
export const translateFor = (locale: Locale) => starlightTranslate(starlightT(locale), locale);

/** The UI strings of `locale`, as a tool's wrapper reads them (`Astro.locals.t.all()`) to hand the island its part. */
export const uiStringsFor = (locale: Locale): Strings => strings[locale];
