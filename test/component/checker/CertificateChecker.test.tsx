import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import CertificateChecker from '@/islands/checker/CertificateChecker.tsx';
import { checkerEdition, checkerStrings } from '@/components/tools/checker-props.ts';
import { stringsWithPrefix } from '@/i18n/translate.ts';
import { toolShellStrings } from '@/components/tools/action-strings.ts';
import { edition2020, type Edition, type Locale } from '@/rules/index.ts';
import { edition2031 } from '../../fixtures/editions.ts';
import { uiStringsFor } from '../../support/i18n.ts';

const path = '/tools/certificate-checker/';

function checker(locale: Locale = 'en', edition: Edition = edition2020) {
	const all = uiStringsFor(locale);
	return (
		<CertificateChecker
			locale={locale}
			edition={checkerEdition(edition, locale)}
			strings={checkerStrings(stringsWithPrefix(all, 'checker.'), locale, checkerEdition(edition, locale))}
			shell={toolShellStrings(all)}
		/>
	);
}

function renderChecker(query = '', locale: Locale = 'en', edition: Edition = edition2020) {
	history.replaceState(null, '', `${path}${query}`);
	render(checker(locale, edition));
}

/** The contract's data attributes (README: the contract the tools keep), for the DONE state. */
function contract(certificate: 'achievement' | 'participation') {
	const elements = document.querySelectorAll(`[data-certificate="${certificate}"]`);
	expect(elements).toHaveLength(1);
	const element = elements[0]!;
	return {
		qualifies: element.getAttribute('data-qualifies'),
		electivesNeeded: element.getAttribute('data-electives-needed'),
		needsKeyElective: element.getAttribute('data-needs-key-elective'),
	};
}

function plan(certificate: 'achievement' | 'participation') {
	const element = document.querySelector(`[data-plan-certificate="${certificate}"]`)!;
	return {
		qualifies: element.getAttribute('data-qualifies'),
		electivesNeeded: element.getAttribute('data-plan-electives-needed'),
		needsKeyElective: element.getAttribute('data-plan-needs-key-elective'),
	};
}

const verdict = () => document.querySelector('.checker__verdict')!.textContent;
const notice = () => document.querySelector('.checker__notice[role="status"]')!;
const results = () => document.querySelector<HTMLElement>('.tool__answer')!;
/** The one sentence a screen reader hears after a change. */
const live = () => document.querySelector('.checker [role="status"].sr-only')!.textContent;
const title = (id: string) => edition2020.electives.find((e) => e.id === id)!.title.en;

type ChoiceName = 'Not yet' | 'Done' | 'Planned' | 'Pas encore' | 'Terminé' | 'Prévu';

function choose(electiveId: string, choice: ChoiceName) {
	chooseIn(new RegExp(escape(title(electiveId))), choice);
}

/** The radio `choice` of the group named `group`: a forum's title, an elective's, or "Individual essay". */
function chooseIn(group: string | RegExp, choice: ChoiceName) {
	fireEvent.click(within(screen.getByRole('group', { name: group })).getByRole('radio', { name: choice }));
}

const sticky = () => document.querySelector<HTMLElement>('[data-verdict]')!;

