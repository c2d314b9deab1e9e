/**
 * What the tools' shell (src/islands/shared/) gives every tool that uses it: Share, Start again and
 * Print in one row, one short live sentence, the one-line verdict on a phone's first screen, and a
 * visible focus on its buttons, in both tools; on a phone, the pinned verdict giving way to the
 * answer. And how both wake up: once the browser is idle (`client:onIdle`, src/islands/directives/on-idle.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, waitForIslands } from '../support/browser.ts';

const tools = [
	{
		path: '/tools/certificate-checker/?forums=all&electives=skills,statistics',
		actions: ['Share', 'Start again', 'Print'],
		summary: 'Reached now: Certificate of Participation.',
		copied: 'Link copied: anyone who opens it sees the same answer.',
	},
	{
		path: '/fr/tools/certificate-checker/?forums=all&electives=skills,statistics',
		actions: ['Partager', 'Recommencer', 'Imprimer'],
		summary: 'Conditions déjà remplies\u00a0: certificat de participation.',
		copied: 'Lien copié\u00a0: toute personne qui l’ouvre voit la même réponse.',
	},
	{
		path: '/tools/refund-calculator/?notice=2020-10-20',
		actions: ['Share', 'Start again', 'Print'],
		summary: 'You pay no penalty and get €1,500.00 back.',
		copied: 'Link copied: anyone who opens it sees the same answer.',
	},
	{
		path: '/fr/tools/refund-calculator/?notice=2020-10-20',
		actions: ['Partager', 'Recommencer', 'Imprimer'],
		summary: 'Vous ne payez aucune pénalité et êtes remboursé de 1\u202f500,00\u00a0€.',
		copied: 'Lien copié\u00a0: toute personne qui l’ouvre voit la même réponse.',
	},
];

async function openTool(path: string, options?: Parameters<typeof openPage>[1]): Promise<Page> {
	const page = await openPage(path, options);
	await waitForIslands(page);
	await page.waitForSelector('.tool[data-ready]');
	return page;
}

describe.each(tools)('$path', ({ path, actions, summary, copied }) => {
	it('has one row of actions: Share, Start again, Print', async () => {
		const page = await openTool(path);
		expect(await page.locator('.tool__actions').getByRole('button').allTextContents()).toEqual(actions);
		expect(await page.locator('[data-share]').count()).toBe(1);
		await page.context().close();
	});

	it('shares a summary line and the link where the browser has the Web Share API', async () => {
		const page = await openPage('/404.html');
		await page.addInitScript(() => {
			const shared: ShareData[] = [];
			Object.assign(window, { shared });
			Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
		});
		await page.goto(new URL(path, page.url()).href);
		await page.waitForSelector('.tool[data-ready]');
		await page.locator('[data-share]').click();
		const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
		expect(shared).toEqual([{ title: await page.title(), text: summary, url: page.url() }]);
		// Nothing copied, nothing said: the share sheet was the answer.
		expect(await page.locator('.tool-actions__status').textContent()).toBe('');
		await page.context().close();
	});

	it('copies the link where the browser cannot share, and says so', async () => {
		const page = await openTool(path);
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
		await page.locator('[data-share]').click();
		await page.locator('.tool-actions__status', { hasText: copied }).waitFor();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
		await page.context().close();
	});

	it('shows the one-line verdict on the first screen of a phone, and says one short sentence after a change', async () => {
		const page = await openTool(path, { viewport: { width: 390, height: 844 } });
		const verdict = await page.locator('[data-verdict]').evaluate((element) => {
			const { top, bottom } = element.getBoundingClientRect();
			const { visibility, opacity } = getComputedStyle(element);
			return top >= 0 && bottom <= innerHeight && visibility === 'visible' && opacity === '1';
		});
		expect(verdict).toBe(true);
		const live = page.locator('.tool > [role="status"]');
		expect(await live.count()).toBe(1);
		await page.locator('.tool__actions').getByRole('button', { name: actions[1] }).click();
		const said = (await live.textContent())!;
		expect(said.length).toBeGreaterThan(0);
		expect(said.length).toBeLessThanOrEqual(200);
		await page.context().close();
	});

	it('shows the focus on its buttons with a ring of the text colour, on a band of the page’s background', async () => {
		const page = await openTool(path, { viewport: { width: 1280, height: 800 } });
		const share = page.locator('[data-share]');
		await share.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-share'))).toBe(true);
		const ring = await share.evaluate((button) => {
			const style = getComputedStyle(button);
			return { outline: style.outlineStyle, width: style.outlineWidth, band: style.boxShadow !== 'none' };
		});
		expect(ring).toEqual({ outline: 'solid', width: '2px', band: true });
		await page.context().close();
	});
});

describe.each([
	{
		path: '/tools/certificate-checker/',
		toAnswer: 'See the full answer',
		verdict: 'No certificate reached yet.',
		answer:
			'No certificate yet; for the Certificate of Participation you still need 6 plenary forums and 2 more electives (one of them a key elective).',
	},
	{
		path: '/fr/tools/refund-calculator/',
		toAnswer: 'Voir la réponse complète',
		verdict: 'Vous payez une pénalité de 1\u202f500,00\u00a0€\u00a0; rien ne vous est remboursé.',
		answer: 'Vous payez une pénalité de 1\u202f500,00\u00a0€\u00a0; rien ne vous est remboursé.',
	},
])('$path on a phone', ({ path, toAnswer, verdict, answer }) => {
	it('pins the verdict over the inputs and lets it go once the answer says it', async () => {
		const page = await openTool(path, { viewport: { width: 390, height: 844 } });
		const pinned = page.locator('.tool__verdict');
		const shown = () =>
			pinned.evaluate((element) => getComputedStyle(element).visibility === 'visible' && getComputedStyle(element).opacity === '1');
		expect(await page.locator('.tool__verdict > span').textContent()).toBe(verdict);
		expect(await shown()).toBe(true);
		// From the keyboard: focusing the link moves nothing and keeps it in view (a pointer click would first scroll it to the middle of the screen).
		await pinned.getByRole('link', { name: toAnswer }).focus();
		expect(await page.evaluate(() => scrollY)).toBe(0);
		expect(await shown()).toBe(true);
		await page.keyboard.press('Enter');
		// The answer lands just under the header (Starlight's own scroll padding), its heading and verdict in view.
		await page.waitForFunction(() => {
			const top = document.querySelector('.tool__answer')!.getBoundingClientRect().top;
			return location.hash !== '' && top >= 56 && top <= 84;
		});
		await page.waitForFunction(() => getComputedStyle(document.querySelector('.tool__verdict')!).visibility === 'hidden');
		const said = (await page.locator('.tool__answer').getByText(answer).boundingBox())!;
		expect(said.y + said.height).toBeLessThanOrEqual(844);
		await page.evaluate(() => scrollTo(0, 0));
		await page.waitForFunction(() => getComputedStyle(document.querySelector('.tool__verdict')!).opacity === '1');
		expect(await shown()).toBe(true);
		await page.context().close();
	});
});

describe.each(['/tools/certificate-checker/', '/fr/tools/refund-calculator/'])('%s', (path) => {
	it('fetches and hydrates the island only once the browser is idle', async () => {
		const page = await openPage('/404.html');
		// The browser's idle callbacks are held until the test runs them.
		await page.addInitScript(() => {
			const idle: IdleRequestCallback[] = [];
			Object.assign(window, { idle, requestIdleCallback: (callback: IdleRequestCallback) => idle.push(callback) });
		});
		const islandCode: string[] = [];
		page.on('request', (request) => {
			const file = new URL(request.url()).pathname.match(/^\/_astro\/(client|CertificateChecker|RefundCalculator)\./)?.[1];
			if (file) islandCode.push(file);
		});
		await page.goto(new URL(path, page.url()).href, { waitUntil: 'load' });
		expect(islandCode).toEqual([]);
		expect(await page.locator('.tool[data-ready]').count()).toBe(0);
		await page.evaluate(() => {
			for (const callback of (window as unknown as { idle: IdleRequestCallback[] }).idle)
				callback({ didTimeout: false, timeRemaining: () => 50 });
		});
		await page.waitForSelector('.tool[data-ready]');
		expect(islandCode.sort()).toEqual([path.includes('refund') ? 'RefundCalculator' : 'CertificateChecker', 'client']);
		await page.context().close();
	});
});
