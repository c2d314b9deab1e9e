/**
 * Issue 19 on the built site, for the refund calculator: the answer first on a phone and beside the
 * fields on a desktop, act now, the amounts as readers type them, one short live sentence, visible
 * focus, and a timeline that does not glare in the dark theme.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { openPage, siteUrl, waitForIslands } from '../support/browser.ts';

const english = '/tools/refund-calculator/';
const french = '/fr/tools/refund-calculator/';
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** Opens `path` with the reader's clock at `now` (Rome), once the island is ready. */
async function openAt(path: string, now: string, options: BrowserContextOptions = {}): Promise<Page> {
	const page = await openPage('/404.html', { timezoneId: 'Europe/Rome', ...options });
	await page.clock.setFixedTime(new Date(`${now}+01:00`));
	await page.goto(siteUrl(path));
	await waitForIslands(page);
	await page.waitForSelector('.refund[data-ready]');
	return page;
}

const verdict = async (page: Page) => plain(await page.locator('[data-verdict] > span').textContent());
const actNow = async (page: Page) => plain(await page.locator('.refund__act-now').textContent());
const inView = async (page: Page, selector: string, height: number) => {
	const box = (await page.locator(selector).first().boundingBox())!;
	return box.y >= 0 && box.y + box.height <= height;
};

/** Relative luminance and contrast ratio (WCAG) of `rgb(…)` colours. */
function luminance(color: string): number {
	const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
		const channel = Number(value) / 255;
		return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
};

describe('the first screen of a phone (390 × 844)', () => {
	for (const path of [english, french]) {
		it(`shows at most two sentences, then the verdict and the first input (${path})`, async () => {
			const page = await openAt(path, '2020-10-20T10:00:00', { viewport: phone });
			const before = await page.evaluate(() => {
				const island = document.querySelector('astro-island')!;
				const content = island.closest('.sl-markdown-content')!;
				return [...content.querySelectorAll(':scope > p')]
					.filter((p) => p.compareDocumentPosition(island) & Node.DOCUMENT_POSITION_FOLLOWING)
					.map((p) => p.textContent ?? '')
					.join(' ');
			});
			expect(before.match(/[.?!](\s|$)/g)?.length).toBeLessThanOrEqual(2);
			expect(await inView(page, '[data-verdict]', phone.height)).toBe(true);
			expect(await inView(page, '[name="notice"]', phone.height)).toBe(true);
			// The calculator, answer included, in at most five screens.
			expect((await page.locator('.refund').boundingBox())!.height).toBeLessThanOrEqual(5 * phone.height);
		});
	}

	it('states the edition in one line once it has ended', async () => {
		const page = await openAt(english, '2021-01-05T10:00:00', { viewport: phone });
		const status = page.locator('[data-edition-status]');
		expect(plain(await status.textContent())).toBe(
			'The course ended on 18 December 2020: a notice sent now carries a penalty of 100% of the course price.',
		);
		expect(await inView(page, '[name="notice"]', phone.height)).toBe(true);
	});
});

describe('a desktop (1280 × 800)', () => {
	it('puts the answer beside the fields, with no scroller of its own, the title and what to do now in view', async () => {
		const page = await openAt(`${english}?notice=2020-11-03&paid=750`, '2020-10-20T10:00:00', { viewport: desktop });
		const form = (await page.locator('.refund__form').boundingBox())!;
		const answer = (await page.locator('.tool__answer').boundingBox())!;
		expect(answer.x).toBeGreaterThanOrEqual(form.x + form.width);
		expect(answer.y).toBeLessThan(form.y + form.height);
		for (const selector of ['h1', '.refund__act-now', '.tool__answer h2', '.refund__summary']) {
			expect(await inView(page, selector, desktop.height), selector).toBe(true);
		}
		const scrollers = await page.evaluate(
			() =>
				[...document.querySelectorAll('.refund, .refund *')].filter((element) => {
					const { overflowY } = getComputedStyle(element);
					return /auto|scroll/.test(overflowY) && element.scrollHeight > element.clientHeight + 1 && element.tagName !== 'TEXTAREA';
				}).length,
		);
		expect(scrollers).toBe(0);
	});
});