function escape(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

afterEach(() => {
	cleanup();
	history.replaceState(null, '', path);
	localStorage.clear();
});

describe('certificate path checker: the rules as the reader sees them', () => {
	it('starts with nothing reached and the cheapest route through a key elective', () => {
		renderChecker();
		expect(contract('participation')).toEqual({ qualifies: 'false', electivesNeeded: '2', needsKeyElective: 'true' });
		expect(contract('achievement')).toEqual({ qualifies: 'false', electivesNeeded: '3', needsKeyElective: 'true' });
		expect(verdict()).toBe(
			'No certificate yet; for the Certificate of Participation you still need 6 plenary forums and 2 more electives (one of them a key elective).',
		);
		// The full answer is not live: one short sentence is, once the reader changes something.
		expect(results().hasAttribute('aria-live')).toBe(false);
		expect(live()).toBe('');
		chooseIn('All 6 plenary forums', 'Done');
		expect(live()).toBe(
			'No certificate yet; for the Certificate of Participation you still need 2 more electives (one of them a key elective).',
		);
	});

	it('reports the cheapest route: any elective for participation, a key elective for achievement', () => {
		renderChecker('?forums=all&electives=labour-migration-policy,bilateral-agreements');
		expect(contract('participation')).toEqual({ qualifies: 'false', electivesNeeded: '1', needsKeyElective: 'false' });
		expect(contract('achievement')).toEqual({ qualifies: 'false', electivesNeeded: '1', needsKeyElective: 'true' });
		const done = within(document.querySelector<HTMLElement>('[data-scenario="done"]')!);
		expect(done.getByText('Still needed: one more elective.')).toBeTruthy();
		expect(done.getByText('Still needed: one key elective and the individual essay.')).toBeTruthy();
	});

	it('updates as the reader ticks, and states the reading on two key electives', () => {
		renderChecker();
		chooseIn('All 6 plenary forums', 'Done');
		choose('statistics', 'Done');
		expect(results().querySelector('details.tool-readings')).toBeNull();
		choose('skills', 'Done');
		expect(contract('participation').qualifies).toBe('true');
		expect(contract('achievement')).toEqual({ qualifies: 'false', electivesNeeded: '1', needsKeyElective: 'false' });
		expect(verdict()).toBe(
			'You have reached the Certificate of Participation; for the Certificate of Achievement you still need one more elective and the individual essay.',
		);
		expect(results().textContent).toContain(
			'How this site reads the rulesTaking more than one key elective does not lower the number of electives any further: as soon as one key elective is among your electives, the Certificate of Achievement needs 3 electives and the Certificate of Participation needs 2 electives.',
		);
	});

	it('names the missing forums', () => {
		const done = edition2020.forums.slice(1).map((f) => f.id);
		renderChecker(`?forums=${done.join(',')}&electives=skills,statistics,climate-change&essay=1`);
		const achievement = within(document.querySelector<HTMLElement>('[data-certificate="achievement"]')!);
		expect(achievement.getByText('Still needed: one plenary forum.')).toBeTruthy();
		expect(document.querySelector('[data-certificate="achievement"] .checker__status')!.textContent).toBe(
			'Not reached yet · Electives: 3 of 3',
		);
		// With a key elective, participation asks for 2: a third does not raise what it asks.
		expect(document.querySelector('[data-certificate="participation"] .checker__status')!.textContent).toBe(
			'Not reached yet · Electives: 2 of 2',
		);
		// Named once, above both certificates.
		const scenario = document.querySelector<HTMLElement>('[data-scenario="done"]')!;
		expect(scenario.querySelector('.checker__forums')!.textContent).toBe(
			'Plenary forums still to complete: “Adopting a rights-based approach to migration: human rights, including labour rights, at the global and regional levels, of migrant workers and their families”.',
		);
		expect(scenario.textContent!.split(edition2020.forums[0]!.title.en)).toHaveLength(2);
		expect(contract('achievement')).toEqual({ qualifies: 'false', electivesNeeded: '0', needsKeyElective: 'false' });
		expect(verdict()).toContain('you still need one plenary forum.');
	});

	it('keeps done and planned apart', () => {
		renderChecker('?forums=all&electives=labour-migration-policy,bilateral-agreements&planned=statistics&essay=1');
		expect(contract('participation').qualifies).toBe('false');
		expect(contract('achievement')).toEqual({ qualifies: 'false', electivesNeeded: '1', needsKeyElective: 'true' });
		expect(plan('participation').qualifies).toBe('true');
		expect(plan('achievement')).toEqual({ qualifies: 'true', electivesNeeded: '0', needsKeyElective: 'false' });
		expect(verdict()).toBe(
			'No certificate yet; for the Certificate of Participation you still need one more elective. Once your plan is complete, you would reach the Certificate of Achievement.',
		);
		const planned = within(document.querySelector<HTMLElement>('[data-scenario="plan"]')!);
		expect(planned.getByText(/^The academy then counts towards the ITCILO Diploma/)).toBeTruthy();
	});

	it('hides the plan answer until something is planned', () => {
		renderChecker('?forums=all');
		const planned = document.querySelector<HTMLElement>('[data-scenario="plan"]')!;
		expect(planned.textContent).toContain('Mark forums, electives or the essay as “Planned”');
		expect(planned.querySelector('[hidden]')).not.toBeNull();
		choose('reintegration', 'Planned');
		expect(planned.querySelector('[hidden]')).toBeNull();
		expect(contract('participation').electivesNeeded).toBe('2');
		expect(plan('participation').electivesNeeded).toBe('1');
	});

	it('needs the essay for achievement only, and gives the Diploma with it', () => {
		renderChecker('?forums=all&electives=skills,reintegration,climate-change');
		expect(contract('participation').qualifies).toBe('true');
		expect(contract('achievement')).toEqual({ qualifies: 'false', electivesNeeded: '0', needsKeyElective: 'false' });
		expect(verdict()).toContain('for the Certificate of Achievement you still need the individual essay.');
		// Said once: the plan does not change it.
		expect(
			screen.getAllByText(
				/^The academy counts towards the ITCILO Diploma for Labour Migration Experts and Practitioners only with the Certificate of Achievement\.$/,
			),
		).toHaveLength(1);
		chooseIn('Individual essay', 'Done');
		expect(contract('achievement').qualifies).toBe('true');
		expect(verdict()).toBe(
			'You have reached the Certificate of Achievement; the academy counts towards the ITCILO Diploma for Labour Migration Experts and Practitioners.',
		);
	});

	it('keeps the query string in step with the state, and a state survives the round trip', () => {
		renderChecker();
		chooseIn('All 6 plenary forums', 'Done');
		choose('statistics', 'Done');
		choose('skills', 'Planned');
		chooseIn('Individual essay', 'Done');
		expect(location.search).toBe('?forums=all&electives=statistics&planned=skills&essay=1');
		const attributes = [contract('achievement'), contract('participation'), plan('achievement')];
		const search = location.search;
		cleanup();
		renderChecker(search);
		expect([contract('achievement'), contract('participation'), plan('achievement')]).toEqual(attributes);
		expect(within(screen.getByRole('group', { name: 'Individual essay' })).getByRole('radio', { name: 'Done' })).toHaveProperty(
			'checked',
			true,
		);
	});

	it('sets every forum at once: "all done", "all planned", or none; the row shows no choice when the forums differ', () => {
		renderChecker('?forums=sdgs');
		const all = within(screen.getByRole('group', { name: 'All 6 plenary forums' }));
		expect(all.queryAllByRole('radio', { checked: true })).toHaveLength(0);
		fireEvent.click(all.getByRole('radio', { name: 'Planned' }));
		expect(location.search).toBe(
			'?forums=sdgs&planned=rights-based-approach,trends-and-drivers,covid-19,governance-modalities,future-of-migration',
		);
		expect(all.getByRole('radio', { name: 'Planned' })).toHaveProperty('checked', true);
		expect(plan('participation')).toEqual({ qualifies: 'false', electivesNeeded: '2', needsKeyElective: 'true' });
		fireEvent.click(all.getByRole('radio', { name: 'Done' }));
		expect(location.search).toBe('?forums=all');
		fireEvent.click(all.getByRole('radio', { name: 'Not yet' }));
		expect(location.search).toBe('');
	});

	it('starts again, from one button', () => {
		renderChecker('?forums=all&electives=skills&essay=1');
		expect(screen.queryByRole('button', { name: 'Reset' })).toBeNull();
		fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
		expect(location.search).toBe('');
		expect(contract('participation')).toEqual({ qualifies: 'false', electivesNeeded: '2', needsKeyElective: 'true' });
		expect(live()).toBe(
			'No certificate yet; for the Certificate of Participation you still need 6 plenary forums and 2 more electives (one of them a key elective).',
		);
	});

	it('shares the answer with the link where the browser can share, and copies the link elsewhere', async () => {
		renderChecker('?forums=all&electives=skills,statistics');
		const shared: ShareData[] = [];
		Object.assign(navigator, { share: async (data: ShareData) => void shared.push(data) });
		await act(async () => fireEvent.click(document.querySelector('[data-share]')!));
		expect(shared).toEqual([
			{
				title: document.title,
				text: 'Reached now: Certificate of Participation.',
				url: `${location.origin}${path}?forums=all&electives=statistics,skills`,
			},
		]);
		Object.assign(navigator, { share: undefined });
		const copied: string[] = [];
		Object.defineProperty(navigator, 'clipboard', {
			configurable: true,
			value: { writeText: async (text: string) => void copied.push(text) },
		});
		await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Share' })));
		expect(copied).toEqual([`${location.origin}${path}?forums=all&electives=statistics,skills`]);
		expect(screen.getByText('Link copied: anyone who opens it sees the same answer.')).toBeTruthy();
	});
});

describe('certificate path checker: a plan of forums, electives and the essay', () => {
	const forums = edition2020.forums.map((f) => f.id);

	it('reaches participation when the last forum is planned (5 of 6 forums, 2 electives with a key one, 1 planned)', () => {
		renderChecker(`?forums=${forums.slice(0, 5).join(',')}&electives=skills,reintegration&planned=climate-change`);
		expect(contract('participation')).toEqual({ qualifies: 'false', electivesNeeded: '0', needsKeyElective: 'false' });
		expect(plan('participation').qualifies).toBe('false');
		expect(sticky().getAttribute('data-verdict')).toBe('none');
		expect(sticky().textContent).toContain('With your plan: no certificate yet.');
		chooseIn(edition2020.forums[5]!.title.en, 'Planned');
		expect(location.search).toBe(
			`?forums=${forums.slice(0, 5).join(',')}&electives=skills,reintegration&planned=future-of-migration,climate-change`,
		);
		expect(contract('participation').qualifies).toBe('false');
		expect(plan('participation').qualifies).toBe('true');
		expect(plan('achievement').qualifies).toBe('false');
		const planned = within(document.querySelector<HTMLElement>('[data-scenario="plan"]')!);
		expect(planned.getByText('Your plan adds one plenary forum and one more elective.')).toBeTruthy();
		expect(planned.getByText('Reached once your plan is complete.')).toBeTruthy();
		expect(planned.getByText('Even with your plan, you would still need the individual essay.')).toBeTruthy();
		expect(verdict()).toContain('Once your plan is complete, you would reach the Certificate of Participation.');
		expect(sticky().getAttribute('data-verdict')).toBe('none');
		expect(sticky().textContent).toBe('No certificate reached yet. With your plan: Certificate of Participation. See the full answer');
		expect(sticky().querySelector('a')!.getAttribute('href')).toBe(`#${results().id}`);
	});

	it('plans the essay: essay=planned reaches achievement with the plan only', () => {
		renderChecker('?forums=all&electives=skills,statistics,reintegration&essay=planned');
		expect(contract('achievement').qualifies).toBe('false');
		expect(plan('achievement').qualifies).toBe('true');
		const achievement = document.querySelector('[data-plan-certificate="achievement"]')!;
		expect(achievement.getAttribute('data-plan-outcome')).toBe('plan');
		expect(document.querySelector('[data-plan-certificate="participation"]')!.textContent).toContain(
			'Already reached with what you have done.',
		);
		expect(sticky().getAttribute('data-verdict')).toBe('participation');
		expect(sticky().textContent).toContain('Reached now: Certificate of Participation. With your plan: Certificate of Achievement.');
		chooseIn('Individual essay', 'Done');
		expect(location.search).toBe('?forums=all&electives=statistics,skills,reintegration&essay=1');
		expect(sticky().getAttribute('data-verdict')).toBe('achievement');
		expect(sticky().textContent).not.toContain('With your plan');
	});

	it('says what the plan adds in French', () => {
		renderChecker('?forums=sdgs&planned=covid-19,skills,statistics&essay=planned', 'fr');
		expect(document.querySelector('.checker__adds')!.textContent).toBe(
			'Votre plan ajoute un forum plénier, 2 cours au choix et l’essai individuel.',
		);
		expect(sticky().textContent).toContain('Aucun certificat pour l’instant. Avec votre plan : aucun certificat pour l’instant.');
	});
});

describe('certificate path checker: what the reader ticks before it is ready', () => {
	it('adopts the server-rendered controls’ state at hydration, over the link', async () => {
		history.replaceState(null, '', `${path}?electives=reintegration`);
		const container = document.createElement('div');
		container.innerHTML = renderToString(checker());
		document.body.append(container);
		const server = within(container);
		(within(server.getByRole('group', { name: 'All 6 plenary forums' })).getByRole('radio', { name: 'Done' }) as HTMLInputElement).checked =
			true;
		(
			within(server.getByRole('group', { name: new RegExp(escape(title('statistics'))) })).getByRole('radio', {
				name: 'Planned',
			}) as HTMLInputElement
		).checked = true;
		(within(server.getByRole('group', { name: 'Individual essay' })).getByRole('radio', { name: 'Done' }) as HTMLInputElement).checked =
			true;
		const root = await act(async () => hydrateRoot(container, checker()));
		expect(location.search).toBe('?forums=all&electives=reintegration&planned=statistics&essay=1');
		expect(contract('participation')).toEqual({ qualifies: 'false', electivesNeeded: '1', needsKeyElective: 'true' });
		expect(plan('achievement').qualifies).toBe('false');
		expect(plan('participation').qualifies).toBe('true');
		expect(within(screen.getByRole('group', { name: 'All 6 plenary forums' })).getByRole('radio', { name: 'Done' })).toHaveProperty(
			'checked',
			true,
		);
		act(() => root.unmount());
		container.remove();
	});
});

describe('certificate path checker: a selection kept on this device', () => {
	const key = 'elma-checker-2020';
	const forgetButton = () => screen.getByRole('button', { name: 'Forget my selection' });

	it('keeps the selection for the next visit, and forgets it on request, leaving it in the address', () => {
		renderChecker();
		expect(screen.getByText(/kept on this device for your next visit; nothing is sent anywhere/)).toBeTruthy();
		chooseIn('Individual essay', 'Planned');
		expect(localStorage.getItem(key)).toBe('essay=planned');
		cleanup();
		renderChecker();
		expect(location.search).toBe('?essay=planned');
		expect(within(screen.getByRole('group', { name: 'Individual essay' })).getByRole('radio', { name: 'Planned' })).toHaveProperty(
			'checked',
			true,
		);
		fireEvent.click(forgetButton());
		expect(localStorage.getItem(key)).toBeNull();
		expect(location.search).toBe('?essay=planned');
		expect(screen.getByText('Your selection is no longer kept on this device; it stays in the address of this page.')).toBeTruthy();
		chooseIn('Individual essay', 'Done');
		expect(localStorage.getItem(key)).toBeNull();
	});

	it('shows a shared link as such and keeps the stored selection until the reader chooses', () => {
		localStorage.setItem(key, 'forums=all&electives=skills');
		renderChecker('?electives=statistics&essay=1');
		expect(contract('participation').electivesNeeded).toBe('1');
		expect(document.querySelector('.checker__saved[role="status"]')!.textContent).toContain('You are looking at a shared selection.');
		choose('reintegration', 'Done');
		expect(localStorage.getItem(key)).toBe('forums=all&electives=skills');
		fireEvent.click(screen.getByRole('button', { name: 'Back to my selection' }));
		expect(location.search).toBe('?forums=all&electives=skills');
		expect(screen.queryByText(/shared selection/)).toBeNull();
		cleanup();

		renderChecker('?electives=statistics');
		fireEvent.click(screen.getByRole('button', { name: 'Keep this selection as mine' }));
		expect(localStorage.getItem(key)).toBe('electives=statistics');
		expect(forgetButton()).toBeTruthy();
	});

	it('still works when storage throws, as in some private windows', () => {
		const { getItem, setItem } = Storage.prototype;
		Storage.prototype.getItem = () => {
			throw new DOMException('denied', 'SecurityError');
		};
		Storage.prototype.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		try {
			renderChecker('?forums=all');
			choose('skills', 'Done');
			choose('statistics', 'Done');
			expect(contract('participation').qualifies).toBe('true');
		} finally {
			Object.assign(Storage.prototype, { getItem, setItem });
		}
	});
});

describe('certificate path checker: where the edition stands on the reader’s day', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it.each([
		['2020-11-08T23:30:00', 'en', 'The 2020 edition starts on 9 November 2020.'],
		['2020-11-09T00:30:00', 'en', 'The 2020 edition is under way until 18 December 2020.'],
		['2020-12-18T23:30:00', 'fr', 'L’édition 2020 est en cours jusqu’au 18 décembre 2020.'],
		['2020-12-19T00:30:00', 'fr', 'L’édition 2020 s’est terminée le 18 décembre 2020.'],
	] as const)('on the reader’s local %s (%s)', (now, locale, line) => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date(now));
		renderChecker('', locale);
		expect(document.querySelector('.tool__status')!.textContent).toBe(line);
	});
});

