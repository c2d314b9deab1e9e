/** Numbers and plurals as the policy tables and the electives list show them. */
import { fill, type Strings } from '@/i18n/strings.ts';
import { intlLocale, type Locale } from '@/rules/index.ts';

export function formatInteger(value: number, locale: Locale): string {
	return new Intl.NumberFormat(intlLocale[locale]).format(value);
}

/** "50%" / "50 %", from a whole percentage. */
export function formatPercent(value: number, locale: Locale): string {
	return new Intl.NumberFormat(intlLocale[locale], { style: 'percent' }).format(value / 100);
}

/** Fills `<key>.one` or `<key>.other` of `strings` with `{count}`, by the plural rules of `locale`. */
export function plural(strings: Strings, key: string, count: number, locale: Locale): string {
	const form = new Intl.PluralRules(intlLocale[locale]).select(count) === 'one' ? 'one' : 'other';
	return fill(strings[`${key}.${form}`] ?? `${key}.${form}`, { count: formatInteger(count, locale) });
}

