/** Renders the policy and electives components as Starlight would for a page in one language. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { Window } from 'happy-dom';
import en from '../../../content/i18n/en.json';
import fr from '../../../content/i18n/fr.json';
import type { Edition, Locale } from '@/rules/index.ts';
import { createFormat } from '@/i18n/format.ts';
import { createTranslator } from '@/i18n/translate.ts';

const uiStrings: Record<Locale, Record<string, string>> = { en, fr };

/** What Starlight puts in `Astro.locals` for a page in `locale` (the part these components read). */
function localsFor(locale: Locale): App.Locals {
	const all = uiStrings[locale];
	const t = Object.assign((key: string) => all[key] ?? key, { all: () => all });
	return { starlightRoute: { lang: locale }, t } as unknown as App.Locals;
}

let container: AstroContainer | undefined;

export async function render(component: any, locale: Locale, props: Record<string, unknown> = {}): Promise<Document> {
	container ??= await AstroContainer.create();
	const html = await container.renderToString(component, { props, locals: localsFor(locale) });
	const { document } = new Window();
	document.body.innerHTML = html;
	return document as unknown as Document;
}

/** An element's text with runs of white space (including no-break spaces) made one plain space. */
export function textOf(element: Element | null | undefined): string {
	return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The site's translation system for `locale` and `edition`, as the components use it. */
export function translatorFor(locale: Locale, edition: Edition) {
	return { ...createTranslator(uiStrings[locale], locale), format: createFormat(locale, edition.currency) };
}
