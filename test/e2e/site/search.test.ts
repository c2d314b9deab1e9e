/**
 * Pagefind keeps the languages apart: each finds its own pages. The dialog says, in the page's
 * language, what it searched instead of a word the site lacks, and which results were found
 * through the other language. (How well it ranks what readers type: search-quality.test.ts.)
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, problemsOf } from '../support/browser.ts';
import { builtPages, headingOf } from '../support/dist.ts';
import { openSearch, searchResults } from '../support/search.ts';

const pages = builtPages(inject('distDir'));

function headingAt(path: string): string {
	const page = pages.find((candidate) => candidate.path === path);
	if (!page) throw new Error(`${path} is not in the build`);
	return headingOf(page);
}

async function searchFrom(path: string, query: string): Promise<string[]> {
	const page = await openPage(path);
	await page.locator('button[data-open-modal]').click();
	await page.locator('.pagefind-ui__search-input').fill(query);
	await page.locator('.pagefind-ui__result-link').first().waitFor();
	const links = await page
		.locator('.pagefind-ui__result-link')
		.evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
	// Pagefind's UI, its worker and its WebAssembly all run under the site's policy.
	const { consoleErrors, cspViolations } = problemsOf(page);
	expect({ consoleErrors, cspViolations }).toEqual({ consoleErrors: [], cspViolations: [] });
	await page.context().close();
	return links;
}

describe('search', () => {
	it('finds the English page from an English page', async () => {
		const results = await searchFrom('/', headingAt('/programme/plenary-forums/'));
		expect(results).toContain('/programme/plenary-forums/');
		expect(results.every((path) => !path.startsWith('/fr/'))).toBe(true);
	});

	it('finds the French page, and no English page, from a French page', async () => {
		const results = await searchFrom('/fr/', headingAt('/fr/programme/plenary-forums/'));
		expect(results).toContain('/fr/programme/plenary-forums/');
		expect(results.every((path) => path.startsWith('/fr/'))).toBe(true);
	});

	it.each([
		['/', 'apply', '/faq/'],
		['/', 'contact', '/faq/'],
		['/fr/', 'inscription', '/fr/faq/'],
		['/fr/', 'contacter', '/fr/faq/'],
	])('from %s, “%s” finds the answer on how to apply and whom to contact (%s)', async (from, query, expected) => {
		const page = await openPage(from);
		await page.locator('button[data-open-modal]').click();
		await page.locator('.pagefind-ui__search-input').fill(query);
		// Results arrive one by one: wait for the expected page among them rather than for the first one.
		const found = page.locator(`.pagefind-ui__result-link[href^="${expected}"]`).first();
		await found.waitFor({ timeout: 15_000 });
		expect(await found.getAttribute('href')).toMatch(new RegExp(`^${expected}(#|$)`));
		await page.context().close();
	});

	it('searches a phrase again, shorter, leaving what the reader typed as it was', async () => {
		const page = await openPage('/fr/');
		await page.locator('button[data-open-modal]').click();
		const input = page.locator('.pagefind-ui__search-input');
		await input.fill('quand commence la formation');
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		await page.waitForFunction(() => !document.querySelector<HTMLElement>('.site-search__instead')?.hidden);
		expect(await input.inputValue()).toBe('quand commence la formation');
		expect((await page.locator('.pagefind-ui__message').textContent())?.trim()).toMatch(
			/^\d+ résultats? pour «\u00a0quand commence la formation\u00a0»$/,
		);
		await page.context().close();
	});

	it.each([
		['/', 'apply', /^\d+ results? for apply$/, 'No results for zzzqx'],
		['/fr/', 'inscription', /^\d+ résultats? pour «\u00a0inscription\u00a0»$/, 'Aucun résultat pour «\u00a0zzzqx\u00a0»'],
	])('from %s, says how many pages it found, and that it found none, in the page’s language', async (from, query, count, none) => {
		const page = await openPage(from);
		await page.locator('button[data-open-modal]').click();
		const input = page.locator('.pagefind-ui__search-input');
		await input.fill(query);
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		const message = page.locator('.pagefind-ui__message');
		expect((await message.textContent())?.trim()).toMatch(count);
		await input.fill('zzzqx');
		await page.locator('.pagefind-ui__result-link').first().waitFor({ state: 'detached' });
		await page.waitForFunction((text) => document.querySelector('.pagefind-ui__message')?.textContent?.trim() === text, none);
		expect(await page.getAttribute('.pagefind-ui__form', 'aria-label')).toBe(from === '/' ? 'Search this site' : 'Rechercher sur ce site');
		await page.context().close();
	});

	it.each([
		['/', 'certficate', 'Showing results for certificate', 'certificate'],
		['/', 'refnud calculator', 'Showing results for refund calculator', 'refund calculator'],
		['/fr/', 'certficat', 'Affichage des résultats pour «\u00a0certificat\u00a0»', 'certificat'],
		// Each word is on some page, never all three together: the phrase is searched without one.
		['/fr/', 'quand commence la formation', 'Affichage des résultats pour «\u00a0quand la formation\u00a0»', 'formation'],
	])('from %s, “%s” says what it searched instead, and a word the site has does not', async (from, query, note, found) => {
		const page = await openPage(from);
		await openSearch(page);
		expect((await searchResults(page, query)).length).toBeGreaterThan(0);
		await page.waitForFunction((text) => document.querySelector('.site-search__instead')?.textContent === text, note);
		expect((await searchResults(page, found)).length).toBeGreaterThan(0);
		expect(await page.locator('.site-search__instead').isHidden()).toBe(true);
		await page.context().close();
	});

	it.each([
		['/', 'remboursement', '/tools/refund-calculator/', 'Found through the French version of this page'],
		['/fr/', 'refund', '/fr/tools/refund-calculator/', 'Trouvé grâce à la version anglaise de cette page'],
	])('from %s, “%s” finds %s and says it was found through the other language', async (from, query, expected, label) => {
		const page = await openPage(from);
		await openSearch(page);
		expect(await searchResults(page, query)).toContain(expected);
		const result = page.locator('.pagefind-ui__result', { has: page.locator(`.pagefind-ui__result-link[href="${expected}"]`) });
		expect(await result.locator('.site-search__other-language').textContent()).toBe(label);
		// Found by its own words, a page says nothing of the kind.
		expect(await searchResults(page, from === '/' ? 'refund' : 'remboursement')).toContain(expected);
		expect(await result.locator('.site-search__other-language').count()).toBe(0);
		await page.context().close();
	});

	it('shows French excerpts with the pages’ apostrophe, though the index splits elisions', async () => {
		const page = await openPage('/fr/');
		await openSearch(page);
		await searchResults(page, 'inscription');
		const excerpts = await page.locator('.pagefind-ui__result-excerpt').allTextContents();
		expect(excerpts.join(' ')).toContain('s’inscrire');
		expect(excerpts.filter((excerpt) => excerpt.includes("'"))).toEqual([]);
		await page.context().close();
	});

	it.each([
		['/', 'covid', '/programme/plenary-forums/'],
		['/fr/', 'covid', '/fr/programme/plenary-forums/'],
	])('from %s, the checker’s pre-rendered answer does not answer “%s”: the page on it does', async (from, query, expected) => {
		const page = await openPage(from);
		await openSearch(page);
		const results = await searchResults(page, query, 20);
		expect(results[0]).toBe(expected);
		expect(results.filter((path) => path.includes('/tools/'))).toEqual([]);
		await page.context().close();
	});
});
