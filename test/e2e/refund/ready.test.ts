/**
 * Issue 14 and issue 11 (tools part) on the built site: nothing typed before hydration is lost on a
 * slow phone; the answer beside the form on wide screens and in view from a shared link; the
 * calculator once the edition has started or ended.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, problemsOf, siteUrl, waitForIslands } from '../support/browser.ts';

const english = '/tools/refund-calculator/';
const french = '/fr/tools/refund-calculator/';
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const ready = async (page: Page) => {
	await waitForIslands(page);
	await page.waitForSelector('.refund[data-ready]');
};

describe('a slow phone', () => {
	for (const [path, paid] of [
		[english, '1,000'],
		[french, '1 000'],
	] as const) {
		it(`keeps what the reader typed before the island was ready (${path})`, async () => {
			const page = await openPage('/404.html');
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: 400,
				downloadThroughput: 50_000,
				uploadThroughput: 20_000,
			});
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			// The island's script waits until the reader has typed, as it would on a slow line.
			let release!: () => void;
			const typed = new Promise<void>((done) => (release = done));
			await page.route(/\/_astro\/RefundCalculator\.[\w-]+\.js$/, async (route) => {
				await typed;
				await route.continue();
			});
			await page.goto(siteUrl(path), { waitUntil: 'commit' });
			await page.waitForSelector('astro-island[ssr] input[name="paid"]');
			await page.locator('[name="notice"]').fill('2020-10-20');
			await page.locator('[name="paid"]').fill(paid);
			release();
			await ready(page);
			expect(await page.inputValue('[name="notice"]')).toBe('2020-10-20');
			// Kept as typed, in the reader's own way of writing it.
			expect(await page.inputValue('[name="paid"]')).toBe(paid);
			expect(await page.inputValue('[name="bank"]')).toMatch(/^0[.,]00$/);
			expect(await page.getAttribute('[data-result="refund"]', 'data-refund-cents')).toBe('100000');
			expect(new URL(page.url()).search).toBe('?notice=2020-10-20&paid=1000.00&bank=0.00');
			expect(problemsOf(page).consoleErrors).toEqual([]);
		});
	}
});

describe('the first screen', () => {
	it('shows the answer beside the form on a wide screen', async () => {
		const page = await openPage(english, { viewport: { width: 1440, height: 900 } });
		await ready(page);
		const form = (await page.locator('.refund__form').boundingBox())!;
		const answer = (await page.locator('.tool__answer').boundingBox())!;
		expect(answer.x).toBeGreaterThanOrEqual(form.x + form.width);
		expect(answer.y).toBeLessThan(form.y + form.height);
	});

	it('stacks them on a phone', async () => {
		const page = await openPage(english, { viewport: { width: 360, height: 740 } });
		await ready(page);
		const form = (await page.locator('.refund__form').boundingBox())!;
		const answer = (await page.locator('.tool__answer').boundingBox())!;
		expect(answer.y).toBeGreaterThanOrEqual(form.y + form.height);
	});

	it('keeps the title and the verdict in view when a shared link opens on a phone (390 × 844)', async () => {
		const viewport = { width: 390, height: 844 };
		const page = await openPage(`${english}?notice=2020-10-30&paid=1000&bank=20`, { viewport });
		await ready(page);
		for (const selector of ['h1', '[data-verdict]']) {
			const box = (await page.locator(selector).boundingBox())!;
			expect(box.y, selector).toBeGreaterThanOrEqual(0);
			expect(box.y + box.height, selector).toBeLessThanOrEqual(viewport.height);
		}
	});

	it('keeps the title and the answer in view when a shared link opens on a desktop (1280 × 800)', async () => {
		const viewport = { width: 1280, height: 800 };
		const page = await openPage(`${english}?notice=2020-10-30&paid=1000&bank=20`, { viewport });
		await ready(page);
		// There the pinned verdict gives way to the answer beside the fields, which the verdict heads.
		for (const selector of ['h1', '.tool__answer h2', '.refund__summary', '.refund__figure--refund']) {
			const box = (await page.locator(selector).boundingBox())!;
			expect(box.y, selector).toBeGreaterThanOrEqual(0);
			expect(box.y + box.height, selector).toBeLessThanOrEqual(viewport.height);
		}
	});
});

describe('the edition on the reader’s day', () => {
	const cases = [
		['2020-10-30T10:00:00', null, '50'],
		['2020-11-20T10:00:00', 'running', '100'],
		['2021-01-05T10:00:00', 'ended', '100'],
	] as const;
	for (const path of [english, french]) {
		for (const [time, stage, percent] of cases) {
			it(`on ${time.slice(0, 10)}: ${stage ?? 'upcoming'} (${path})`, async () => {
				const page = await openPage('/404.html', { timezoneId: 'Europe/Rome' });
				await page.clock.setFixedTime(new Date(`${time}+01:00`));
				await page.goto(siteUrl(path));
				await ready(page);
				const note = page.locator('[data-edition-status]');
				if (stage === null) {
					expect(plain(await note.textContent())).toBe(
						path === english ? 'The course starts on 9 November 2020.' : 'Le cours commence le 9 novembre 2020.',
					);
				} else {
					expect(await note.getAttribute('data-edition-status')).toBe(stage);
					const text = plain(await note.textContent());
					expect(text).toBe(
						path === english
							? stage === 'running'
								? 'The course began on 9 November 2020: a notice sent now carries a penalty of 100% of the course price.'
								: 'The course ended on 18 December 2020: a notice sent now carries a penalty of 100% of the course price.'
							: stage === 'running'
								? 'Le cours a commencé le 9 novembre 2020 : une notification envoyée maintenant entraîne une pénalité de 100 % du prix du cours.'
								: 'Le cours a pris fin le 18 décembre 2020 : une notification envoyée maintenant entraîne une pénalité de 100 % du prix du cours.',
					);
					// One line, on a phone too.
					expect((await note.boundingBox())!.height).toBeLessThan(100);
					// Above the form.
					const [noteBox, formBox] = [await note.boundingBox(), await page.locator('.refund__form').boundingBox()];
					expect(noteBox!.y + noteBox!.height).toBeLessThanOrEqual(formBox!.y);
				}
				// Today is the default date, and the answer stands for it.
				expect(await page.inputValue('[name="notice"]')).toBe(time.slice(0, 10));
				expect(await page.getAttribute('[data-result="refund"]', 'data-penalty-percent')).toBe(percent);
				// Any date typed still gets its answer.
				await page.fill('[name="notice"]', '2020-10-20');
				expect(await page.getAttribute('[data-result="refund"]', 'data-penalty-percent')).toBe('0');
			});
		}
	}
});
