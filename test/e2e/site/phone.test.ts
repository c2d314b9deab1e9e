/**
 * Finding the way: on a 390 × 844 phone every page, the home and 404 pages included, has the menu,
 * with a link to every page and the other language; on a desktop the same links are in the sidebar.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { builtPages, isFrench } from '../support/dist.ts';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1440, height: 900 } };
const pages = builtPages(inject('distDir')).map((page) => page.path);

const sidebar = {
	en: [
		['About the academy', '/about/'],
		['How the programme works', '/programme/'],
		['Languages', '/programme/languages/'],
		['Weekly plenary forums', '/programme/plenary-forums/'],
		['Electives', '/programme/electives/'],
		['Foundations', '/programme/foundations/'],
		['Certificates', '/policies/certificates/'],
		['Fees and cancellation', '/policies/fees-and-cancellation/'],
		['For your sponsor', '/sponsor-sheet/'],
		['Certificate path checker', '/tools/certificate-checker/'],
		['Refund calculator', '/tools/refund-calculator/'],
		['Frequently asked questions', '/faq/'],
	],
	fr: [
		['À propos de l’Académie', '/fr/about/'],
		['Déroulement du programme', '/fr/programme/'],
		['Langues', '/fr/programme/languages/'],
		['Forums pléniers hebdomadaires', '/fr/programme/plenary-forums/'],
		['Cours au choix', '/fr/programme/electives/'],
		['Fondements', '/fr/programme/foundations/'],
		['Certificats', '/fr/policies/certificates/'],
		['Frais et annulation', '/fr/policies/fees-and-cancellation/'],
		['Pour l’organisation qui vous parraine', '/fr/sponsor-sheet/'],
		['Vérificateur de parcours de certificat', '/fr/tools/certificate-checker/'],
		['Calculateur de remboursement', '/fr/tools/refund-calculator/'],
		['Questions fréquentes', '/fr/faq/'],
	],
};

/** The visible links of the sidebar, as [text, href]. */
async function visibleSidebarLinks(page: Page): Promise<string[][]> {
	const links = page.locator('#starlight__sidebar a').filter({ visible: true });
	return links.evaluateAll((elements) => elements.map((a) => [a.textContent!.trim(), a.getAttribute('href')!]));
}

describe('on a 390 × 844 phone', () => {
	it.each(pages)('%s has the menu: every page of the site, home, and the other language', async (path) => {
		const page = await openPage(path, phone);
		const language = isFrench(path) ? 'fr' : 'en';
		expect(await visibleSidebarLinks(page)).toEqual([]);
		const menu = page.locator('button.sl-menu-button');
		expect(await menu.isVisible()).toBe(true);
		await menu.click();
		expect(await visibleSidebarLinks(page)).toEqual(sidebar[language]);
		expect(await page.locator('header a.site-title').getAttribute('href')).toBe(language === 'fr' ? '/fr' : '/');
		const picker = page.locator('starlight-lang-select select').filter({ visible: true });
		expect(await picker.count()).toBe(1);
		const other = language === 'fr' ? 'en' : 'fr';
		await Promise.all([
			// While the other page loads, there is a moment without a document element.
			page.waitForFunction((lang) => document.documentElement?.lang === lang, other),
			picker.selectOption({ index: other === 'fr' ? 1 : 0 }),
		]);
		await page.context().close();
	});
});

describe('on a desktop', () => {
	it.each(pages)('%s shows every page of the site in the sidebar', async (path) => {
		const page = await openPage(path, desktop);
		expect(await page.locator('button.sl-menu-button').isVisible()).toBe(false);
		expect(await visibleSidebarLinks(page)).toEqual(sidebar[isFrench(path) ? 'fr' : 'en']);
		await page.context().close();
	});
});

const home = {
	en: {
		path: '/',
		links: [
			['Check your certificate path', '/tools/certificate-checker/'],
			['Work out a refund', '/tools/refund-calculator/'],
			['For your sponsor', '/sponsor-sheet/'],
		],
	},
	fr: {
		path: '/fr/',
		links: [
			['Vérifier votre parcours de certificat', '/fr/tools/certificate-checker/'],
			['Calculer un remboursement', '/fr/tools/refund-calculator/'],
			['Pour l’organisation qui vous parraine', '/fr/sponsor-sheet/'],
		],
	},
};

describe.each(['en', 'fr'] as const)('the home page in %s', (language) => {
	const { path, links } = home[language];
	it.each([
		['in the first screen of a phone', phone, phone.viewport.height],
		// The sidebar has them too; the hero's links come after the academy's name and dates.
		['on a desktop', desktop, Infinity],
	] as const)('links to both tools and to the sponsor sheet %s', async (_, options, screen) => {
		const page = await openPage(path, options);
		for (const [text, href] of links) {
			const link = page.locator(`main a[href="${href}"]`).filter({ hasText: text! });
			expect(await link.count(), text).toBeGreaterThan(0);
			expect(await link.first().isVisible(), text).toBe(true);
			const box = await link.first().boundingBox();
			expect(box!.y + box!.height, text).toBeLessThanOrEqual(screen);
		}
		await page.context().close();
	});
});

describe.each([
	['/404.html', ['Page not found · Page introuvable']],
	['/fr/404/', ['Page introuvable']],
] as const)('the 404 page %s', (path, headings) => {
	it.each([
		['a phone', phone],
		['a desktop', desktop],
	] as const)('has one heading and no anchor links, on %s', async (_, options) => {
		const page = await openPage(path, options);
		const texts = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').allTextContents();
		expect(texts.map((text) => text.trim())).toEqual(headings);
		expect(await page.locator('.sl-anchor-link').count()).toBe(0);
		await page.context().close();
	});
});
