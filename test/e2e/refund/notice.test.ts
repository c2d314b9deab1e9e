/** The notice writer on the built site: loaded on demand, in both languages, by keyboard, printable alone. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, problemsOf, waitForIslands } from '../support/browser.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function openCalculator(path: string, options?: Parameters<typeof openPage>[1]): Promise<{ page: Page; scripts: string[] }> {
	const page = await openPage(path, options);
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await waitForIslands(page);
	await page.waitForSelector('.refund[data-ready]');
	return { page, scripts };
}

/** Opens the writer from the keyboard: focus its control, press Enter. */
async function openWriterByKeyboard(page: Page) {
	await page.locator('[data-notice-open]').focus();
	await page.keyboard.press('Enter');
	await page.waitForSelector('[data-notice-text]');
	expect(await page.getAttribute('[data-notice-open]', 'aria-expanded')).toBe('true');
}

const cases = [
	{
		path: '/tools/refund-calculator/',
		control: 'Write your notice',
		nameLabel: 'Your name',
		expected: [
			'International Training Centre of the ILO (ITCILO)\n\n30 October 2020\n\nSubject: Cancellation of my participation in the e-Academy on Labour Migration (e-LMA)',
			'Dear Sir or Madam,',
			'I hereby give you written notice that I cancel my participation in the e-Academy on Labour Migration (e-LMA), held from 9 November to 18 December 2020.',
			'I paid €1,000.00 for the course.',
			'- Penalty withheld from my payment: €750.00\n- Bank charges deducted: €20.00\n- Refund due to me: €230.00',
			'Yours faithfully,\nAmina Diallo',
		],
		noAddress: 'The course description gives no e-mail address: add the Centre’s address yourself.',
	},
	{
		path: '/fr/tools/refund-calculator/',
		control: 'Rédiger votre notification',
		nameLabel: 'Votre nom',
		expected: [
			'Centre international de formation de l’OIT (CIF-OIT)\n\nLe 30 octobre 2020\n\nObjet : Annulation de ma participation à l’e-Académie sur les migrations de main-d’œuvre (e-LMA)',
			'Madame, Monsieur,',
			'Par la présente, je vous informe de l’annulation de ma participation à l’e-Académie sur les migrations de main-d’œuvre (e-LMA), organisée du 9 novembre au 18 décembre 2020.',
			'J’ai versé 1 000,00 € au titre de ma participation.',
			'– Pénalité retenue sur mon paiement : 750,00 €\n– Frais bancaires déduits : 20,00 €\n– Remboursement qui m’est dû : 230,00 €',
			'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.\nAmina Diallo',
		],
		noAddress: 'La description du cours ne donne aucune adresse électronique : ajoutez vous-même l’adresse du Centre.',
	},
];

