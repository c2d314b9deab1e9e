/** axe finds nothing on any page, in the light and in the dark theme. */
import { describe, inject, it } from 'vitest';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { openPage, waitForIslands } from '../support/browser.ts';
import { builtPages } from '../support/dist.ts';

const pages = builtPages(inject('distDir')).map((page) => page.path);

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (theme) => {
	it.concurrent.for(pages)('%s has no axe violation', async (path, { expect }) => {
		// Starlight's default theme follows the system's colour scheme.
		const page = await openPage(path, { colorScheme: theme });
		await waitForIslands(page);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
		const violations = await axeViolations(page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await page.context().close();
	});
});
