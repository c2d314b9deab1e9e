/** Renders the policy and electives components as Starlight would for a page in one language. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { Window } from 'happy-dom';
import type { Locale } from '@/rules/index.ts';
import { localsFor } from '../../support/i18n.ts';

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