describe('certificate path checker: links it cannot trust', () => {
	it('ignores unknown ids with a visible notice and counts a duplicate once', () => {
		renderChecker('?forums=all,nope&electives=skills,skills,reintegration,made-up');
		expect(notice().textContent).toBe('The link you opened contained unknown ids, which were ignored: nope, made-up.');
		expect(contract('participation').qualifies).toBe('true');
		expect(results().textContent).toContain('The link you opened listed some ids more than once (skills); each was counted once.');
		expect(location.search).toBe('?forums=all&electives=skills,reintegration');
	});

	it('renders a tampered query string as text, never as HTML', () => {
		renderChecker(`?electives=${encodeURIComponent('<img src=x onerror=alert(1)>')}&planned=<script>alert(1)</script>`);
		expect(document.querySelector('img')).toBeNull();
		expect(document.querySelector('.checker script')).toBeNull();
		expect(notice().textContent).toContain('<img src=x onerror=alert(1)>, <script>alert(1)</script>');
		expect(contract('participation').electivesNeeded).toBe('2');
	});

	it('is not thrown by an id that is very long', () => {
		renderChecker(`?planned=${'x'.repeat(5000)}`);
		expect(notice().textContent!.length).toBeLessThan(200);
	});
});

describe('certificate path checker in French', () => {
	it('speaks French, with the names of the edition record and French plurals', () => {
		const done = edition2020.forums.slice(1).map((f) => f.id);
		renderChecker(`?forums=${done.join(',')}&electives=reintegration,climate-change`, 'fr');
		expect(screen.getByRole('group', { name: 'Forums pléniers' })).toBeTruthy();
		expect(screen.getByText('Avec ce que vous avez terminé')).toBeTruthy();
		expect(verdict()).toBe(
			'Aucun certificat pour l’instant\u00a0; pour le certificat de participation, il vous manque un forum plénier et un cours au choix.',
		);
		const achievement = within(document.querySelector<HTMLElement>('[data-certificate="achievement"]')!);
		expect(achievement.getByText('Il manque encore un forum plénier, un cours clé et l’essai individuel.')).toBeTruthy();
		expect(document.querySelector('[data-certificate="achievement"] .checker__status')!.textContent).toBe(
			'Conditions non encore remplies · Cours au choix\u00a0: 2 sur 3',
		);
		expect(document.querySelector('.checker__forums')!.textContent).toBe(
			'Forums pléniers restant à terminer\u00a0: «\u00a0Adopter une approche des migrations fondée sur les droits\u00a0: les droits humains, y compris les droits au travail, des travailleurs migrants et de leur famille aux niveaux mondial et régional\u00a0».',
		);
		chooseIn(edition2020.forums[0]!.title.fr, 'Terminé');
		const statistics = new RegExp(escape(edition2020.electives.find((e) => e.id === 'statistics')!.title.fr));
		chooseIn(statistics, 'Terminé');
		expect(document.querySelector('[data-certificate="participation"] .checker__status')!.textContent).toBe(
			'Conditions remplies · Cours au choix\u00a0: 2 sur 2',
		);
		chooseIn(statistics, 'Pas encore');
		expect(live()).toBe('Aucun certificat pour l’instant\u00a0; pour le certificat de participation, il vous manque un cours au choix.');
		expect(screen.getAllByRole('radio', { name: 'Terminé' })).toHaveLength(
			1 + edition2020.forums.length + edition2020.electives.length + 1,
		);
		expect(screen.getByRole('button', { name: 'Partager' })).toBeTruthy();
		expect(screen.getByRole('button', { name: 'Recommencer' })).toBeTruthy();
	});

	it('has every string in both languages, with every placeholder filled', () => {
		const keys = (all: Record<string, string>) => Object.keys(stringsWithPrefix(all, 'checker.')).sort();
		expect(keys(uiStringsFor('fr'))).toEqual(keys(uiStringsFor('en')));
		for (const locale of ['en', 'fr'] as const) {
			renderChecker('?forums=sdgs&electives=skills,statistics,skills&planned=reintegration,nope', locale);
			expect(document.body.textContent).not.toMatch(/[{}]|\b(verdict|needs|frag|reading|choice|plan|sticky)\./);
			cleanup();
		}
	});
});

