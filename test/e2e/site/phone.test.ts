/** On a phone: every page, English and French, keeps a way to the other language. */
import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { builtPages, isFrench } from '../support/dist.ts';

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const pages = builtPages(inject('distDir')).map((page) => page.path);

describe('on a phone', () => {
	it.each(pages)('%s offers the language picker, in the header or in the menu', async (path) => {
		const page = await openPage(path, phone);
		const menu = page.locator('button.sl-menu-button');
		if (await menu.isVisible()) await menu.click();
		const picker = page.locator('starlight-lang-select select').filter({ visible: true });
		await expect(picker.count()).resolves.toBe(1);
		const other = isFrench(path) ? 'en' : 'fr';
		await Promise.all([
			page.waitForFunction((lang) => document.documentElement.lang === lang, other),
			picker.selectOption({ index: other === 'fr' ? 1 : 0 }),
		]);
		await page.context().close();
	});
});
