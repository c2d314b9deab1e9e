import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, problemsOf, waitForIslands } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const english = '/tools/refund-calculator/';
const french = '/fr/tools/refund-calculator/';

async function openCalculator(path: string, options?: Parameters<typeof openPage>[1]): Promise<Page> {
	const page = await openPage(path, options);
	await waitForIslands(page);
	// The island fills the form (today, the query string) once hydrated; then the root carries data-ready.
	await page.waitForSelector('.refund[data-ready]');
	return page;
}

/** The contract's data attributes (README: the contract the tools keep), as the result element carries them now. */
function answer(page: Page) {
	return page
		.locator('[data-result="refund"]')
		.evaluate((element) =>
			Object.fromEntries(
				[
					'data-error',
					'data-days-before-start',
					'data-penalty-percent',
					'data-penalty-cents',
					'data-refund-cents',
					'data-uncovered-penalty-cents',
				]
					.filter((name) => element.hasAttribute(name))
					.map((name) => [name, element.getAttribute(name)]),
			),
		);
}

const quote = (days: number, percent: number, penalty: number, refund: number, uncovered = 0) => ({
	'data-days-before-start': String(days),
	'data-penalty-percent': String(percent),
	'data-penalty-cents': String(penalty),
	'data-refund-cents': String(refund),
	'data-uncovered-penalty-cents': String(uncovered),
});
const invalid = { 'data-error': 'true' };

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const verdict = async (page: Page) => plain(await page.locator('[data-verdict] > span').textContent());

/** Types a date with the keyboard, segment by segment, as a reader whose browser writes mm/dd/yyyy would. */
async function typeDate(page: Page, iso: string) {
	const [year, month, day] = iso.split('-');
	// Focusing afresh puts the caret on the first segment (the month).
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.locator('[name="notice"]').focus();
	await page.keyboard.type(`${month}${day}${year}`);
}

async function expectFieldError(page: Page, field: 'notice' | 'paid' | 'bank', message: string) {
	const input = page.locator(`[name="${field}"]`);
	expect(await input.getAttribute('aria-invalid')).toBe('true');
	const errorId = await page.locator(`.tool-field:has([name="${field}"]) .tool-field__error`).getAttribute('id');
	expect((await input.getAttribute('aria-describedby'))?.split(' ')).toContain(errorId);
	expect(plain(await page.locator(`.tool-field:has([name="${field}"]) .tool-field__error`).textContent())).toBe(message);
	expect(await answer(page)).toEqual(invalid);
	expect(await page.locator('.refund__figures').count()).toBe(0);
}

