/** The language picker, the search and every island can be reached and used without a mouse. */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, problemsOf, waitForIslands } from '../support/browser.ts';
import { builtPages, headingOf, readHtml } from '../support/dist.ts';

const pages = builtPages(inject('distDir'));
const desktop = { viewport: { width: 1280, height: 800 } };

async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((target) => document.activeElement?.matches(target) ?? false, selector)) return;
	}
	throw new Error(`${selector} was not reached with Tab`);
}

/**
 * Marks every control inside the page's islands with the key Tab must reach (a radio group is
 * one stop: arrows move within it) and returns those keys.
 */
function markIslandControls(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const selector = 'input:not([type="hidden"]), select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])';
		const keys = new Set<string>();
		document.querySelectorAll('astro-island').forEach((island, islandIndex) => {
			island.querySelectorAll<HTMLElement>(selector).forEach((control, index) => {
				if ((control as HTMLInputElement).disabled || !control.checkVisibility()) return;
				const radio = control instanceof HTMLInputElement && control.type === 'radio';
				const key = radio ? `${islandIndex} radio group ${control.name}` : `${islandIndex} ${control.tagName.toLowerCase()} #${index}`;
				control.dataset.keyboardStop = key;
				keys.add(key);
			});
		});
		return [...keys];
	});
}

/** The focused control's key and whether anything shows the focus (an outline or a shadow). */
function focusedStop(page: Page): Promise<{ key?: string; visible: boolean }> {
	return page.evaluate(() => {
		const focused = document.activeElement as HTMLElement | null;
		if (!focused) return { visible: false };
		const shows = (element: Element | null) => {
			if (!element) return false;
			const style = getComputedStyle(element);
			return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
		};
		return { key: focused.dataset.keyboardStop, visible: shows(focused) || shows(focused.closest('label')) };
	});
}

describe('keyboard', () => {
	it('switches the language with the language picker', async () => {
		const page = await openPage('/programme/', desktop);
		await tabTo(page, 'starlight-lang-select select');
		await Promise.all([page.waitForURL('**/fr/programme/'), page.keyboard.press('ArrowDown')]);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
		const { consoleErrors, cspViolations } = problemsOf(page);
		expect({ consoleErrors, cspViolations }).toEqual({ consoleErrors: [], cspViolations: [] });
		await page.context().close();
	});

	it('opens the search, finds a page and follows the result', async () => {
		const target = pages.find((candidate) => candidate.path === '/programme/');
		if (!target) throw new Error('/programme/ is not in the build');
		const page = await openPage('/', desktop);
		// Starlight builds the search form when the browser is idle; opened before that, the dialog has no field to focus.
		await page.locator('.pagefind-ui__search-input').waitFor({ state: 'attached' });
		await tabTo(page, 'button[data-open-modal]');
		await page.keyboard.press('Enter');
		await page.locator('.pagefind-ui__search-input').waitFor();
		expect(await page.evaluate(() => document.activeElement?.matches('.pagefind-ui__search-input'))).toBe(true);
		await page.keyboard.type(headingOf(target));
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		await tabTo(page, '.pagefind-ui__result-link', 10);
		await Promise.all([page.waitForURL((url) => url.pathname !== '/'), page.keyboard.press('Enter')]);
		await page.context().close();
	});

	const withIslands = pages.filter((page) => readHtml(page).includes('<astro-island')).map((page) => page.path);
	it.skipIf(withIslands.length === 0).each(withIslands)(
		'%s: Tab reaches every control of its islands, with a visible focus',
		async (path) => {
			const page = await openPage(path, desktop);
			await waitForIslands(page);
			const stops = await markIslandControls(page);
			const controlsOnPage = await page.evaluate(
				() => document.querySelectorAll('a[href], input, select, textarea, button, [tabindex]').length,
			);
			const reached = new Set<string>();
			// A date input has inner stops (its picker button) that Chromium draws itself: one visible stop is enough.
			const shownFocused = new Set<string>();
			for (let presses = 0; presses < controlsOnPage + 5 && reached.size < stops.length; presses++) {
				await page.keyboard.press('Tab');
				const focused = await focusedStop(page);
				if (!focused.key) continue;
				reached.add(focused.key);
				if (focused.visible) shownFocused.add(focused.key);
			}
			expect(
				stops.filter((stop) => !reached.has(stop)),
				'not reached with Tab',
			).toEqual([]);
			expect(
				[...reached].filter((stop) => !shownFocused.has(stop)),
				'focused without a visible indicator',
			).toEqual([]);
			await page.context().close();
		},
	);
});