describe('notice writer on the built site', () => {
	for (const { path, control, nameLabel, expected, noAddress } of cases) {
		it(`loads on demand and writes the notice with the keyboard (${path})`, async () => {
			const { page, scripts } = await openCalculator(`${path}?notice=2020-10-30&paid=1000&bank=20`);
			expect(await page.locator('[data-notice-open]').textContent()).toBe(control);
			expect(scripts.some((script) => script.includes('NoticeWriter'))).toBe(false);
			await openWriterByKeyboard(page);
			expect(scripts.some((script) => script.includes('NoticeWriter'))).toBe(true);

			// Tab from the control reaches the request, then the name.
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('notice-request');
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('notice-name');
			expect(await page.getByLabel(nameLabel, { exact: true }).count()).toBe(1);
			await page.keyboard.type('Amina Diallo');

			const text = plain(await page.locator('[data-notice-text]').inputValue());
			for (const part of expected) expect(text).toContain(part);
			const href = (await page.getAttribute('[data-notice-mailto]', 'href'))!;
			expect(href).toMatch(/^mailto:\?subject=[^&]+&body=/);
			expect(decodeURIComponent(href)).toContain('Amina Diallo');
			expect(plain(await page.locator('.refund-letter__address').textContent())).toBe(noAddress);
			expect(page.url()).not.toContain('Amina');
			expect(problemsOf(page)).toEqual({ consoleErrors: [], cspViolations: [], failedRequests: [], foreignRequests: [] });
		});
	}

	it('shows a missing name next to its field and never renders a name as HTML', async () => {
		const { page } = await openCalculator('/tools/refund-calculator/?notice=2020-10-20');
		await openWriterByKeyboard(page);
		await page.getByRole('button', { name: 'Copy the text' }).click();
		const name = page.locator('[name="notice-name"]');
		expect(await name.getAttribute('aria-invalid')).toBe('true');
		expect(plain(await page.locator('.refund-letter .tool-field__error').textContent())).toBe(
			'Enter your name: the notice must say who sends it.',
		);
		await name.fill('<img src=x onerror="document.title=1">');
		expect(await page.locator('.refund-letter img').count()).toBe(0);
		expect(await page.title()).not.toBe('1');
		await name.fill('x'.repeat(500));
		expect(plain(await page.locator('.refund-letter .tool-field__error').textContent())).toBe(
			'This is too long: use at most 200 characters.',
		);
		await page.getByLabel('Be substituted by another candidate').check();
		await name.fill('Amina');
		await page.locator('[name="notice-other"]').fill('Jean');
		expect(plain(await page.locator('[data-notice-text]').inputValue())).toContain('and ask to be substituted by another candidate, Jean.');
		expect(page.url()).not.toMatch(/Amina|Jean/);
	});

	it('prints the letter alone with its own action, and the answer with the page’s Print', async () => {
		const { page } = await openCalculator('/tools/refund-calculator/?notice=2020-10-30');
		await openWriterByKeyboard(page);
		await page.locator('[name="notice-name"]').fill('Amina');
		await page.evaluate(() => {
			(window as unknown as { printed: string[] }).printed = [];
			window.print = () => (window as unknown as { printed: string[] }).printed.push(document.documentElement.className);
		});
		const visible = (selector: string) =>
			page.locator(selector).evaluate((element) => element.checkVisibility({ visibilityProperty: true }));

		await page.getByRole('button', { name: 'Print the notice' }).click();
		// The print stub returns at once; the class stays until 'afterprint', as while a print dialog is open.
		await page.emulateMedia({ media: 'print' });
		expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual([
			expect.stringContaining('refund-print-letter'),
		]);
		expect(await visible('body > .refund-letter-sheet')).toBe(true);
		expect(await visible('.tool__answer')).toBe(false);
		expect(await visible('h1')).toBe(false);
		await page.evaluate(() => dispatchEvent(new Event('afterprint')));
		expect(await page.locator('.refund-letter-sheet').count()).toBe(0);
		expect(await visible('.tool__answer')).toBe(true);
		expect(await visible('.refund-letter')).toBe(false);
	});

	for (const path of ['/tools/refund-calculator/', '/fr/tools/refund-calculator/']) {
		it(`prints the letter, as the reader edited it, on one page (${path})`, async () => {
			const { page } = await openCalculator(`${path}?notice=2020-10-20&paid=1000&bank=20`);
			await openWriterByKeyboard(page);
			await page.locator('[name="notice-name"]').fill('Amina Diallo');
			const text = page.locator('[data-notice-text]');
			await text.fill(`${await text.inputValue()}\nPS: edited by hand.`);
			// The print dialog is stubbed; the page is then printed as a PDF while the letter's sheet is in place.
			await page.evaluate(() => (window.print = () => {}));
			for (const format of ['A4', 'Letter'] as const) {
				// Printing a PDF ends with 'afterprint', which takes the sheet away: print the letter again for each.
				await page.locator('.refund-letter__actions button:last-of-type').click();
				expect(await page.locator('body > .refund-letter-sheet').textContent()).toContain('PS: edited by hand.');
				const pdf = await page.pdf({ format });
				expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length, format).toBe(1);
			}
		});
	}

	for (const path of ['/tools/refund-calculator/', '/fr/tools/refund-calculator/']) {
		it(`shows the whole letter on a phone, with no scroller of its own, as it grows and as the screen narrows and widens (${path})`, async () => {
			const { page } = await openCalculator(`${path}?notice=2020-10-20&paid=1000&bank=20`, { viewport: { width: 390, height: 844 } });
			await openWriterByKeyboard(page);
			const text = page.locator('[data-notice-text]');
			const fits = () =>
				page.waitForFunction(() => {
					const area = document.querySelector('[data-notice-text]')!;
					return area.scrollHeight <= area.clientHeight;
				});
			const height = async () => (await text.boundingBox())!.height;
			await fits();
			const before = await height();
			await text.fill(`${await text.inputValue()}\n${'A sentence the reader adds, long enough to wrap on a phone. '.repeat(4)}`);
			await fits();
			const grown = await height();
			expect(grown).toBeGreaterThan(before);
			await page.setViewportSize({ width: 320, height: 700 });
			await fits();
			const narrow = await height();
			expect(narrow).toBeGreaterThan(grown);
			// Wider again, it is as short as the text allows: no room left over at the bottom.
			await page.setViewportSize({ width: 390, height: 844 });
			await page.waitForFunction((tall) => document.querySelector('[data-notice-text]')!.getBoundingClientRect().height < tall, narrow);
			expect(await height()).toBe(grown);
			await page.context().close();
		});
	}

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`has no axe violations with the writer open (${colorScheme})`, async () => {
			for (const path of ['/tools/refund-calculator/', '/fr/tools/refund-calculator/']) {
				const { page } = await openCalculator(`${path}?notice=2020-10-20`, { colorScheme });
				await openWriterByKeyboard(page);
				await page.locator('[name="notice-request"][value="substitute"]').check();
				await page.locator('[data-notice-mailto]').click();
				const violations = await axeViolations(page);
				expect(violations, describeViolations(violations)).toEqual([]);
			}
		});
	}
});