describe('refund calculator on the built site', () => {
	it('answers in English, as the brief words it', async () => {
		const page = await openCalculator(`${english}?notice=2020-10-30&paid=1000&bank=20`);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.locator('h1').textContent()).toBe('Refund calculator');
		expect(await answer(page)).toEqual(quote(10, 50, 75_000, 23_000));
		expect(await verdict(page)).toBe('You pay a penalty of €750.00 and get €230.00 back after €20.00 of bank charges.');
		expect(await page.inputValue('[name="paid"]')).toBe('1,000.00');
		expect(new URL(page.url()).search).toBe('?notice=2020-10-30&paid=1000.00&bank=20.00');
		expect(await page.locator('a[href="/e-lma-2020-en.ics"]').count()).toBe(1);
		expect(await page.locator('.refund__timeline li[aria-current="true"]').count()).toBe(1);
	});

	it('answers in French, with French amounts', async () => {
		const page = await openCalculator(`${french}?notice=2020-10-30&paid=500`);
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect(await page.locator('h1').textContent()).toBe('Calculateur de remboursement');
		expect(await answer(page)).toEqual(quote(10, 50, 75_000, 0, 25_000));
		expect(await verdict(page)).toBe('La pénalité de 750,00 € dépasse de 250,00 € le montant versé : rien ne vous est remboursé.');
		expect(plain(await page.locator('.refund__figure--uncovered').textContent())).toBe('Pénalité non couverte par votre paiement250,00 €');
		await page.fill('[name="paid"]', '1 000,50');
		await page.fill('[name="bank"]', '20,5');
		expect(await answer(page)).toEqual(quote(10, 50, 75_000, 23_000));
		expect(new URL(page.url()).search).toBe('?notice=2020-10-30&paid=1000.50&bank=20.50');
		expect(await page.locator('a[href="/fr/e-lma-2020-fr.ics"]').count()).toBe(1);
	});

	it('shows a message next to each bad value in English, and recovers', async () => {
		const page = await openCalculator(`${english}?notice=2020-10-27`);
		const cases: Array<['notice' | 'paid' | 'bank', string, string, string]> = [
			['paid', 'abc', 'Type the amount in euros with digits, for example 1,500.00.', '1,400.50'],
			['paid', '-10', 'An amount cannot be negative.', '1500'],
			['paid', '10.555', 'Use at most two decimals (cents).', '1400.5'],
			['paid', '1500.01', 'The amount paid cannot be more than the course price, €1,500.00.', '1,000'],
			['paid', '', 'Enter the amount you paid, for example 1,500.00.', '1,000.00'],
			['bank', 'x', 'Type the bank charges in euros with digits, for example 1,500.00.', '20'],
			['notice', '', 'Enter the date of your written notice.', '2020-10-27'],
		];
		for (const [field, bad, message, good] of cases) {
			await page.fill(`[name="${field}"]`, bad);
			await expectFieldError(page, field, message);
			await page.fill(`[name="${field}"]`, good);
			expect(await page.locator(`[name="${field}"]`).getAttribute('aria-invalid'), `${field} = ${good}`).toBeNull();
			expect(await page.locator(`.tool-field:has([name="${field}"]) .tool-field__error`).count()).toBe(0);
			expect((await answer(page))['data-penalty-percent']).toBe('50');
		}
		expect(await answer(page)).toEqual(quote(13, 50, 75_000, 23_000));
	});

	it('shows its messages in French, and recovers', async () => {
		const page = await openCalculator(`${french}?notice=2020-10-26`);
		await page.fill('[name="paid"]', '1,500.50');
		await expectFieldError(page, 'paid', 'Saisissez le montant en euros, en chiffres, par exemple 1 500,00.');
		expect(await verdict(page)).toBe(
			'Pas de résultat tant qu’un champ ci-dessus est à corriger : corrigez-le et la réponse s’affichera ici.',
		);
		await page.fill('[name="paid"]', '1 500');
		await page.fill('[name="bank"]', '-2');
		await expectFieldError(page, 'bank', 'Un montant ne peut pas être négatif.');
		await page.fill('[name="bank"]', '0');
		expect(await answer(page)).toEqual(quote(14, 0, 0, 150_000));
	});

	it('refuses a tampered link without running or rendering anything from it', async () => {
		const page = await openPage(
			`${english}?notice=2020-02-30&paid=${encodeURIComponent('<img src=x onerror="document.title=1">')}&bank=1e3`,
		);
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => dialogs.push(dialog.message()));
		await waitForIslands(page);
		await page.waitForSelector('.refund[data-ready]');
		expect(await answer(page)).toEqual(invalid);
		await expectFieldError(
			page,
			'notice',
			'The link you opened gives a value that cannot be used. This date does not exist on the calendar: enter a real date.',
		);
		expect(await page.locator('.refund img').count()).toBe(0);
		expect(await page.title()).not.toBe('1');
		expect(dialogs).toEqual([]);
		expect(plain(await page.locator('.tool-field:has([name="bank"]) .tool-field__error').textContent())).toContain(
			'Type the bank charges in euros',
		);
		await typeDate(page, '2020-11-02');
		await page.fill('[name="paid"]', '1500');
		await page.fill('[name="bank"]', '0');
		expect(await answer(page)).toEqual(quote(7, 100, 150_000, 0));
	});

	it('gives whoever opens a copied link the same answer, in either language', async () => {
		const page = await openCalculator(english, { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.fill('[name="notice"]', '2020-11-01');
		await page.fill('[name="paid"]', '1,234.56');
		await page.fill('[name="bank"]', '7.5');
		const shown = await answer(page);
		await page.getByRole('button', { name: 'Share' }).click();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		const url = new URL(link);
		for (const path of [english, french]) {
			const reopened = await openCalculator(`${path}${url.search}`);
			expect(await answer(reopened)).toEqual(shown);
			// A link carrying every parameter runs under the site's Content Security Policy.
			const { consoleErrors, cspViolations } = problemsOf(reopened);
			expect({ consoleErrors, cspViolations }).toEqual({ consoleErrors: [], cspViolations: [] });
		}
		expect(problemsOf(page).cspViolations).toEqual([]);
	});
});

