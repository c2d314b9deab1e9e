/**
 * The copy of a built page that Pagefind indexes, never served: the page as built, with its French
 * elisions split and its twin's title and headings as metadata.
 */
import { elision } from './words.ts';

/** A page's title and headings, in reading order: what a reader of the other language may search. */
export function outlineOf(html: string): string[] {
	const body = html.slice(Math.max(0, html.indexOf('data-pagefind-body')));
	return [...body.matchAll(/<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((match) => textOf(match[2]!)).filter(Boolean);
}

/** The text of an HTML fragment: tags dropped, the entities Astro writes decoded. */
function textOf(html: string): string {
	return html
		.replace(/<[^>]+>/g, '')
		.replace(/&#(x?)([\da-f]+);/gi, (_, hex: string, code: string) => String.fromCodePoint(parseInt(code, hex ? 16 : 10)))
		.replace(/&(amp|lt|gt|quot|nbsp);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' })[name]!)
		.replace(/\s+/g, ' ')
		.trim();
}

const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * Pagefind splits a word at ASCII punctuation only, and indexes both the whole and its parts:
 * with `'` for `’`, « l’inscription » is found by « inscription » (and by « linscription »).
 * The excerpts Pagefind shows are written back with `’` in the dialog (src/search/ui.ts).
 * A `weight` weighs every word of the page's content by it (Pagefind's `data-pagefind-weight`).
 */
export function indexedPage(html: string, twinOutline: string[], weight?: number): string {
	const [title, ...headings] = twinOutline;
	const meta = (field: string, text: string) => `<meta data-pagefind-meta="${field}[content]" content="${attribute(text)}">`;
	const twin = title ? meta('twin_title', title) + (headings.length ? meta('twin_headings', headings.join('. ')) : '') : '';
	const body = weight === undefined ? '' : ` data-pagefind-weight="${weight}"`;
	return html.replace('</head>', `${twin}</head>`).replace(' data-pagefind-body', ` data-pagefind-body${body}`).replace(elision, "$1'");
}
