import { render } from '@testing-library/react';
import { createElement } from 'react';
import { createFormat } from '@/i18n/format.ts';
import { stringsWithPrefix } from '@/i18n/translate.ts';
import { translateFor, uiStringsFor } from '../../support/i18n.ts';
import { toolShellStrings } from '@/components/tools/action-strings.ts';
import { edition2020, type Edition, type Locale } from '@/rules/index.ts';
import RefundCalculator from '@/islands/refund/RefundCalculator.tsx';
import { refundEdition, refundStrings, tierLines } from '@/components/tools/refund-props.ts';

export const catalogs: Record<Locale, Record<string, string>> = { en: uiStringsFor('en'), fr: uiStringsFor('fr') };

/** The props the page gives the island, for `edition` (2020 unless told). */
export function props(locale: Locale, fullEdition: Edition = edition2020) {
	const edition = refundEdition(fullEdition);
	const translate = translateFor(locale);
	return {
		locale,
		edition,
		tiers: tierLines(fullEdition, translate, createFormat(locale, edition.currency)),
		strings: refundStrings(stringsWithPrefix(catalogs[locale], 'refund.'), locale, fullEdition),
		actions: toolShellStrings(catalogs[locale]),
	};
}

/** Renders the calculator as it opens at `/tools/refund-calculator/?<query>`. */
export function openCalculator(locale: Locale, query = '', edition: Edition = edition2020) {
	history.replaceState(null, '', `/tools/refund-calculator/${query ? `?${query}` : ''}`);
	const view = render(createElement(RefundCalculator, props(locale, edition)));
	const result = () => view.container.querySelector<HTMLElement>('[data-result="refund"]')!;
	return { ...view, result };
}

/** The contract's data attributes, or the error flag. */
export function data(element: HTMLElement) {
	const attributes = Object.fromEntries(
		[...element.attributes].filter((a) => a.name.startsWith('data-') && a.name !== 'data-result').map((a) => [a.name, a.value]),
	);
	return attributes;
}

/** Spaces as Intl prints them (narrow and plain no-break) read as plain spaces. */
export function plain(text: string | null | undefined): string {
	return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}
