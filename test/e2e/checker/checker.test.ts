import { describe, expect, it } from 'vitest';
import type { ConsoleMessage, Dialog, Page } from 'playwright-core';
import { openPage, problemsOf, siteUrl, waitForIslands } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const english = '/tools/certificate-checker/';
const french = '/fr/tools/certificate-checker/';
const phone = { viewport: { width: 390, height: 844 } };
const desktop = { viewport: { width: 1280, height: 800 } };

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
const pinned = (page: Page) => page.locator('[data-verdict]');
/** The one sentence screen readers hear after a change. */
const live = (page: Page) => page.locator('.checker [role="status"].sr-only').textContent();
const row = (page: Page, name: string | RegExp) => page.getByRole('group', { name, exact: typeof name === 'string' });
const choose = (page: Page, name: string | RegExp, choice: string) =>
	row(page, name).getByRole('radio', { name: choice, exact: true }).check();
const search = (page: Page) => new URL(page.url()).search;

describe('certificate path checker on the built site', () => {
	it('answers in English, with one contract element per certificate', async () => {
		const page = await openChecker(`${english}?forums=all&electives=labour-migration-policy,bilateral-agreements`);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.locator('h1').textContent()).toBe('Certificate path checker');
		expect((await answer(page)).done).toEqual([
			{ certificate: 'achievement', qualifies: 'false', electivesNeeded: '1', needsKeyElective: 'true' },
			{ certificate: 'participation', qualifies: 'false', electivesNeeded: '1', needsKeyElective: 'false' },
		]);
		expect(await verdict(page)).toBe('No certificate yet; for the Certificate of Participation you still need one more elective.');
		expect(await pinned(page).getAttribute('data-verdict')).toBe('none');
		expect(await page.locator('[data-certificate="participation"] .checker__status').textContent()).toBe(
			'Not reached yet · Electives: 2 of 3',
		);
	});

	it('answers in French', async () => {
		const page = await openChecker(`${french}?forums=all&electives=skills&essay=1`);
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect(await page.locator('h1').textContent()).toBe('Vérificateur de parcours de certificat');
		expect(await verdict(page)).toBe(
			'Aucun certificat pour l’instant\u00a0; pour le certificat de participation, il vous manque un cours au choix.',
		);
		expect(await page.locator('[data-certificate="participation"] .checker__status').textContent()).toBe(
			'Conditions non encore remplies · Cours au choix\u00a0: 1 sur 2',
		);
		expect(await page.getByRole('button', { name: 'Partager' }).count()).toBe(1);
		expect(await page.getByRole('button', { name: 'Recommencer' }).count()).toBe(1);
	});

	it('gives the same answer to whoever opens a shared link', async () => {
		const page = await openChecker(english);
		await choose(page, 'All 6 plenary forums', 'Done');
		await choose(page, /\(statistics\)/, 'Done');
		await choose(page, /climate change/, 'Planned');
		await choose(page, /essay/, 'Done');
		const shared = new URL(page.url());
		expect(shared.search).toBe('?forums=all&electives=statistics&planned=climate-change&essay=1');
		const expected = await answer(page);

		const fresh = await openChecker(`${shared.pathname}${shared.search}`);
		expect(await answer(fresh)).toEqual(expected);
		expect(await row(fresh, /essay/).getByRole('radio', { name: 'Done' }).isChecked()).toBe(true);
		expect(await verdict(fresh)).toBe(await verdict(page));
		// A link carrying every parameter runs under the site's Content Security Policy.
		for (const opened of [page, fresh]) {
			const { consoleErrors, cspViolations } = problemsOf(opened);
			expect({ consoleErrors, cspViolations }).toEqual({ consoleErrors: [], cspViolations: [] });
		}
	});

	it('sets every forum at once, "all done" or "all planned", in one row each', async () => {
		const page = await openChecker(english);
		await choose(page, 'All 6 plenary forums', 'Planned');
		expect(search(page)).toBe('?planned=rights-based-approach,trends-and-drivers,sdgs,covid-19,governance-modalities,future-of-migration');
		expect(await row(page, 'Future migration').getByRole('radio', { name: 'Planned' }).isChecked()).toBe(true);
		await choose(page, 'Migration in the Sustainable Development Goals (SDGs)', 'Not yet');
		// Mixed: the "all" row shows none of its three choices.
		expect(await row(page, 'All 6 plenary forums').getByRole('radio', { checked: true }).count()).toBe(0);
		await choose(page, 'All 6 plenary forums', 'Done');
		expect(search(page)).toBe('?forums=all');
		await choose(page, 'All 6 plenary forums', 'Not yet');
		expect(search(page)).toBe('');

		const frenchPage = await openChecker(french);
		await choose(frenchPage, 'Les 6 forums pléniers', 'Prévu');
		expect(await pinned(frenchPage).textContent()).toBe(
			'Aucun certificat pour l’instant. Avec votre plan : aucun certificat pour l’instant. Voir la réponse complète',
		);
		// Each item is one row: its title beside its choices.
		const rows = await frenchPage.locator('.checker__item').evaluateAll((items) =>
			items.map((item) => {
				const [title, choices] = [...item.children].map((child) => child.getBoundingClientRect());
				return title!.top < choices!.bottom && choices!.top < title!.bottom;
			}),
		);
		expect(rows).toHaveLength(1 + 6 + 20 + 1);
		expect(rows.every(Boolean)).toBe(true);
	});

	it('plans forums and the essay, and the pinned verdict speaks of the plan', async () => {
		const fiveForums = 'rights-based-approach,trends-and-drivers,sdgs,covid-19,governance-modalities';
		const page = await openChecker(`${english}?forums=${fiveForums}&electives=skills,reintegration&planned=climate-change`);
		expect(await pinned(page).getAttribute('data-verdict')).toBe('none');
		await choose(page, 'Future migration', 'Planned');
		expect((await answer(page)).plan.map(({ certificate, qualifies }) => ({ certificate, qualifies }))).toEqual([
			{ certificate: 'achievement', qualifies: 'false' },
			{ certificate: 'participation', qualifies: 'true' },
		]);
		expect((await answer(page)).done[1]).toMatchObject({ certificate: 'participation', qualifies: 'false' });
		expect(await pinned(page).textContent()).toBe(
			'No certificate reached yet. With your plan: Certificate of Participation. See the full answer',
		);
		expect(await page.locator('[data-scenario="plan"] .checker__adds').textContent()).toBe(
			'Your plan adds one plenary forum and one more elective.',
		);
		expect(search(page)).toBe(`?forums=${fiveForums}&electives=skills,reintegration&planned=future-of-migration,climate-change`);

		const frenchPage = await openChecker(`${french}?forums=all&electives=skills,statistics,reintegration&essay=planned`);
		expect(await row(frenchPage, /essai/i).getByRole('radio', { name: 'Prévu' }).isChecked()).toBe(true);
		expect(await pinned(frenchPage).getAttribute('data-verdict')).toBe('participation');
		expect(await pinned(frenchPage).textContent()).toBe(
			'Conditions déjà remplies\u00a0: certificat de participation. Avec votre plan\u00a0: certificat de réussite. Voir la réponse complète',
		);
		expect((await answer(frenchPage)).plan[0]).toMatchObject({ certificate: 'achievement', qualifies: 'true' });
	});

	it('says one short sentence per change to screen readers; the full answer is not live', async () => {
		for (const [path, all, statistics, done, said] of [
			[
				english,
				'All 6 plenary forums',
				/\(statistics\)/,
				'Done',
				'You have reached the Certificate of Participation; for the Certificate of Achievement you still need the individual essay.',
			],
			[
				french,
				'Les 6 forums pléniers',
				/\(statistiques\)/,
				'Terminé',
				'Vous remplissez les conditions du certificat de participation\u00a0; pour le certificat de réussite, il vous manque l’essai individuel.',
			],
		] as const) {
			const page = await openChecker(`${path}?electives=labour-migration-policy,bilateral-agreements`);
			// Nothing is said when the tool wakes up.
			expect(await live(page)).toBe('');
			await choose(page, all, done);
			await choose(page, statistics, done);
			expect(await live(page)).toBe(said);
			expect(said.length).toBeLessThanOrEqual(200);
			expect(await page.locator('.checker [aria-live]:not([role="status"])').count()).toBe(0);
			expect(await page.locator('.tool__answer [role="status"], .tool__answer[aria-live]').count()).toBe(0);
		}
		// The longest sentence: no forum, no elective, and a plan that reaches the Certificate of Achievement.
		const page = await openChecker(french);
		await choose(page, 'Les 6 forums pléniers', 'Prévu');
		for (const elective of [/\(compétences\)/, /\(statistiques\)/, /changement climatique/]) await choose(page, elective, 'Prévu');
		await choose(page, /essai/i, 'Prévu');
		const longest = (await live(page))!;
		expect(longest).toBe(
			'Aucun certificat pour l’instant\u00a0; pour le certificat de participation, il vous manque 6 forums pléniers et 2 cours au choix (dont un cours clé). Avec votre plan\u00a0: certificat de réussite.',
		);
		expect(longest.length).toBeLessThanOrEqual(200);
	});

	it('keeps what the reader ticked before the tool was ready, in both languages', async () => {
		for (const [path, all, skills, done, planned] of [
			[english, 'All 6 plenary forums', /\(skills\)/, 'Done', 'Planned'],
			[french, 'Les 6 forums pléniers', /\(compétences\)/, 'Terminé', 'Prévu'],
		] as const) {
			const page = await openPage('/404.html');
			// The island's script is held until the reader has chosen: the choices surely come before hydration.
			let release = () => {};
			const held = new Promise<void>((resolve) => (release = resolve));
			await page.route(/\/_astro\/CertificateChecker\.[^/]+\.js$/, async (route) => {
				await held;
				await route.continue();
			});
			await page.goto(siteUrl(path));
			expect(await page.locator('astro-island[ssr]').count()).toBe(1);
			await choose(page, all, done);
			await choose(page, skills, done);
			await choose(page, /essa/i, planned);
			expect(await page.locator('astro-island[ssr]').count()).toBe(1);
			release();

			await waitForIslands(page);
			await page.waitForSelector('.checker[data-ready]');
			expect(await row(page, all).getByRole('radio', { name: done }).isChecked()).toBe(true);
			expect(await row(page, skills).getByRole('radio', { name: done }).isChecked()).toBe(true);
			expect(await row(page, /essa/i).getByRole('radio', { name: planned }).isChecked()).toBe(true);
			expect(search(page)).toBe('?forums=all&electives=skills&essay=planned');
			expect((await answer(page)).done[1]).toMatchObject({ certificate: 'participation', electivesNeeded: '1' });
			expect((await answer(page)).plan[0]).toMatchObject({ certificate: 'achievement', qualifies: 'false' });
		}
	});

	it('never drops a tap made while the tool wakes up', async () => {
		// Taps at the moment hydration starts, and one, two and three frames later, each on its own item: every one must be kept,
		// whenever it lands, so the test does not depend on when the island runs.
		const page = await openPage('/404.html');
		await page.addInitScript(() => {
			const tap = (item: string, choice: string) =>
				document.querySelector<HTMLInputElement>(`.checker input[type="radio"][name$="-${item}"][value="${choice}"]`)!.click();
			const frames = (count: number, then: () => void) => (count === 0 ? then() : requestAnimationFrame(() => frames(count - 1, then)));
			new MutationObserver((records, observer) => {
				if (!records.some((record) => record.target instanceof Element && !record.target.hasAttribute('ssr'))) return;
				observer.disconnect();
				tap('statistics', 'done');
				frames(1, () => tap('skills', 'planned'));
				frames(2, () => tap('reintegration', 'done'));
				frames(3, () => tap('essay', 'planned'));
			}).observe(document, { attributes: true, subtree: true, attributeFilter: ['ssr'] });
		});
		const devtools = await page.context().newCDPSession(page);
		await devtools.send('Emulation.setCPUThrottlingRate', { rate: 6 });
		await page.goto(siteUrl(`${english}?forums=sdgs`));
		await page.waitForFunction(() => location.search === '?forums=sdgs&electives=statistics,reintegration&planned=skills&essay=planned');
		for (const [name, choice] of [
			[/\(statistics\)/, 'Done'],
			[/\(skills\)/, 'Planned'],
			[/reintegration/, 'Done'],
			[/essay/, 'Planned'],
		] as const) {
			expect(await row(page, name).getByRole('radio', { name: choice }).isChecked()).toBe(true);
		}
	});

	it('on a phone: two sentences at most before the tool; its first input and its verdict on the first screen; at most 6 screens', async () => {
		for (const [path, sentence] of [
			[english, /^Mark each plenary forum/],
			[french, /^Marquez chaque forum plénier, chaque cours au choix et l’essai individuel comme terminé ou prévu/],
		] as const) {
			const page = await openChecker(path, phone);
			const before = await page.evaluate(() => {
				const tool = document.querySelector('.checker')!;
				const paragraphs = [...document.querySelectorAll('.sl-markdown-content > p')].filter(
					(p) => p.compareDocumentPosition(tool) & Node.DOCUMENT_POSITION_FOLLOWING,
				);
				return paragraphs.map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
			});
			expect(before).toHaveLength(1);
			expect(before[0]).toMatch(sentence);
			expect(
				before
					.join(' ')
					.split(/[.!?](?:\s|$)/)
					.filter(Boolean).length,
			).toBeLessThanOrEqual(2);
			const firstRadio = page.locator('.checker input[type="radio"]').first();
			const box = await firstRadio.evaluate((input) => input.closest('.checker__item')!.getBoundingClientRect().bottom);
			expect(box).toBeLessThan(844);
			const bar = await pinned(page).evaluate((element) => element.getBoundingClientRect());
			expect(bar.top).toBeGreaterThan(0);
			expect(bar.bottom).toBeLessThanOrEqual(844);
			// The edition's status: one line.
			const status = await page
				.locator('.tool__status')
				.evaluate((element) => element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight));
			expect(status).toBeLessThan(1.5);
			const height = await page.locator('.checker').evaluate((element) => element.getBoundingClientRect().height);
			expect(height).toBeLessThanOrEqual(6 * 844);
		}
	});

	it('on a phone, the pinned verdict never hides the focused control', async () => {
		const page = await openChecker(english, phone);
		const covered: string[] = [];
		let stops = 0;
		for (let presses = 0; presses < 120; presses++) {
			await page.keyboard.press('Tab');
			const state = await page.evaluate(() => {
				const focused = document.activeElement as HTMLElement;
				if (!focused.closest('.checker') || focused.closest('.tool__verdict')) return null;
				const bar = document.querySelector('.tool__verdict')!.getBoundingClientRect();
				const target = (focused.closest('label') ?? focused).getBoundingClientRect();
				return { name: focused.getAttribute('name') ?? focused.textContent, hidden: target.bottom > bar.top && target.top < bar.bottom };
			});
			if (!state) continue;
			stops++;
			if (state.hidden) covered.push(state.name!);
		}
		expect(stops).toBeGreaterThan(25);
		expect(covered).toEqual([]);
	});

	it('shows the focus of every choice in every state, at 3:1 or more against what surrounds it', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await openChecker(`${english}?electives=statistics&planned=skills`, { ...desktop, colorScheme });
			for (const [name, choice] of [
				[/\(statistics\)/, 'Done'],
				[/\(skills\)/, 'Planned'],
				[/reintegration/, 'Not yet'],
			] as const) {
				await row(page, name).getByRole('radio', { name: choice }).focus();
				// Focused from the keyboard: arrows would change the choice, so a Tab away and back.
				await page.keyboard.press('Shift+Tab');
				await page.keyboard.press('Tab');
				const ring = await page.evaluate(() => {
					const label = document.activeElement!.closest('label')!;
					const style = getComputedStyle(label);
					const rgb = (color: string) =>
						color
							.match(/[\d.]+/g)!
							.slice(0, 3)
							.map(Number);
					const luminance = ([r, g, b]: number[]) => {
						const [R, G, B] = [r!, g!, b!].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
						return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
					};
					const contrast = (a: string, b: string) => {
						const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
						return (x! + 0.05) / (y! + 0.05);
					};
					let around: Element | null = label.parentElement;
					while (around && getComputedStyle(around).backgroundColor === 'rgba(0, 0, 0, 0)') around = around.parentElement;
					const page = getComputedStyle(around ?? document.body).backgroundColor;
					const fill = style.backgroundColor;
					return {
						style: style.outlineStyle,
						width: parseFloat(style.outlineWidth),
						againstPage: contrast(style.outlineColor, page),
						againstFill: fill === 'rgba(0, 0, 0, 0)' ? Infinity : contrast(style.outlineColor, fill),
					};
				});
				expect(ring.style, `${colorScheme} ${choice}`).toBe('solid');
				expect(ring.width).toBeGreaterThanOrEqual(2);
				expect(ring.againstPage, `${colorScheme} ${choice}`).toBeGreaterThanOrEqual(3);
				// The ring sits 2px outside the segment, on a 5px band of the page's own background.
				expect(ring.againstFill > 3 || ring.againstPage > 3).toBe(true);
			}
		}
	});

	it('on a desktop: the answer beside the choices, with no scroller of its own; a shared link keeps the title and the verdict in view', async () => {
		for (const path of [english, french]) {
			const page = await openChecker(`${path}?forums=all&electives=skills&planned=statistics`, desktop);
			const layout = await page.evaluate(() => {
				const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
				const answer = document.querySelector('.tool__answer')!;
				const inView = (selector: string) => {
					const { top, bottom } = box(selector);
					return top >= 0 && bottom <= innerHeight;
				};
				return {
					beside: box('.tool__answer').left >= box('.tool__inputs').right,
					overflow: getComputedStyle(answer).overflowY,
					scrolls: answer.scrollHeight > answer.clientHeight,
					title: inView('h1'),
					verdict: inView('.checker__verdict'),
				};
			});
			expect(layout).toEqual({ beside: true, overflow: 'visible', scrolls: false, title: true, verdict: true });
			// Down the choices, the answer stays beside them, its verdict in view.
			await page
				.getByRole('group', { name: /Communicating on migration|Communiquer sur les migrations/ })
				.getByRole('radio')
				.first()
				.focus();
			expect(await page.locator('.checker__verdict').evaluate((element) => element.getBoundingClientRect().top >= 0)).toBe(true);
			expect(await page.evaluate(() => scrollY)).toBeGreaterThan(500);
		}
	});

	it('keeps the selection on this device between visits, and a shared link does not overwrite it', async () => {
		const page = await openChecker(english);
		await choose(page, 'All 6 plenary forums', 'Done');
		await choose(page, /essay/, 'Planned');
		const stored = () => page.evaluate(() => localStorage.getItem('elma-checker-2020'));
		expect(await stored()).toBe('forums=all&essay=planned');

		await page.goto(siteUrl(english));
		await page.waitForSelector('.checker[data-ready]');
		expect(search(page)).toBe('?forums=all&essay=planned');
		expect(await row(page, /essay/).getByRole('radio', { name: 'Planned' }).isChecked()).toBe(true);

		await page.goto(siteUrl(`${french}?electives=statistics`));
		await page.waitForSelector('.checker[data-ready]');
		expect(await page.locator('.checker__saved[role="status"]').textContent()).toContain('Vous consultez une sélection partagée.');
		expect((await answer(page)).done[1]).toMatchObject({ electivesNeeded: '1' });
		expect(await stored()).toBe('forums=all&essay=planned');
		await page.getByRole('button', { name: 'Revenir à ma sélection' }).click();
		expect(search(page)).toBe('?forums=all&essay=planned');
		expect(await page.locator('.checker__saved[role="status"]').count()).toBe(0);

		// "Forget" stays in the storage note: the device forgets, the page keeps the selection.
		expect(await page.locator('.tool-actions').getByRole('button', { name: 'Ne plus conserver ma sélection' }).count()).toBe(1);
		await page.getByRole('button', { name: 'Ne plus conserver ma sélection' }).click();
		expect(await stored()).toBeNull();
		expect(search(page)).toBe('?forums=all&essay=planned');
		expect(await page.locator('.checker__saved').textContent()).toBe(
			'Votre sélection n’est plus conservée sur cet appareil\u00a0; elle reste dans l’adresse de la page.',
		);
		await choose(page, /\(statistiques\)/, 'Terminé');
		expect(await stored()).toBeNull();
		expect(problemsOf(page).foreignRequests).toEqual([]);
	});

	it('starts again with one button, which replaces both Forget and Reset in the actions', async () => {
		const page = await openChecker(`${english}?forums=all&electives=skills`);
		const actions = page.locator('.tool-actions').last();
		expect(await actions.getByRole('button').allTextContents()).toEqual(['Share', 'Start again', 'Print']);
		await actions.getByRole('button', { name: 'Start again' }).click();
		expect(search(page)).toBe('');
		expect((await answer(page)).done[1]).toMatchObject({ qualifies: 'false', electivesNeeded: '2' });
		expect(await verdict(page)).toBe(
			'No certificate yet; for the Certificate of Participation you still need 6 plenary forums and 2 more electives (one of them a key elective).',
		);
	});

	it('says where the edition stands on the reader’s own day, in one line: before, during and after it, in both languages', async () => {
		for (const [now, path, line] of [
			['2020-10-20T12:00:00', english, 'The 2020 edition starts on 9 November 2020.'],
			['2020-11-20T12:00:00', french, 'L’édition 2020 est en cours jusqu’au 18 décembre 2020.'],
			['2026-11-29T12:00:00', english, 'The 2020 edition ended on 18 December 2020.'],
			['2021-01-05T12:00:00', french, 'L’édition 2020 s’est terminée le 18 décembre 2020.'],
		] as const) {
			const page = await openPage('/404.html');
			await page.clock.setFixedTime(new Date(now));
			await page.goto(siteUrl(path));
			await waitForIslands(page);
			await page.waitForSelector('.checker[data-ready]');
			expect(await page.locator('.tool__status').textContent()).toBe(line);
		}
	});

	it('works with the keyboard alone', async () => {
		const page = await openChecker(english);
		const focused = () =>
			page.evaluate(() => {
				const input = document.activeElement as HTMLInputElement;
				return `${input.closest('.checker__item')?.querySelector('.checker__title')?.textContent}: ${input.closest('label')?.textContent}`;
			});
		for (let presses = 0; presses < 80 && !(await focused()).startsWith('All 6 plenary forums'); presses++) {
			await page.keyboard.press('Tab');
		}
		expect(await focused()).toBe('All 6 plenary forums: Not yet');
		await page.keyboard.press('ArrowRight');
		expect(await focused()).toBe('All 6 plenary forums: Done');
		for (let presses = 0; presses < 7; presses++) await page.keyboard.press('Tab');
		// Past the six forums, on the first elective; the arrow keys move the choice.
		expect(await focused()).toBe('Developing and implementing a labour migration policy: Not yet');
		await page.keyboard.press('ArrowRight');
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
		expect(search(page)).toBe('?forums=all&electives=labour-migration-policy,bilateral-agreements&planned=statistics');
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
			expect(dialogs).toEqual([]);
		}
	});

	it('prints the choices made and the answer, not the controls, on at most 2 pages with a plan', async () => {
		const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
		for (const path of [english, french]) {
			const page = await openChecker(
				`${path}?forums=all&electives=skills,fair-recruitment&planned=statistics,climate-change,reintegration&essay=planned`,
			);
			await page.emulateMedia({ media: 'print' });
			expect(await page.locator('.checker__verdict').isVisible()).toBe(true);
			expect(await page.getByRole('group', { name: /\((skills|compétences)\)/ }).isVisible()).toBe(true);
			expect(await page.getByRole('group', { name: /social protection|protection sociale/i }).isVisible()).toBe(false);
			expect(await page.locator('.tool-actions:visible, .tool__verdict:visible').count()).toBe(0);
			expect(pageCount(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
		}
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

	it('lays out no fieldset as a grid or flex box, which WebKit draws without its legend’s row', async () => {
		const page = await openChecker(english);
		const displays = await page
			.locator('.checker fieldset')
			.evaluateAll((fieldsets) =>
				fieldsets.map((fieldset) => [getComputedStyle(fieldset).display, getComputedStyle(fieldset.querySelector('legend')!).float]),
			);
		expect(displays.length).toBe(6);
		expect(displays.filter(([display, float]) => /grid|flex/.test(display!) || float !== 'none')).toEqual([]);
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
