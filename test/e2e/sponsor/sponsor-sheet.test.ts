/**
 * The sheet for the sponsor: generated facts, linked, a title for the organization, a print button,
 * its address in print, and one printed page on A4 and US Letter in both themes, with or without JavaScript.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { openPage, problemsOf } from '../support/browser.ts';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
/** Pages in a PDF that Chromium wrote: one page object each ("/Type /Pages" is the tree, not a page). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

const sheets = [
	{
		path: '/sponsor-sheet/',
		title: 'For the organization sponsoring a participant',
		print: 'Print this sheet',
		address: 'This sheet online: ',
		fees: '/policies/fees-and-cancellation/',
		facts: [
			'9 November – 18 December 2020',
			'€1,500.00',
			'Certificate of Achievement',
			'Monday, 26 October 2020',
			'How to pay: not stated by the course page.',
			'Whom to contact: not stated by the course page.',
		],
	},
	{
		path: '/fr/sponsor-sheet/',
		title: 'À l’intention de l’organisation qui parraine un participant',
		print: 'Imprimer cette fiche',
		address: 'Cette fiche en ligne : ',
		fees: '/fr/policies/fees-and-cancellation/',
		facts: [
			'du 9 novembre au 18 décembre 2020',
			'1 500,00 €',
			'certificat de réussite',
			'lundi 26 octobre 2020',
			'Modalités de paiement : non indiquées par la description du cours.',
			'Qui contacter : non indiqué par la description du cours.',
		],
	},
];

/** The theme a reader chose, as Starlight keeps it. */
const inTheme = (theme: 'light' | 'dark'): BrowserContextOptions => ({
	storageState: {
		cookies: [],
		origins: [{ origin: new URL(inject('baseUrl')).origin, localStorage: [{ name: 'starlight-theme', value: theme }] }],
	},
});

describe('sheet for the sponsor', () => {
	for (const { path, title, print, address, fees, facts } of sheets) {
		it(`is titled for the organization, with a print button that opens the browser’s print dialog (${path})`, async () => {
			for (const viewport of [
				{ width: 390, height: 844 },
				{ width: 1440, height: 900 },
			]) {
				const page = await openPage(path, { viewport });
				expect(plain(await page.locator('h1').textContent()).trim()).toBe(title);
				const button = page.getByRole('button', { name: print, exact: true });
				expect(await button.isVisible()).toBe(true);
				expect((await button.boundingBox())!.y).toBeLessThan(viewport.height);
				await page.evaluate(() => {
					window.print = () =>
						document.documentElement.setAttribute('data-printed', String(Number(document.documentElement.dataset.printed ?? 0) + 1));
				});
				await button.click();
				expect(await page.getAttribute('html', 'data-printed')).toBe('1');
				expect(problemsOf(page).consoleErrors).toEqual([]);
				expect(problemsOf(page).cspViolations).toEqual([]);
				await page.context().close();
			}
		});

		it(`shows no print button without JavaScript, and none in print; prints its own address at the foot (${path})`, async () => {
			const noScript = await openPage(path, { javaScriptEnabled: false });
			expect(await noScript.getByRole('button', { name: print }).count()).toBe(0);
			expect(await noScript.locator('[data-print-sheet]').count()).toBe(1);
			await noScript.context().close();

			const page = await openPage(path);
			const foot = page.locator('.sponsor-sheet__address');
			expect(await foot.isVisible()).toBe(false);
			await page.emulateMedia({ media: 'print' });
			expect(await page.getByRole('button', { name: print }).isVisible()).toBe(false);
			expect(await foot.isVisible()).toBe(true);
			expect(plain(await foot.textContent())).toBe(`${address}${new URL(path, inject('siteUrl')).href}`);
			// The last line of the sheet.
			expect(await page.locator('.sponsor-sheet > :last-child').evaluate((last) => last.classList.contains('sponsor-sheet__address'))).toBe(
				true,
			);
			await page.context().close();
		});

		it(`prints on a light page in the dark theme: no dark canvas around it (${path})`, async () => {
			const page = await openPage(path, inTheme('dark'));
			const canvas = () =>
				page.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.documentElement).colorScheme]);
			// The check can fail: on screen the dark theme has a dark canvas.
			expect(await canvas()).toEqual(['dark', 'dark']);
			await page.emulateMedia({ media: 'print' });
			expect(await canvas()).toEqual(['dark', 'light']);
			expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
			await page.context().close();
		});

		it(`states the edition’s facts without JavaScript, and links to the Centre’s website (${path})`, async () => {
			const page = await openPage(path, { javaScriptEnabled: false });
			const text = plain(await page.locator('main').textContent());
			for (const fact of facts) expect(text).toContain(fact);
			expect(await page.locator('main .penalty-tiers-in-brief li').count()).toBe(3);
			expect(await page.locator('.sl-markdown-content a[href="https://www.itcilo.org"]').count()).toBe(1);
			expect(await page.locator(`nav a[href="${path}"]`).count()).toBeGreaterThan(0);
			expect(problemsOf(page).foreignRequests).toEqual([]);
			const feesPage = await openPage(fees, { javaScriptEnabled: false });
			expect(await feesPage.locator(`.sl-markdown-content a[href="${path}"]`).count()).toBe(1);
		});

		for (const format of ['A4', 'Letter'] as const) {
			it(`prints on one ${format} page, in the light and dark themes, with and without JavaScript (${path})`, async () => {
				for (const theme of ['light', 'dark'] as const) {
					for (const javaScriptEnabled of [true, false]) {
						const page = await openPage(path, { ...inTheme(theme), javaScriptEnabled });
						const pdf = await page.pdf({ format, printBackground: true });
						expect(pageCount(pdf), `${theme}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBe(1);
						await page.context().close();
					}
				}
				// The check can fail: the fees page, longer, takes several pages.
				const long = await openPage(fees);
				expect(pageCount(await long.pdf({ format }))).toBeGreaterThan(1);
			});
		}
	}
});