describe('the same answer in every time zone', () => {
	const zones = ['America/Los_Angeles', 'Europe/Rome', 'Pacific/Kiritimati'];
	const expected: Record<string, ReturnType<typeof quote>> = {
		'2020-10-26': quote(14, 0, 0, 150_000),
		'2020-10-27': quote(13, 50, 75_000, 75_000),
		'2020-11-01': quote(8, 50, 75_000, 75_000),
		'2020-11-02': quote(7, 100, 150_000, 0),
	};

	it.each(zones)('%s, by link and by typing the date', async (timezoneId) => {
		for (const [notice, answerForDate] of Object.entries(expected)) {
			const byLink = await openCalculator(`${english}?notice=${notice}`, { timezoneId });
			expect(await answer(byLink), `${timezoneId} ${notice} by link`).toEqual(answerForDate);
		}
		const typed = await openCalculator(english, { timezoneId, locale: 'en-US' });
		for (const [notice, answerForDate] of Object.entries(expected)) {
			await typeDate(typed, notice);
			expect(await typed.inputValue('[name="notice"]')).toBe(notice);
			expect(await answer(typed), `${timezoneId} ${notice} typed`).toEqual(answerForDate);
			expect(new URLSearchParams(new URL(typed.url()).search).get('notice')).toBe(notice);
		}
	});

	it.each(zones)('%s: the default date is today on the reader’s own calendar', async (timezoneId) => {
		const page = await openCalculator(english, { timezoneId });
		const today = await page.evaluate(() => {
			const now = new Date();
			return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
		});
		expect(await page.inputValue('[name="notice"]')).toBe(today);
	});
});

describe('keyboard, accessibility, no JavaScript, size', () => {
	it('can be used with the keyboard alone', async () => {
		const page = await openCalculator(`${english}?notice=2020-10-26`, { locale: 'en-US' });
		await page.locator('[name="notice"]').focus();
		await page.keyboard.type('11022020');
		// Tab first walks the date's own segments, then leaves the field.
		for (
			let presses = 0;
			presses < 4 && (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)) === 'notice';
			presses++
		) {
			await page.keyboard.press('Tab');
		}
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('paid');
		await page.keyboard.press('Control+a');
		await page.keyboard.type('1000');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('bank');
		await page.keyboard.press('Control+a');
		await page.keyboard.type('20');
		expect(await answer(page)).toEqual(quote(7, 100, 150_000, 0, 50_000));
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');

		// On a wide screen the answer is beside the fields, with nothing to focus (the pinned verdict is a phone's); the notice writer, then the actions.
		for (const control of ['Write your notice', 'Share', 'Start again']) {
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(control);
		}
		await page.keyboard.press('Enter');
		expect(await page.inputValue('[name="paid"]')).toBe('1,500.00');
		expect(await page.inputValue('[name="bank"]')).toBe('0.00');
		expect((await answer(page))['data-refund-cents']).toBeDefined();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`has no axe violations with a result and with errors (${colorScheme})`, async () => {
			for (const path of [english, french]) {
				const page = await openCalculator(`${path}?notice=2020-10-30&paid=500&bank=20`, { colorScheme });
				expect(await axeViolations(page)).toEqual([]);
				await page.fill('[name="paid"]', 'abc');
				await page.fill('[name="notice"]', '');
				expect(await answer(page)).toEqual(invalid);
				expect(await axeViolations(page)).toEqual([]);
			}
		});
	}

	it('tells readers without JavaScript where the penalty table is', async () => {
		for (const [path, link] of [
			[english, '/policies/fees-and-cancellation/#penalties'],
			[french, '/fr/policies/fees-and-cancellation/#penalties'],
		]) {
			const page = await openPage(path, { javaScriptEnabled: false });
			const note = page.locator('.tool-noscript');
			expect(await note.isVisible()).toBe(true);
			expect(await note.locator(`a[href="${link}"]`).count()).toBe(1);
		}
	});

	it('keeps the island’s own script within 10 KiB gzipped', async () => {
		const page = await openCalculator(english);
		const source = await page.evaluate(async () => {
			const url = document.querySelector('astro-island[component-url*="RefundCalculator"]')!.getAttribute('component-url')!;
			return (await fetch(url)).text();
		});
		expect(gzipSync(source).length).toBeLessThanOrEqual(10 * 1024);
	});
});
