import { describe, expect, it } from 'vitest';
import { indexedPage, outlineOf } from '@/search/indexed-page.ts';

const page = `<html lang="fr"><head><title>Frais</title></head><body><nav><h2>Sur cette page</h2></nav>
<main data-pagefind-body><h1 id="_top">Frais et annulation</h1><p>Avant l’inscription, lisez l’aide d’un employeur. L’OIT, aujourd’hui.</p>
<div class="sl-heading-wrapper"><h2 id="p">Pénalités d’annulation</h2><a href="#p"><span data-pagefind-ignore>Section</span></a></div>
<h3 id="b">Frais &amp; charges <code>bancaires</code></h3></main></body></html>`;

describe('the copy of a page that Pagefind indexes', () => {
	it('writes French elisions with an ASCII apostrophe, which Pagefind splits at, and nothing else', () => {
		const indexed = indexedPage(page, []);
		expect(indexed).toContain("Avant l'inscription, lisez l'aide d'un employeur. L'OIT, aujourd’hui.");
		expect(indexed).toContain('<h2 id="p">Pénalités d\'annulation</h2>');
	});

	it('reads a page’s title and headings, not those outside its content', () => {
		expect(outlineOf(page)).toEqual(['Frais et annulation', 'Pénalités d’annulation', 'Frais & charges bancaires']);
	});

	it('carries its twin’s title and headings as metadata, apart', () => {
		const indexed = indexedPage('<html><head></head><body></body></html>', [
			'Fees and cancellation',
			'Price & payment',
			'Cancellation "penalties"',
		]);
		expect(indexed).toBe(
			'<html><head><meta data-pagefind-meta="twin_title[content]" content="Fees and cancellation">' +
				'<meta data-pagefind-meta="twin_headings[content]" content="Price &amp; payment. Cancellation &quot;penalties&quot;"></head><body></body></html>',
		);
	});

	it('weighs a page that sums up the others on its content only, when asked', () => {
		expect(indexedPage(page, [], 0.5)).toContain('<main data-pagefind-body data-pagefind-weight="0.5"><h1 id="_top">');
		expect(indexedPage(page, [])).toContain('<main data-pagefind-body><h1 id="_top">');
	});
});
