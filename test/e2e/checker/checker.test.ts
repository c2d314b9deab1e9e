import { describe, expect, it } from 'vitest';
import type { ConsoleMessage, Dialog, Page } from 'playwright-core';
import { openPage, problemsOf, siteUrl, waitForIslands } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const english = '/tools/certificate-checker/';
const french = '/fr/tools/certificate-checker/';

async function openChecker(path: string, options?: Parameters<typeof openPage>[1]): Promise<Page> {
	const page = await openPage(path, options);
	await waitForIslands(page);
	// The island reads the query string once hydrated; from then on the root carries data-ready.
	await page.waitForSelector('.checker[data-ready]');
	return page;
}

/** The contract's machine-readable answer (README: the contract the tools keep), DONE state, then the plan's, as the page shows them now. */
function answer(page: Page) {
	return page.evaluate(() => {
		const read = (selector: string, prefix: string) =>
			[...document.querySelectorAll(selector)].map((element) => ({
				certificate: element.getAttribute(`${prefix}-certificate`),
				qualifies: element.getAttribute('data-qualifies'),
				electivesNeeded: element.getAttribute(`${prefix}-electives-needed`),
				needsKeyElective: element.getAttribute(`${prefix}-needs-key-elective`),
			}));
		return { done: read('[data-certificate]', 'data'), plan: read('[data-plan-certificate]', 'data-plan') };
	});
}

const verdict = (page: Page) => page.locator('.checker__verdict').textContent();
const essay = (page: Page, choice: string) =>
	page.getByRole('group', { name: /^(Individual essay|Essai individuel)$/ }).getByRole('radio', { name: choice });
const pinned = (page: Page) => page.locator('.checker__sticky');

