/**
 * The islands' side of the one translation system: the UI strings an island was given (its part
 * of `content/i18n/<lang>.json`, in i18next's syntax, the syntax of Starlight's `Astro.locals.t`)
 * filled with values (the numbers among them written the reader's way), plurals picked by the
 * language's rules, and lists joined as the language joins them. Components use `Astro.locals.t`
 * itself, through `starlightTranslate.ts`, with the same result. Values with a format of their own
 * (money, dates, percentages) come from format.ts.
 */
import type { Locale } from '@/rules/edition.ts';

export type Strings = Readonly<Record<string, string>>;
export type Values = Readonly<Record<string, string | number>>;

/** The `Intl` locale for each language of the site (English dates read "26 October 2020"). */
export const intlLocale: Readonly<Record<Locale, string>> = { en: 'en-GB', fr: 'fr-FR' };

/** Every key of `all` under `prefix`, prefix removed: the part of the strings one island or component needs. */
export function stringsWithPrefix(all: Readonly<Record<string, string>>, prefix: string): Strings {
	return Object.fromEntries(
		Object.entries(all)
			.filter(([key]) => key.startsWith(prefix))
			.map(([key, value]) => [key.slice(prefix.length), value]),
	);
}

/**
 * Replaces i18next's `{{name}}` placeholders (the syntax of Starlight's `Astro.locals.t`) with `values`, numbers written with `numbers`; a placeholder
 * with no value stays, to be filled later (or to show, rather than throw, if none comes).
 */
function fill(template: string, values: Values, numbers: Intl.NumberFormat): string {
	return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
		const value = values[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? numbers.format(value) : value;
	});
}

/**
 * The strings with the values that do not depend on the reader's input filled in at build time
 * (the edition's price, dates, names), so that an island's script does not have to work them out.
 */
export function prefill(strings: Strings, locale: Locale, values: Values): Strings {
	const numbers = new Intl.NumberFormat(intlLocale[locale]);
	return Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, fill(value, values, numbers)]));
}

/** Strings in words: what components, islands and the calendar word their text with. */
export interface Translate<Key extends string = string> {
	t: (key: Key, values?: Values) => string;
	/** `key_one`, `key_other`… (i18next's plural keys): the form the language needs for `count`. */
	plural: (key: PluralKey<Key>, count: number, values?: Values) => string;
	/** "a, b and c" / "a, b ou c". */
	list: (items: readonly string[], type?: 'conjunction' | 'disjunction') => string;
}

/** `key` of `key_other`: the key a plural is asked for by. */
type PluralKey<Key extends string> = string extends Key ? string : Key extends `${infer Base}_other` ? Base : never;

/** The list of `items` as the language writes it. */
export const listOf =
	(locale: Locale) =>
	(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
		new Intl.ListFormat(intlLocale[locale], { type }).format(items);

export function createTranslator(strings: Strings, locale: Locale): Translate {
	const tag = intlLocale[locale];
	const numbers = new Intl.NumberFormat(tag);
	const pluralRules = new Intl.PluralRules(tag);
	const t = (key: string, values: Values = {}) => fill(strings[key] ?? key, values, numbers);
	return {
		t,
		// `other` when the language has no string of its own for the form.
		plural: (key: string, count: number, values: Values = {}) => {
			const form = `${key}_${pluralRules.select(count)}`;
			return t(form in strings ? form : `${key}_other`, { count, ...values });
		},
		list: listOf(locale),
	};
}
