/** Every built page, in both languages, as a browser meets it. */
import { describe, expect, inject, it } from 'vitest';
import { openPage, problemsOf, siteUrl } from '../support/browser.ts';
import { builtPages, isFrench } from '../support/dist.ts';
import { siteEdition } from '@/utils/site-edition.ts';

const pages = builtPages(inject('distDir'));

describe('every page of the built site', () => {
	it('finds both languages in the build', () => {
		expect(pages.filter((page) => isFrench(page.path)).length).toBeGreaterThanOrEqual(13);
		expect(pages.filter((page) => !isFrench(page.path)).length).toBeGreaterThanOrEqual(13);
	});

	it.concurrent.for(pages.map((page) => page.path))(
		'%s answers 200 with its language, one h1, a title and a description, and no error or CSP violation, with JavaScript on and off',
		async (path, { expect }) => {
			const response = await fetch(siteUrl(path));
			expect(response.status).toBe(200);
			const page = await openPage(path);
			await page.waitForLoadState('networkidle');
			const facts = await page.evaluate(() => ({
				lang: document.documentElement.lang,
				h1: document.querySelectorAll('h1').length,
				title: document.title.trim(),
				description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
			}));
			expect(facts.lang).toBe(isFrench(path) ? 'fr' : 'en');
			expect(facts.h1).toBe(1);
			expect(facts.title.length).toBeGreaterThan(5);
			expect(facts.description.length).toBeGreaterThan(20);
			expect(problemsOf(page)).toEqual({ consoleErrors: [], cspViolations: [], failedRequests: [], foreignRequests: [] });
			await page.context().close();
			// Without JavaScript, Chrome still reports what the policy blocks (a style, say) as a console error.
			const still = await openPage(path, { javaScriptEnabled: false });
			await still.waitForLoadState('networkidle');
			expect(problemsOf(still)).toEqual({ consoleErrors: [], cspViolations: [], failedRequests: [], foreignRequests: [] });
			await still.context().close();
		},
	);

	it.each(['/', '/fr/', '/policies/fees-and-cancellation/', '/fr/policies/fees-and-cancellation/'])(
		'%s says which edition the site describes, without JavaScript',
		async (path) => {
			const page = await openPage(path, { javaScriptEnabled: false });
			const notice = page.locator(`.edition-notice[data-edition="${siteEdition.year}"]`);
			expect(await notice.isVisible()).toBe(true);
			expect(await notice.textContent()).toContain(String(siteEdition.year));
			expect(await notice.locator('a[href="https://www.itcilo.org"]').count()).toBe(1);
			await page.context().close();
		},
	);
});
