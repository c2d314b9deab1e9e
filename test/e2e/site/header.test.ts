/**
 * The header fits in both languages at every width from 320 px: the academy's name where it fits,
 * its acronym where it does not (the name stays in the link), and selects that show their value.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';

/** What the header shows, and what of it is cut: text wider than its box, or the title running under the search button. */
async function headerAt(page: Page, width: number) {
	await page.setViewportSize({ width, height: 844 });
	return page.evaluate(() => {
		const visible = (element: Element) => element.getBoundingClientRect().width > 1 && getComputedStyle(element).visibility !== 'hidden';
		const title = document.querySelector<HTMLAnchorElement>('header a.site-title')!;
		const shown = [...title.querySelectorAll('span')].filter(visible);
		const wrapper = title.closest('.title-wrapper')!.getBoundingClientRect();
		const search = document.querySelector('header site-search button')!.getBoundingClientRect();
		const cut: string[] = [];
		for (const span of shown) {
			const box = span.getBoundingClientRect();
			if (span.scrollWidth > span.clientWidth || box.right > wrapper.right + 0.5) cut.push(`title “${span.textContent}”`);
			if (box.right > search.left) cut.push(`title “${span.textContent}” under the search button`);
		}
		const canvas = document.createElement('canvas').getContext('2d')!;
		const selects = [...document.querySelectorAll<HTMLSelectElement>('header select')].filter(visible);
		for (const select of selects) {
			const style = getComputedStyle(select);
			canvas.font = style.font;
			const text = select.selectedOptions[0]!.textContent!;
			const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
			if (canvas.measureText(text).width > room + 0.5) cut.push(`select “${text}”`);
		}
		return {
			title: shown.map((span) => span.textContent).join(' '),
			name: title.innerText.replace(/\s+/g, ' ').trim(),
			selects: selects.map((select) => select.selectedOptions[0]!.textContent),
			cut,
		};
	});
}

const pages = {
	en: { path: '/programme/', name: 'e-Academy on Labour Migration', selects: ['Auto', 'English'] },
	fr: { path: '/fr/programme/', name: 'e-Académie sur les migrations de main-d’œuvre', selects: ['Automatique', 'Français'] },
};

describe.each(['en', 'fr'] as const)('the header in %s', (language) => {
	const { path, name, selects } = pages[language];

	it.each([
		[320, 'e-LMA', []],
		[390, 'e-LMA', []],
		[1024, language === 'en' ? name : 'e-LMA', selects],
		[1440, name, selects],
	] as const)('at %i px shows “%s”, and the selects’ whole value, nothing cut', async (width, title, shownSelects) => {
		const page = await openPage(path, { viewport: { width, height: 844 } });
		const header = await headerAt(page, width);
		expect(header.cut).toEqual([]);
		expect(header.title).toBe(title);
		expect(header.selects).toEqual(shownSelects);
		// The full name stays in the link (read by screen readers where the acronym is shown).
		expect(header.name).toBe(title === name ? name : `${name} e-LMA`);
		await page.context().close();
	});

	it('cuts nothing at any width from 320 to 1920 px, on the home page and a tool page too', async () => {
		for (const page of await Promise.all(
			[path, language === 'fr' ? '/fr/' : '/', language === 'fr' ? '/fr/tools/refund-calculator/' : '/tools/refund-calculator/'].map((p) =>
				openPage(p),
			),
		)) {
			for (let width = 320; width <= 1920; width += 40) {
				expect((await headerAt(page, width)).cut, `${page.url()} at ${width} px`).toEqual([]);
			}
			await page.context().close();
		}
	});
});
