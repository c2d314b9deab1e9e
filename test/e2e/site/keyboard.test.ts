/** The language picker and the search can be reached and used without a mouse. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';

async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((target) => document.activeElement?.matches(target) ?? false, selector)) return;
	}
	throw new Error(`${selector} was not reached with Tab`);
}

describe('keyboard', () => {
	it('switches the language with the language picker', async () => {
		const page = await openPage('/programme/', { viewport: { width: 1280, height: 800 } });
		await tabTo(page, 'starlight-lang-select select');
		await Promise.all([page.waitForURL('**/fr/programme/'), page.keyboard.press('ArrowDown')]);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
		await page.context().close();
	});

	it('opens the search, finds a page and follows the result', async () => {
		const page = await openPage('/', { viewport: { width: 1280, height: 800 } });
		await tabTo(page, 'button[data-open-modal]');
		await page.keyboard.press('Enter');
		const input = page.locator('.pagefind-ui__search-input');
		await input.waitFor();
		expect(await page.evaluate(() => document.activeElement?.matches('.pagefind-ui__search-input'))).toBe(true);
		await page.keyboard.type('refund');
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		await tabTo(page, '.pagefind-ui__result-link', 10);
		await Promise.all([page.waitForURL((url) => url.pathname !== '/'), page.keyboard.press('Enter')]);
		await page.context().close();
	});
});
