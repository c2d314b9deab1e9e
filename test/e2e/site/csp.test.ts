/**
 * The Content Security Policy bites: code the build did not write does not run. (Every page, search,
 * the tools and the language picker are checked for violations by the tests that use them.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, problemsOf, siteUrl } from '../support/browser.ts';

const injection = '<script>window.injectedScriptRan = true</script><p id="injected" style="color: rgb(255, 0, 0)">injected</p>';

/** Opens `path` again in `page`, `injection` added to its HTML, as a flaw that echoed unescaped input would. */
async function openInjected(page: Page, path: string, { keepPolicy }: { keepPolicy: boolean }): Promise<void> {
	await page.route(
		(url) => url.pathname === path,
		async (route) => {
			const response = await route.fetch();
			let html = (await response.text()).replace('</main>', `${injection}</main>`);
			if (!keepPolicy) html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
			await route.fulfill({ response, body: html });
		},
	);
	// A new address, so that no cache answers in place of the route.
	await page.goto(siteUrl(`${path}?paid=1500.00`));
}

const injectedRan = (page: Page) =>
	page.evaluate(() => ({
		script: 'injectedScriptRan' in window,
		style: getComputedStyle(document.getElementById('injected')!).color === 'rgb(255, 0, 0)',
	}));

describe('Content Security Policy', () => {
	it('blocks a script and a style attribute injected into a page, and only those', async () => {
		const path = '/fr/tools/refund-calculator/';
		const page = await openPage(path);
		await openInjected(page, path, { keepPolicy: true });
		expect(await injectedRan(page)).toEqual({ script: false, style: false });
		// The page's own inline code, allowed by its hash, did run.
		expect(await page.evaluate(() => 'StarlightThemeProvider' in window)).toBe(true);
		const violations = problemsOf(page).cspViolations;
		expect(violations).toHaveLength(2);
		expect(violations).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^script-src-elem blocked inline/),
				expect.stringMatching(/^style-src-attr blocked inline/),
			]),
		);
		await page.context().close();

		// The same injection without the policy runs: the policy is what stopped it.
		const unprotected = await openPage(path);
		await openInjected(unprotected, path, { keepPolicy: false });
		expect(await injectedRan(unprotected)).toEqual({ script: true, style: true });
		await unprotected.context().close();
	});

	it('blocks a script that page code inserts', async () => {
		const page = await openPage('/tools/certificate-checker/?forums=all');
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.injectedScriptRan = true';
			document.body.append(script);
		});
		expect(await page.evaluate(() => 'injectedScriptRan' in window)).toBe(false);
		expect(problemsOf(page).cspViolations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
		await page.context().close();
	});

	it('lets the theme picker work without a violation', async () => {
		const page = await openPage('/programme/', { viewport: { width: 1280, height: 800 } });
		const picker = page.locator('starlight-theme-select select').first();
		for (const theme of ['light', 'dark', 'auto'] as const) {
			await picker.selectOption(theme);
			expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).toBe(theme === 'auto' ? '' : theme);
		}
		await page.reload();
		const { consoleErrors, cspViolations } = problemsOf(page);
		expect({ consoleErrors, cspViolations }).toEqual({ consoleErrors: [], cspViolations: [] });
		await page.context().close();
	});
});