describe('act now', () => {
	const cases = [
		{
			path: english,
			viewport: phone,
			verdict: 'The penalty of €1,500.00 is €750.00 more than you paid: you get nothing back.',
			actNow: 'Send your notice by 26 October 2020: you would get €750.00 back.',
		},
		{
			path: french,
			viewport: desktop,
			verdict: 'La pénalité de 1 500,00 € dépasse de 750,00 € le montant versé : rien ne vous est remboursé.',
			actNow: 'Envoyez votre notification au plus tard le 26 octobre 2020 : vous seriez remboursé de 750,00 €.',
		},
	];
	for (const { path, viewport, verdict: expected, actNow: expectedActNow } of cases) {
		it(`says by which date, and for how much, on 20 October for a notice planned on 3 November (${path}, ${viewport.width} px)`, async () => {
			const page = await openAt(`${path}?notice=2020-11-03&paid=750`, '2020-10-20T10:00:00', { viewport });
			expect(await verdict(page)).toBe(expected);
			expect(await actNow(page)).toBe(expectedActNow);
			const result = page.locator('[data-result="refund"]');
			expect(await result.getAttribute('data-better-by')).toBe('2020-10-26');
			expect(await result.getAttribute('data-better-refund-cents')).toBe('75000');
			expect(await inView(page, '.refund__act-now', viewport.height)).toBe(true);
			// Planned within the best tier: nothing to add, and neither attribute.
			await page.fill('[name="notice"]', '2020-10-25');
			expect(await page.locator('.refund__act-now').count()).toBe(0);
			expect(await result.getAttribute('data-better-by')).toBeNull();
			expect(await result.getAttribute('data-better-refund-cents')).toBeNull();
		});
	}

	it('is said to a screen reader in one short sentence or two after a change; the full answer is not live', async () => {
		const page = await openAt(`${french}?notice=2020-11-02`, '2020-10-20T10:00:00');
		await page.fill('[name="paid"]', '750');
		const live = await page.evaluate(() =>
			[...document.querySelectorAll('[aria-live], [role="status"], [role="alert"]')]
				.filter((element) => element.closest('.refund') && (element.textContent ?? '').trim())
				.map((element) => element.textContent ?? ''),
		);
		expect(live.map(plain)).toEqual([
			'La pénalité de 1 500,00 € dépasse de 750,00 € le montant versé : rien ne vous est remboursé. Envoyez votre notification au plus tard le 26 octobre 2020 : vous seriez remboursé de 750,00 €.',
		]);
		expect(live[0]!.length).toBeLessThanOrEqual(200);
		expect(await page.locator('[data-result="refund"]').evaluate((element) => element.closest('[aria-live], [role="status"]'))).toBeNull();
	});
});

describe('amounts as readers type them', () => {
	for (const [path, viewport, prefilled] of [
		[english, phone, '1,500.00'],
		[french, desktop, '1 500,00'],
	] as const) {
		it(`replace the prefilled amount when typed into it, by tap or by keyboard (${path})`, async () => {
			const page = await openAt(`${path}?notice=2020-10-20`, '2020-10-20T10:00:00', { viewport });
			const paid = page.locator('[name="paid"]');
			expect(plain(await paid.inputValue())).toBe(prefilled);
			await paid.click();
			await page.keyboard.type('750');
			expect(await paid.inputValue()).toBe('750');
			expect(await page.getAttribute('[data-result="refund"]', 'data-refund-cents')).toBe('75000');
			// From the keyboard: Tab into the field, type.
			await page.locator('[name="bank"]').focus();
			await page.keyboard.press('Shift+Tab');
			await page.keyboard.type('1000');
			expect(await paid.inputValue()).toBe('1000');
			expect(await page.getAttribute('[data-result="refund"]', 'data-refund-cents')).toBe('100000');
		});
	}

	it('reads 750,00 on the English page as €750.00', async () => {
		const page = await openAt(`${english}?notice=2020-10-30`, '2020-10-30T10:00:00', { viewport: phone });
		await page.fill('[name="paid"]', '750,00');
		expect(await page.getAttribute('[name="paid"]', 'aria-invalid')).toBeNull();
		expect(await verdict(page)).toBe('You pay a penalty of €750.00 and get nothing back.');
		expect(new URL(page.url()).search).toBe('?notice=2020-10-30&paid=750.00&bank=0.00');
		await page.fill('[name="paid"]', '1,200');
		expect(await page.getAttribute('[data-result="refund"]', 'data-refund-cents')).toBe('45000');
	});
});

