/** The sheet for the sponsor: generated facts, no JavaScript, linked, and one printed page on A4 and US Letter. */
import { describe, expect, it } from 'vitest';
import { openPage, problemsOf } from '../support/browser.ts';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
/** Pages in a PDF that Chromium wrote: one page object each ("/Type /Pages" is the tree, not a page). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

const sheets = [
	{
		path: '/sponsor-sheet/',
		fees: '/policies/fees-and-cancellation/',
		facts: ['9 November – 18 December 2020', '€1,500.00', 'Certificate of Achievement', 'Monday, 26 October 2020', 'How to pay: not stated by the course page.', 'Whom to contact: not stated by the course page.'],
	},
	{
		path: '/fr/sponsor-sheet/',
		fees: '/fr/policies/fees-and-cancellation/',
		facts: ['du 9 novembre au 18 décembre 2020', '1 500,00 €', 'certificat de réussite', 'lundi 26 octobre 2020', 'Modalités de paiement : non indiquées par la description du cours.', 'Qui contacter : non indiqué par la description du cours.'],
	},
];

describe('sheet for the sponsor', () => {
	for (const { path, fees, facts } of sheets) {
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
			it(`prints on one ${format} page (${path})`, async () => {
				const page = await openPage(path);
				const pdf = await page.pdf({ format });
				expect(pageCount(pdf)).toBe(1);
				// The check can fail: the fees page, longer, takes several pages.
				const long = await openPage(fees);
				expect(pageCount(await long.pdf({ format }))).toBeGreaterThan(1);
			});
		}
	}
});
