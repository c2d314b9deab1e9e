/** The tier timeline on the built site: drawn without JavaScript, readable at 320 px, the calculator's marker placed and clamped. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, waitForIslands } from '../support/browser.ts';

interface Box {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Every label of the timeline with its box on screen, and the figure's own box. */
async function labels(page: Page): Promise<{ boxes: Box[]; figure: Box }> {
	return page.locator('figure.tier-timeline').evaluate((figure) => {
		const box = (element: Element) => {
			const rect = element.getBoundingClientRect();
			return { text: element.textContent ?? '', left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
		};
		return { boxes: [...figure.querySelectorAll('text')].map(box), figure: box(figure) };
	});
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('tier timeline', () => {
	for (const path of ['/policies/fees-and-cancellation/', '/fr/policies/fees-and-cancellation/']) {
		for (const colorScheme of ['light', 'dark'] as const) {
			it(`is drawn without JavaScript, its labels apart and inside at 320 px (${path}, ${colorScheme})`, async () => {
				const page = await openPage(path, { javaScriptEnabled: false, viewport: { width: 320, height: 800 }, colorScheme });
				expect(await page.locator('figure.tier-timeline[aria-hidden="true"] svg').count()).toBe(1);
				expect(await page.locator('.tier-timeline__key').count()).toBe(3);
				const { boxes, figure } = await labels(page);
				for (const label of boxes) {
					expect(label.left, label.text).toBeGreaterThanOrEqual(figure.left - 0.5);
					expect(label.right, label.text).toBeLessThanOrEqual(figure.right + 0.5);
				}
				for (const [index, a] of boxes.entries()) {
					for (const b of boxes.slice(index + 1)) expect(overlap(a, b), `${a.text} / ${b.text}`).toBe(false);
				}
				// Text in the theme's text colour, not the page background's.
				const [fill, background] = await page.evaluate(() => [
					getComputedStyle(document.querySelector('.tier-timeline__dates')!).fill,
					getComputedStyle(document.body).backgroundColor,
				]);
				expect(fill).not.toBe(background);
			});
		}
	}

	it('marks the reader’s notice in the calculator, kept on the band', async () => {
		const page = await openPage('/tools/refund-calculator/?notice=2020-10-30');
		await waitForIslands(page);
		await page.waitForSelector('.refund[data-ready]');
		const marker = page.locator('.tier-timeline__marker');
		expect(await marker.getAttribute('data-placed')).toBe('');
		// 30 October is the tenth day of a band from 21 October to 18 December (59 days).
		expect(await marker.locator('line').getAttribute('x1')).toBe(`${Math.round((9.5 / 59) * 10_000) / 100}%`);
		await page.fill('[name="notice"]', '2031-01-01');
		expect(await marker.locator('line').getAttribute('x1')).toBe(`${Math.round((58.5 / 59) * 10_000) / 100}%`);
		await page.fill('[name="paid"]', 'abc');
		expect(await marker.getAttribute('data-placed')).toBeNull();
		expect(await marker.isVisible()).toBe(false);
	});
});