describe('focus', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`is visible on every control of the calculator, at 3:1 at least (${colorScheme})`, async () => {
			const page = await openAt(`${english}?notice=2020-10-20&paid=abc`, '2020-10-20T10:00:00', { viewport: phone, colorScheme });
			await page.locator('[data-notice-open]').click();
			await page.waitForSelector('[data-notice-text], .refund-letter__note');
			await page.fill('[name="paid"]', '1000');
			await page.waitForSelector('[data-notice-text]');
			await page.locator('[name="notice-request"][value="substitute"]').check();
			await page.locator('[name="notice"]').focus();
			const seen: string[] = [];
			for (let step = 0; step < 40; step++) {
				const focused = await page.evaluate(() => {
					const element = document.activeElement as HTMLElement;
					const style = getComputedStyle(element);
					// An outline drawn outside the control is seen against what is behind it.
					let background = 'rgba(0, 0, 0, 0)';
					const start = parseFloat(style.outlineOffset) >= 0 ? element.parentElement : element;
					for (let node: Element | null = start; node && /rgba\(.*, 0\)|transparent/.test(background); node = node.parentElement) {
						background = getComputedStyle(node).backgroundColor;
					}
					if (/rgba\(.*, 0\)|transparent/.test(background)) background = getComputedStyle(document.body).backgroundColor;
					const box = element.getBoundingClientRect();
					// Starlight's header is pinned on top: what it covers is not in view.
					const top = document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0;
					return {
						name: `${element.tagName} ${element.getAttribute('name') ?? element.textContent?.trim().slice(0, 30)}`,
						inside: Boolean(element.closest('.refund, .refund-tiers, .refund__readings')),
						outline: style.outlineStyle,
						width: parseFloat(style.outlineWidth),
						color: style.outlineColor,
						background,
						// Whole, or for a text taller than the screen (the letter), its part with the caret.
						visible:
							box.height < innerHeight / 2 ? box.top >= top - 1 && box.bottom <= innerHeight : box.top < innerHeight && box.bottom > top,
					};
				});
				if (!focused.inside) break;
				seen.push(focused.name);
				expect(focused.outline, focused.name).not.toBe('none');
				expect(focused.width, focused.name).toBeGreaterThanOrEqual(2);
				expect(contrast(focused.color, focused.background), focused.name).toBeGreaterThanOrEqual(3);
				expect(focused.visible, `${focused.name} in view`).toBe(true);
				await page.keyboard.press('Tab');
			}
			expect(seen.length).toBeGreaterThan(8);
		});
	}
});

describe('the timeline in the dark theme', () => {
	for (const path of [english, '/policies/fees-and-cancellation/']) {
		it(`draws no tier in glaring white (${path})`, async () => {
			const page = await openPage(path, { colorScheme: 'dark' });
			const inks = await page.evaluate(() =>
				[...document.querySelectorAll('.tier-timeline pattern rect')].map((rect) => getComputedStyle(rect).fill),
			);
			expect(inks.length).toBeGreaterThan(0);
			for (const ink of inks) expect(luminance(ink), ink).toBeLessThan(0.6);
		});
	}
});