describe('certificate path checker on the built site', () => {
	it('answers in English, with one contract element per certificate', async () => {
		const page = await openChecker(`${english}?forums=all&electives=labour-migration-policy,bilateral-agreements`);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.locator('h1').textContent()).toBe('Certificate path checker');
		expect((await answer(page)).done).toEqual([
			{ certificate: 'achievement', qualifies: 'false', electivesNeeded: '1', needsKeyElective: 'true' },
			{ certificate: 'participation', qualifies: 'false', electivesNeeded: '1', needsKeyElective: 'false' },
		]);
		expect(await verdict(page)).toBe(
			'You have not reached a certificate yet; for the Certificate of Participation you still need one more elective.',
		);
	});

	it('answers in French', async () => {
		const page = await openChecker(`${french}?forums=all&electives=skills&essay=1`);
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect(await page.locator('h1').textContent()).toBe('Vérificateur de parcours de certificat');
		await expect(page.getByRole('group', { name: 'Forums pléniers', exact: true }).count()).resolves.toBe(1);
		expect(await verdict(page)).toBe(
			'Vous ne remplissez encore les conditions d’aucun certificat\u00a0; pour le certificat de participation, il vous manque un cours au choix.',
		);
		expect(await page.getByRole('button', { name: 'Copier le lien' }).count()).toBe(1);
	});

	it('gives the same answer to whoever opens a shared link', async () => {
		const page = await openChecker(english);
		await page.getByRole('checkbox', { name: 'All 6 plenary forums' }).check();
		await page
			.getByRole('group', { name: /\(statistics\)/ })
			.getByRole('radio', { name: 'Done' })
			.check();
		await page
			.getByRole('group', { name: /climate change/ })
			.getByRole('radio', { name: 'Planned' })
			.check();
		await essay(page, 'Done').check();
		const shared = new URL(page.url());
		expect(shared.search).toBe('?forums=all&electives=statistics&planned=climate-change&essay=1');
		const expected = await answer(page);

		const fresh = await openChecker(`${shared.pathname}${shared.search}`);
		expect(await answer(fresh)).toEqual(expected);
		expect(await essay(fresh, 'Done').isChecked()).toBe(true);
		expect(await verdict(fresh)).toBe(await verdict(page));
		// A link carrying every parameter runs under the site's Content Security Policy.
		for (const opened of [page, fresh]) {
			const { consoleErrors, cspViolations } = problemsOf(opened);
			expect({ consoleErrors, cspViolations }).toEqual({ consoleErrors: [], cspViolations: [] });
		}
	});

	it('plans forums and the essay, and the pinned verdict speaks of the plan', async () => {
		const fiveForums = 'rights-based-approach,trends-and-drivers,sdgs,covid-19,governance-modalities';
		const page = await openChecker(`${english}?forums=${fiveForums}&electives=skills,reintegration&planned=climate-change`);
		expect(await pinned(page).getAttribute('data-verdict')).toBe('none');
		await page.getByRole('group', { name: 'Future migration' }).getByRole('radio', { name: 'Planned' }).check();
		expect((await answer(page)).plan.map(({ certificate, qualifies }) => ({ certificate, qualifies }))).toEqual([
			{ certificate: 'achievement', qualifies: 'false' },
			{ certificate: 'participation', qualifies: 'true' },
		]);
		expect((await answer(page)).done[1]).toMatchObject({ certificate: 'participation', qualifies: 'false' });
		expect(await pinned(page).textContent()).toContain('With your plan: Certificate of Participation.');
		expect(await page.locator('[data-scenario="plan"] .checker__adds').textContent()).toBe(
			'Your plan adds one plenary forum and one more elective.',
		);
		expect(new URL(page.url()).search).toBe(
			`?forums=${fiveForums}&electives=skills,reintegration&planned=future-of-migration,climate-change`,
		);

		const frenchPage = await openChecker(`${french}?forums=all&electives=skills,statistics,reintegration&essay=planned`);
		expect(await essay(frenchPage, 'Prévu').isChecked()).toBe(true);
		expect(await pinned(frenchPage).getAttribute('data-verdict')).toBe('participation');
		expect(await pinned(frenchPage).textContent()).toContain('Avec votre plan\u00a0: certificat de réussite.');
		expect((await answer(frenchPage)).plan[0]).toMatchObject({ certificate: 'achievement', qualifies: 'true' });
	});

	it('keeps what the reader ticked on a slow phone before the tool was ready, in both languages', async () => {
		const query = '?forums=all&electives=skills&essay=planned';
		for (const [path, all, skills, done, planned] of [
			[english, 'All 6 plenary forums', /\(skills\)/, 'Done', 'Planned'],
			[french, 'Les 6 forums pléniers', /\(compétences\)/, 'Terminé', 'Prévu'],
		] as const) {
			const page = await openPage('/404.html');
			const devtools = await page.context().newCDPSession(page);
			await devtools.send('Network.enable');
			await devtools.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: 400,
				downloadThroughput: 20 * 1024,
				uploadThroughput: 20 * 1024,
			});
			await devtools.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await page.goto(siteUrl(path), { waitUntil: 'commit' });
			await page.getByRole('checkbox', { name: all }).waitFor();
			// Still the server-rendered form: the island has not run yet.
			expect(await page.locator('astro-island[ssr]').count()).toBe(1);
			await page.getByRole('checkbox', { name: all }).check();
			await page.getByRole('group', { name: skills }).getByRole('radio', { name: done }).check();
			await essay(page, planned).check();
			expect(await page.locator('astro-island[ssr]').count()).toBe(1);

			await waitForIslands(page);
			await page.waitForSelector('.checker[data-ready]');
			expect(await page.getByRole('checkbox', { name: all }).isChecked()).toBe(true);
			expect(await page.getByRole('group', { name: skills }).getByRole('radio', { name: done }).isChecked()).toBe(true);
			expect(await essay(page, planned).isChecked()).toBe(true);
			expect(new URL(page.url()).search).toBe(query);
			expect((await answer(page)).done[1]).toMatchObject({ certificate: 'participation', electivesNeeded: '1' });
			expect((await answer(page)).plan[0]).toMatchObject({ certificate: 'achievement', qualifies: 'false' });
		}
	});

	it('shows the answer, or its pinned verdict, on the first screen after a shared link and after the first choice', async () => {
		/** The part of `selector` inside the window, in pixels high (0 when hidden or out of view). */
		const inView = (page: Page, selector: string) =>
			page.locator(selector).evaluate((element) => {
				const { top, bottom } = element.getBoundingClientRect();
				const shown = getComputedStyle(element).display !== 'none';
				return shown ? Math.max(0, Math.min(bottom, innerHeight) - Math.max(top, 0)) : 0;
			});
		for (const [viewport, answerShown] of [
			[{ width: 390, height: 844 }, '.checker__sticky'],
			[{ width: 1280, height: 900 }, '.checker__verdict'],
		] as const) {
			for (const path of [english, french]) {
				const shared = await openChecker(`${path}?forums=all&electives=skills&planned=statistics`, { viewport });
				// The island scrolls the answer into view right after reading the link.
				await shared.waitForFunction(
					() => {
						const { top, bottom } = document.querySelector('.checker__verdict')!.getBoundingClientRect();
						return bottom > 0 && top < innerHeight;
					},
					undefined,
					{ timeout: 5_000 },
				);

				const page = await openChecker(path, { viewport });
				const first = page.locator('.checker__check--all input');
				expect(await inView(page, '.checker__check--all')).toBeGreaterThan(0);
				await first.check();
				expect(await page.evaluate(() => scrollY)).toBeLessThan(viewport.height);
				expect(await inView(page, answerShown)).toBeGreaterThan(0);
			}
		}
		// On a phone, the pinned verdict leads to the full answer, which it does not repeat.
		const phone = await openChecker(`${english}?forums=all`, { viewport: { width: 390, height: 844 } });
		await phone.evaluate(() => scrollTo(0, 0));
		await phone.locator('.checker__sticky a').click();
		await phone.waitForFunction(() => location.hash === '#checker-answer');
		expect(await inView(phone, '.checker__verdict')).toBeGreaterThan(0);
		expect(await phone.locator('.checker__sticky').textContent()).not.toContain((await phone.locator('.checker__verdict').textContent())!);
	});

	it('keeps the selection on this device between visits, and a shared link does not overwrite it', async () => {
		const page = await openChecker(english);
		await page.getByRole('checkbox', { name: 'All 6 plenary forums' }).check();
		await essay(page, 'Planned').check();
		const stored = () => page.evaluate(() => localStorage.getItem('elma-checker-2020'));
		expect(await stored()).toBe('forums=all&essay=planned');

		await page.goto(siteUrl(english));
		await page.waitForSelector('.checker[data-ready]');
		expect(new URL(page.url()).search).toBe('?forums=all&essay=planned');
		expect(await essay(page, 'Planned').isChecked()).toBe(true);

		await page.goto(siteUrl(`${french}?electives=statistics`));
		await page.waitForSelector('.checker[data-ready]');
		expect(await page.locator('.checker__saved[role="status"]').textContent()).toContain('Vous consultez une sélection partagée.');
		expect((await answer(page)).done[1]).toMatchObject({ electivesNeeded: '1' });
		expect(await stored()).toBe('forums=all&essay=planned');
		await page.getByRole('button', { name: 'Revenir à ma sélection' }).click();
		expect(new URL(page.url()).search).toBe('?forums=all&essay=planned');
		expect(await page.locator('.checker__saved[role="status"]').count()).toBe(0);

		await page.getByRole('button', { name: 'Oublier ma sélection' }).click();
		expect(await stored()).toBeNull();
		expect(new URL(page.url()).search).toBe('');
		expect(problemsOf(page).foreignRequests).toEqual([]);
	});

	it('says where the edition stands on the reader’s own day: before, during and after it, in both languages', async () => {
		for (const [now, path, line] of [
			['2020-10-20T12:00:00', english, /^The 2020 edition has not started yet \(9 November.+18 December 2020\)\.$/],
			['2020-11-20T12:00:00', french, /^L’édition 2020 est en cours \(9 novembre.+18 décembre 2020\)\.$/],
			['2026-11-29T12:00:00', english, /^The 2020 edition has ended \(.+\); you can still choose which certificate to aim for\.$/],
			['2021-01-05T12:00:00', french, /^L’édition 2020 est terminée \(.+\)\u00a0; vous pouvez toujours choisir/],
		] as const) {
			const page = await openPage('/404.html');
			await page.clock.setFixedTime(new Date(now));
			await page.goto(siteUrl(path));
			await waitForIslands(page);
			await page.waitForSelector('.checker[data-ready]');
			expect(await page.locator('.checker__edition').textContent()).toMatch(line);
		}
	});

	it('works with the keyboard alone', async () => {
		const page = await openChecker(english);
		const focused = () => page.evaluate(() => document.activeElement?.closest('label')?.textContent ?? '');
		for (let presses = 0; presses < 80 && (await focused()) !== 'All 6 plenary forums'; presses++) {
			await page.keyboard.press('Tab');
		}
		expect(await focused()).toBe('All 6 plenary forums');
		await page.keyboard.press('Space');
		for (let presses = 0; presses < 7; presses++) await page.keyboard.press('Tab');
		// Now on the first elective's radio group; the arrow keys move the choice.
		expect(await focused()).toBe('Not yet');
		await page.keyboard.press('ArrowRight');
		expect(await focused()).toBe('Done');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!.nextElementSibling!).outlineStyle);
		expect(outline).toBe('solid');
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowRight');
		expect((await answer(page)).done).toEqual([
			{ certificate: 'achievement', qualifies: 'false', electivesNeeded: '1', needsKeyElective: 'true' },
			{ certificate: 'participation', qualifies: 'false', electivesNeeded: '1', needsKeyElective: 'false' },
		]);
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		expect((await answer(page)).plan[1]).toMatchObject({ certificate: 'participation', qualifies: 'true' });
		expect(new URL(page.url()).search).toBe('?forums=all&electives=labour-migration-policy,bilateral-agreements&planned=statistics');
	});

	it('keeps a tampered query string inert', async () => {
		for (const query of [
			`?electives=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
			'?electives=<img src=x onerror=alert(1)>&planned=<script>alert(2)</script>&forums="><svg onload=alert(3)>',
		]) {
			const page = await openPage(`${english}${query}`);
			const dialogs: string[] = [];
			page.on('dialog', (dialog: Dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			await waitForIslands(page);
			await page.waitForSelector('.checker[data-ready]');
			expect(await page.locator('.checker img, .checker svg, .checker script').count()).toBe(0);
			expect(await page.locator('.checker__notice').textContent()).toContain('<img src=x onerror=alert(1)>');
			expect((await answer(page)).done[1]).toMatchObject({ qualifies: 'false', electivesNeeded: '2' });
			await page.waitForTimeout(200);
			expect(dialogs).toEqual([]);
		}
	});

	it('prints the selection and the verdict, not the controls', async () => {
		const page = await openChecker(`${english}?forums=all&electives=skills`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.checker__verdict').isVisible()).toBe(true);
		expect(await page.getByRole('group', { name: /\(skills\)/ }).isVisible()).toBe(true);
		expect(await page.getByRole('group', { name: /\(statistics\)/ }).isVisible()).toBe(false);
		// Neither the actions nor the line about the selection kept on this device.
		expect(await page.locator('.tool-actions').count()).toBe(2);
		expect(await page.locator('.tool-actions:visible').count()).toBe(0);
		expect(await page.locator('.checker__sticky').isVisible()).toBe(false);
	});

	it('hydrates a shared link without an error in the console', async () => {
		const page = await openPage(`${french}?forums=all&electives=skills,statistics,skills&planned=nope`);
		const errors: string[] = [];
		page.on('console', (message: ConsoleMessage) => {
			if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
		});
		page.on('pageerror', (error: Error) => errors.push(error.message));
		await page.reload();
		await waitForIslands(page);
		await page.waitForSelector('.checker[data-ready]');
		expect((await answer(page)).done[1]).toMatchObject({ qualifies: 'true' });
		expect(errors).toEqual([]);
	});

	it('without JavaScript, says so and links to the requirements table', async () => {
		const page = await openPage(english, { javaScriptEnabled: false });
		expect(await page.locator('.checker').isVisible()).toBe(false);
		const link = page.getByRole('link', { name: 'certificate requirements table' });
		expect(await link.getAttribute('href')).toBe('/policies/certificates/#requirements');
		const frenchPage = await openPage(french, { javaScriptEnabled: false });
		expect(await frenchPage.getByRole('link', { name: 'tableau des conditions d’obtention des certificats' }).getAttribute('href')).toBe(
			'/fr/policies/certificates/#requirements',
		);
	});

	it('has no accessibility violation with an answer shown, in both languages and both themes', async () => {
		const query = '?forums=sdgs,covid-19&electives=skills,statistics,skills&planned=reintegration,nope';
		for (const [path, colorScheme] of [
			[english, 'light'],
			[french, 'dark'],
		] as const) {
			const page = await openChecker(`${path}${query}`, { colorScheme });
			expect(await axeViolations(page)).toEqual([]);
		}
	});
});
