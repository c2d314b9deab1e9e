/**
 * The checker's props, built at build time: the part of the edition record it shows, and its
 * strings with what does not depend on the reader's choices filled in. They travel in the HTML,
 * not in the script.
 */
import type { Edition, Locale } from '@/rules/edition.ts';
import { createTranslator, prefill, type Strings } from '@/i18n/translate.ts';
import { formatDate } from '@/i18n/format.ts';
import type { CheckerEdition } from '@/islands/checker/props.ts';

export function checkerEdition(edition: Edition, locale: Locale): CheckerEdition {
	return {
		year: edition.year,
		startDate: edition.startDate,
		endDate: edition.endDate,
		diploma: edition.diploma[locale],
		forums: edition.forums.map(({ id, title }) => ({ id, title: title[locale] })),
		areas: edition.areas.map(({ id, title }) => ({ id, title: title[locale] })),
		electives: edition.electives.map(({ id, area, title, key }) => ({ id, area, title: title[locale], key })),
		certificates: edition.certificates.map(({ name, ...rule }) => ({ ...rule, name: name[locale] })),
	};
}

/**
 * The checker's strings with what does not depend on the reader's choices filled in at build
 * time: the edition's year, first and last days, the diploma, which certificates need the essay or lead to the diploma,
 * and each certificate's thresholds.
 */
export function checkerStrings(strings: Strings, locale: Locale, edition: CheckerEdition): Strings {
	const { t, list } = createTranslator(strings, locale);
	const names = (rules: CheckerEdition['certificates']) => list(rules.map((rule) => rule.name));
	/** Each certificate's lower threshold, "3 instead of 5 for the Certificate of Achievement, …". */
	const thresholds = (key: string) =>
		list(edition.certificates.map((rule) => t(key, { certificate: rule.name, electives: rule.electives, withKey: rule.electivesWithKey })));
	return prefill(strings, locale, {
		year: String(edition.year),
		start: formatDate(locale, edition.startDate),
		end: formatDate(locale, edition.endDate),
		diploma: edition.diploma,
		essayRequiredBy: names(edition.certificates.filter((rule) => rule.essayRequired)),
		diplomaGivenBy: names(edition.certificates.filter((rule) => rule.diplomaEligible)),
		keyThresholds: thresholds('electives.keyThreshold'),
		twoKeysThresholds: thresholds('reading.twoKeysThreshold'),
	});
}
