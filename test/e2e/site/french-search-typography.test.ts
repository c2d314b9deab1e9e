/**
 * French typography in what the search dialog says on a French page: its labels, its messages
 * (results, no results, the query corrected) and the excerpts it shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { openSearch, searchResults } from '../support/search.ts';
import { ordinarySpaceFaults } from '../support/french.ts';

let page: Page;

beforeAll(async () => {
	page = await openPage('/fr/');
	await openSearch(page);
});

afterAll(() => page.context().close());

const dialogText = () => page.locator('#starlight__search').innerText();

describe('the search dialog on a French page', () => {
	it.each([
		['a word the site has', 'remboursement'],
		['a word with an elision, typed with a straight apostrophe', "l'inscription"],
		['a word the site does not have, corrected', 'rembourcement'],
	])('says it in French typography: %s', async (_, query) => {
		const results = await searchResults(page, query);
		expect(results.length).toBeGreaterThan(0);
		const text = await dialogText();
		expect(text).toContain('résultat');
		expect(ordinarySpaceFaults(text)).toEqual([]);
	});

	it('says it in French typography when nothing is found', async () => {
		expect(await searchResults(page, 'xylophone')).toEqual([]);
		const text = await dialogText();
		expect(text).toContain('Aucun résultat pour «\u00a0xylophone\u00a0»');
		expect(ordinarySpaceFaults(text)).toEqual([]);
	});
});
