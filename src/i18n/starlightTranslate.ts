/**
 * Starlight's translation function (`Astro.locals.t`, i18next) as the components word their text
 * with it: values are text, not HTML (`escapeValue: false`, as Starlight's own components call
 * it: Astro escapes what it renders), numbers are written the reader's way, and i18next picks the
 * plural key (`key_one`, `key_other`) for `count` by the language's rules.
 */
import type en from '../../content/i18n/en.json';
import type { Locale } from '@/rules/edition.ts';
import { intlLocale, listOf, type Translate, type Values } from './translate.ts';

/** A key of the site's UI strings: a typo in one fails `astro check`. */
export type UiKey = keyof typeof en;

/** The part of `Astro.locals.t` this site calls. */
export type StarlightT = (key: UiKey, options: Record<string, unknown>) => string;

export function starlightTranslate(starlightT: StarlightT, locale: Locale): Translate<UiKey> {
	const numbers = new Intl.NumberFormat(intlLocale[locale]);
	const written = (values: Values) =>
		Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'number' ? numbers.format(value) : value]));
	return {
		t: (key, values = {}) => starlightT(key, { ...written(values), interpolation: { escapeValue: false } }),
		plural: (key, count, values = {}) => starlightT(key as UiKey, { ...written(values), count, interpolation: { escapeValue: false } }),
		list: listOf(locale),
	};
}
