/** The site's search dialog, used as a reader uses it: open it, type, read the results. */
import type { Page } from 'playwright-core';

export async function openSearch(page: Page): Promise<void> {
	await page.locator('button[data-open-modal]').click();
	await page.locator('.pagefind-ui__search-input').waitFor();
}

/**
 * Types `query` and returns the paths of the first `count` results once Pagefind has answered this
 * query (its message names the query as typed) and has loaded each of them.
 */
export async function searchResults(page: Page, query: string, count = 3): Promise<string[]> {
	await page.locator('.pagefind-ui__search-input').fill(query);
	const answer = await page.waitForFunction(
		({ typed, count }) => {
			const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent?.trim() ?? '';
			const found = /^(\d+) (?:results?|résultats?) (?:for|pour) (?:«\u00a0)?(.*?)(?:\u00a0»)?$/.exec(message);
			const none = /^(?:No results for|Aucun résultat pour) (?:«\u00a0)?(.*?)(?:\u00a0»)?$/.exec(message);
			// A phrase that finds nothing is searched again, shorter: "no results" must last to be the answer.
			const state = window as unknown as { noneSince?: number };
			if (!none) delete state.noneSince;
			else if (none[1]!.trim() !== typed) return null;
			else return Date.now() - (state.noneSince ??= Date.now()) > 1500 ? [] : null;
			if (!found || found[2]!.trim() !== typed) return null;
			const wanted = Math.min(count, Number(found[1]));
			const links = [...document.querySelectorAll('#starlight__search .pagefind-ui__result')]
				.slice(0, wanted)
				.map((result) => result.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link')?.href);
			return links.length === wanted && links.every(Boolean) ? links.map((href) => new URL(href!).pathname) : null;
		},
		{ typed: query.trim(), count },
		{ timeout: 15_000 },
	);
	return (await answer.jsonValue()) as string[];
}
