/**
 * French typography in what the two tools say on their French pages, as a reader meets it after
 * each kind of answer: the verdict, the answer, the live sentence, the messages next to a wrong
 * field, and the letter the refund calculator writes (its text and its e-mail link).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, waitForIslands } from '../support/browser.ts';
import { ordinarySpaceFaults } from '../support/french.ts';

const opened: Page[] = [];

afterAll(async () => {
	for (const page of opened) await page.context().close();
});

async function openTool(path: string): Promise<Page> {
	const page = await openPage(path);
	opened.push(page);
	await waitForIslands(page);
	await page.locator('[data-ready]').waitFor();
	return page;
}

/** What the tool says: its text as shown, and the labels and titles read out. */
async function toolText(page: Page): Promise<string> {
	const tool = page.locator('[data-ready]');
	const shown = await tool.innerText();
	const read = await tool.evaluate((root) =>
		[...root.querySelectorAll('[aria-label], [title]')].map(
			(element) => `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('title') ?? ''}`,
		),
	);
	return [shown, ...read].join('\n');
}

/** Faults of French typography: an ordinary space before : ; ? ! or inside « », or a straight apostrophe. */
function faults(text: string): string[] {
	return [...ordinarySpaceFaults(text), ...[...text.matchAll(/\S{0,12}'\S{0,12}/g)].map((match) => match[0])];
}

describe('the certificate path checker in French', () => {
	it.each([
		['nothing chosen yet', ''],
		['forums done, no elective', '?forums=all'],
		['a certificate reached', '?forums=all&electives=statistics,labour-migration-policy,bilateral-agreements&essay=1'],
		['a plan', '?forums=all&electives=statistics&planned=fair-recruitment,refugees-labour-market&essay=planned'],
		['an unknown id in the link', '?forums=all&electives=nonexistent'],
	])('%s', async (_, query) => {
		const page = await openTool(`/fr/tools/certificate-checker/${query}`);
		const text = await toolText(page);
		expect(text).toContain('certificat');
		expect(faults(text)).toEqual([]);
	});
});

describe('the refund calculator in French', () => {
	it.each([
		['no penalty', '?notice=2020-10-20&paid=1500.00'],
		['a partial penalty, bank charges', '?notice=2020-10-30&paid=1500.00&bank=20'],
		['a penalty larger than the amount paid', '?notice=2020-10-30&paid=500.00'],
		['the full penalty, after the start', '?notice=2020-11-12&paid=1500.00'],
		['a wrong date and amount', '?notice=2020-13-45&paid=abc'],
	])('%s', async (_, query) => {
		const page = await openTool(`/fr/tools/refund-calculator/${query}`);
		const text = await toolText(page);
		expect(text).toMatch(/rembours/);
		expect(faults(text)).toEqual([]);
	});

	it('writes the letter, and its e-mail, in French typography', async () => {
		const page = await openTool('/fr/tools/refund-calculator/?notice=2020-10-30&paid=1500.00&bank=20');
		await page.locator('button[data-notice-open]').click();
		const letter = page.locator('[data-notice-text]');
		await letter.waitFor();
		const text = await letter.inputValue();
		expect(text).toContain('Madame, Monsieur,');
		expect(faults(text)).toEqual([]);
		const mailto = await page.locator('[data-notice-mailto]').getAttribute('href');
		expect(faults(decodeURIComponent(mailto!.replace(/^mailto:\?/, '').replaceAll('&', '\n')))).toEqual([]);
		expect(faults(await toolText(page))).toEqual([]);
	});
});
