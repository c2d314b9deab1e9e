import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { edition2020, tierWindows } from '@/rules/index.ts';
import { openPage } from '../support/browser.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';

const prefixes = ['', '/fr'] as const;

const visibleAreas = (page: Page) =>
	page.$$eval('section.electives__area', (sections) =>
		sections.filter((s) => (s as HTMLElement).offsetParent !== null).map((s) => s.getAttribute('data-area')),
	);

const allAreas = edition2020.areas.map((a) => a.id);

describe.each(prefixes)('the electives filter (%s), without JavaScript', (prefix) => {
	const open = () => openPage(`${prefix}/programme/electives/`, { javaScriptEnabled: false });

	it('shows every area until one is chosen, then only that area', async () => {
		const page = await open();
		expect(await visibleAreas(page)).toEqual(allAreas);
		for (const area of allAreas) {
			await page.locator(`label:has(#electives-filter-${area})`).click();
			expect(await visibleAreas(page)).toEqual([area]);
		}
		await page.locator('label:has(#electives-filter-all)').click();
		expect(await visibleAreas(page)).toEqual(allAreas);
	});

	it('keeps the links to the areas working while another area is chosen', async () => {
		const page = await open();
		await page.locator(`label:has(#electives-filter-${allAreas[0]})`).click();
		await page.locator(`nav.electives__links a[href="#${allAreas[1]}"]`).click();
		expect(await visibleAreas(page)).toEqual([allAreas[0], allAreas[1]]);
	});

	it('works from the keyboard, as one radio group with a legend', async () => {
		const page = await open();
		await page.locator('#electives-filter-all').focus();
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(`electives-filter-${allAreas[0]}`);
		expect(await visibleAreas(page)).toEqual([allAreas[0]]);
		const name = await page.locator('fieldset.electives__filter').evaluate((f) => f.querySelector('legend')?.textContent);
		expect(name?.trim()).not.toBe('');
	});

	it('has no accessibility violation with an area chosen', async () => {
		// axe itself needs JavaScript; the page runs none of ours either way.
		const page = await openPage(`${prefix}/programme/electives/`);
		await page.locator(`label:has(#electives-filter-${allAreas[1]})`).click();
		const violations = await axeViolations(page);
		expect(violations, describeViolations(violations)).toEqual([]);
	});
});

describe.each(prefixes)('the policy tables (%s)', (prefix) => {
	it('carry the anchors the tools link to', async () => {
		const certificates = await openPage(`${prefix}/policies/certificates/`, { javaScriptEnabled: false });
		expect(await certificates.locator('#requirements table').count()).toBeGreaterThan(0);
		// How the checker finds the shortest route is explained below the checker, not on the policy page.
		expect(await certificates.locator('#cheapest-route').count()).toBe(0);
		const checker = await openPage(`${prefix}/tools/certificate-checker/`, { javaScriptEnabled: false });
		expect(await checker.locator('#cheapest-route table').count()).toBeGreaterThan(0);
		const fees = await openPage(`${prefix}/policies/fees-and-cancellation/`, { javaScriptEnabled: false });
		expect(await fees.locator('#penalties tbody tr').count()).toBe(tierWindows().length);
	});

	it.each(['/policies/certificates/', '/policies/fees-and-cancellation/', '/programme/electives/'])(
		'%s fits a 390 px phone: no sideways scrolling, one card per row of a wide table',
		async (path) => {
			const page = await openPage(`${prefix}${path}`, { viewport: { width: 390, height: 844 } });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			const rows = await page.$$eval('.policy-table--cards tbody tr', (trs) => trs.map((tr) => getComputedStyle(tr).display));
			for (const display of rows) expect(display).toBe('block');
		},
	);

	it('shows the tables as tables on a desktop screen', async () => {
		const page = await openPage(`${prefix}/policies/fees-and-cancellation/`, { viewport: { width: 1280, height: 900 } });
		expect(
			await page
				.locator('#penalties tbody tr')
				.first()
				.evaluate((tr) => getComputedStyle(tr).display),
		).toBe('table-row');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
	});
});