describe('the checker with another edition', () => {
	afterEach(cleanup);

	it('counts its forums, thresholds and key electives, not 2020’s', () => {
		renderChecker('', 'en', edition2031);
		expect(document.body.textContent).toContain(
			'Taking at least one key elective lowers the number of electives a certificate needs: 4 instead of 7 for the Certificate of Achievement and 3 instead of 4 for the Certificate of Participation.',
		);
		chooseIn('All 4 plenary forums', 'Done');
		expect(contract('participation')).toEqual({ qualifies: 'false', electivesNeeded: '3', needsKeyElective: 'true' });
		cleanup();
		renderChecker('?forums=all&electives=elective-one,elective-two,elective-four', 'en', edition2031);
		expect(contract('participation')).toEqual({ qualifies: 'true', electivesNeeded: '0', needsKeyElective: 'false' });
		expect(contract('achievement')).toEqual({ qualifies: 'false', electivesNeeded: '1', needsKeyElective: 'false' });
		expect(verdict()).toBe(
			'You have reached the Certificate of Participation; for the Certificate of Achievement you still need one more elective and the individual essay.',
		);
		expect(document.body.textContent).toContain('Test elective seven');
		expect(document.body.textContent).not.toContain(edition2020.electives[0]!.title.en);
	});
});
