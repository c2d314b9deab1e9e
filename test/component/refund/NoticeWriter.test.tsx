import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { catalogs, openCalculator, plain } from './helpers.ts';
import { nameMaxLength } from '@/islands/refund/letter.ts';
import { createFormat } from '@/i18n/format.ts';

/** A date with its weekday, as Intl writes it on this platform (with or without a comma). */
const full = (iso: string, locale: 'en' | 'fr' = 'en') => plain(createFormat(locale, 'EUR').date(iso, 'full'));

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['Date'] });
	// Late evening on the reader's clock: "today" is 30 October 2020, ten days before the start.
	vi.setSystemTime(new Date(2020, 9, 30, 23, 30));
});
afterEach(() => {
	cleanup();
	vi.useRealTimers();
	vi.unstubAllGlobals();
	document.documentElement.className = '';
});

const opener = () => document.querySelector<HTMLButtonElement>('[data-notice-open]')!;
const textArea = () => document.querySelector<HTMLTextAreaElement>('textarea[data-notice-text]')!;
const letterText = () => plain(textArea()?.value);
const mailto = () => document.querySelector<HTMLAnchorElement>('[data-notice-mailto]')!;
const fieldNamed = (name: string) => document.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const typeIn = (name: string, value: string) => fireEvent.change(fieldNamed(name), { target: { value } });
const errorOf = (name: string) => {
	const ids = (fieldNamed(name).getAttribute('aria-describedby') ?? '').split(' ');
	return ids.map((id) => document.getElementById(id)).find((element) => element?.classList.contains('tool-field__error')) ?? null;
};
const writerText = () => plain(document.querySelector('.refund-letter__body')?.textContent);

/** Opens the calculator at `query` and the writer under its answer; resolves once the writer's chunk is in. */
async function openWriter(locale: 'en' | 'fr', query: string) {
	const view = openCalculator(locale, query);
	expect(opener().getAttribute('aria-expanded')).toBe('false');
	await act(async () => fireEvent.click(opener()));
	await waitFor(() =>
		expect(document.querySelector('.refund-letter__body [data-notice-text], .refund-letter__body .refund-letter__note')).not.toBeNull(),
	);
	expect(opener().getAttribute('aria-expanded')).toBe('true');
	return view;
}

describe('the notice writer', () => {
	it('is not loaded nor shown until the reader opens it', () => {
		openCalculator('en', 'notice=2020-10-30');
		expect(opener().textContent).toBe('Write your notice');
		expect(document.querySelector('[data-notice-text]')).toBeNull();
		expect(document.querySelector('[data-notice-mailto]')).toBeNull();
	});

	it('writes a cancellation in the first person, with the course, its dates, the date, the payment and the figures', async () => {
		await openWriter('en', 'notice=2020-10-30&paid=1000&bank=20');
		typeIn('notice-name', 'Amina Diallo');
		typeIn('notice-place', 'Dakar');
		expect(letterText()).toBe(
			[
				'International Training Centre of the ILO (ITCILO)',
				'',
				'Dakar, 30 October 2020',
				'',
				'Subject: Cancellation of my participation in the e-Academy on Labour Migration (e-LMA), 9 November\u2009–\u200918 December 2020',
				'',
				'Dear Sir or Madam,',
				'',
				'I hereby give you written notice that I cancel my participation in the e-Academy on Labour Migration (e-LMA), held from 9 November to 18 December 2020.',
				'',
				'I paid €1,000.00 for the course.',
				'',
				`My notice is given 10 calendar days before the start of the course on ${full('2020-11-09')}. Under the published cancellation rules, as the e-LMA website computes them:`,
				'- Penalty withheld from my payment: €750.00',
				'- Bank charges deducted: €20.00',
				'- Refund due to me: €230.00',
				'I would be grateful if you could confirm this calculation.',
				'',
				'Yours faithfully,',
				'Amina Diallo',
			].join('\n'),
		);
		expect(letterText()).not.toMatch(/\byour\b/i);
		// No warning: the notice is dated today.
		expect(writerText()).not.toContain('The date that counts');
		expect(writerText()).not.toContain('already started');
	});

	it('volunteers no penalty the payment does not cover', async () => {
		await openWriter('en', 'notice=2020-11-02&paid=750');
		typeIn('notice-name', 'Amina Diallo');
		expect(letterText()).toContain('- Penalty withheld from my payment: €750.00\n- Refund due to me: €0.00');
		expect(letterText()).not.toContain('€1,500.00');
		expect(letterText()).not.toContain('not covered');
		// The answer, not the letter, states it.
		expect(plain(document.querySelector('.refund__figure--uncovered')?.textContent)).toBe('Penalty not covered by your payment€750.00');
	});

	it('leaves no trace of an empty field', async () => {
		await openWriter('en', 'notice=2020-10-20');
		expect(letterText().split('\n')[2]).toBe('20 October 2020');
		expect(letterText()).toContain('\nI hereby give you written notice that I cancel my participation');
		expect(letterText().trimEnd().endsWith('Yours faithfully,')).toBe(true);
		fireEvent.click(screen.getByLabelText('Be substituted by another candidate'));
		expect(letterText()).toContain('and ask to be substituted by another candidate.\n');
		expect(letterText()).not.toMatch(/\[|candidate: ?\.|: \.|, \./);
	});

	it('writes in French, with French letter conventions and typography', async () => {
		await openWriter('fr', 'notice=2020-10-30&paid=500');
		typeIn('notice-name', 'Amina Diallo');
		typeIn('notice-place', 'Dakar');
		expect(opener().textContent).toBe('Rédiger votre notification');
		expect(letterText()).toBe(
			[
				'Centre international de formation de l’OIT (CIF-OIT)',
				'',
				'Dakar, le 30 octobre 2020',
				'',
				'Objet : Annulation de ma participation à l’e-Académie sur les migrations de main-d’œuvre (e-LMA), 9 novembre – 18 décembre 2020',
				'',
				'Madame, Monsieur,',
				'',
				'Par la présente, je vous informe de l’annulation de ma participation à l’e-Académie sur les migrations de main-d’œuvre (e-LMA), organisée du 9 novembre au 18 décembre 2020.',
				'',
				'J’ai versé 500,00 € au titre de ma participation.',
				'',
				`Ma notification intervient 10 jours calendaires avant le début du cours, fixé au ${full('2020-11-09', 'fr')}. Selon les règles d’annulation publiées, et d’après le calcul du site de l’e-LMA :`,
				'– Pénalité retenue sur mon paiement : 500,00 €',
				'– Remboursement qui m’est dû : 0,00 €',
				'Je vous remercie de bien vouloir me confirmer ce calcul.',
				'',
				'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
				'Amina Diallo',
			].join('\n'),
		);
		// No-break spaces before the colons, inside the numbers as Intl writes them.
		expect(textArea().value).toContain('Objet\u00a0: Annulation');
		expect(textArea().value).not.toContain('250,00');
		expect(plain(document.querySelector('.refund-letter__address')?.textContent)).toBe(
			'La description du cours ne donne aucune adresse électronique : ajoutez vous-même l’adresse du Centre.',
		);
	});

	it('offers substitution and transfer while their notice is in time, and names the other person or course', async () => {
		await openWriter('en', 'notice=2020-10-20');
		const choices = [...document.querySelectorAll<HTMLInputElement>('[name="notice-request"]')].map((radio) => radio.value);
		expect(choices).toEqual(['cancel', 'substitute', 'transfer']);
		fireEvent.click(screen.getByLabelText('Be substituted by another candidate'));
		typeIn('notice-name', 'Amina Diallo');
		expect(screen.getByLabelText('Name of the candidate who would take your place')).toBeTruthy();
		typeIn('notice-other', 'Jean Dupont');
		expect(letterText()).toContain('and ask to be substituted by another candidate, Jean Dupont.');
		expect(letterText()).toContain(
			`This notice is within the time the course description sets: at least 14 days before the start date, that is on or before ${full('2020-10-26')}.`,
		);
		expect(letterText()).toContain('I would be grateful if you could confirm that my request is accepted.');
		// A withdrawal carries no penalty: none is mentioned.
		expect(letterText()).not.toMatch(/penalty|refund/i);
		fireEvent.click(screen.getByLabelText('Be transferred to a different course'));
		expect(screen.getByLabelText('Name of the course you apply to instead')).toBeTruthy();
		typeIn('notice-other', 'Another course');
		expect(letterText()).toContain('and ask to apply to a different course instead: Another course.');
		expect(letterText()).toContain(
			'Subject: Request to apply to a different course instead of the e-Academy on Labour Migration (e-LMA), 9 November\u2009–\u200918 December 2020',
		);
	});

	it('writes a cancellation only once the notice for substitution or transfer has closed, and says so', async () => {
		await openWriter('en', 'notice=2020-10-30');
		const choices = [...document.querySelectorAll<HTMLInputElement>('[name="notice-request"]')].map((radio) => radio.value);
		expect(choices).toEqual(['cancel']);
		expect(writerText()).toContain('A transfer or a substitution had to be notified in writing on or before Monday');
		expect(writerText()).toContain('as your notice is dated 30 October 2020, this page writes a cancellation only');
	});

	it('warns when the notice is not dated today: the day it is sent counts', async () => {
		await openWriter('en', 'notice=2020-10-20');
		expect(writerText()).toContain(
			'Your notice is dated 20 October 2020, but today is 30 October 2020. The date that counts is the day you send the notice',
		);
	});

	it('puts the letter in an e-mail with subject and body, and no address', async () => {
		await openWriter('en', 'notice=2020-10-30');
		typeIn('notice-name', 'Amina Diallo');
		const href = mailto().getAttribute('href')!;
		expect(href.startsWith('mailto:?subject=')).toBe(true);
		const params = new URLSearchParams(href.slice('mailto:?'.length));
		expect(params.get('subject')).toContain('Cancellation of my participation');
		expect(plain(params.get('body'))).toContain('I hereby give you written notice');
		expect(params.get('body')!.endsWith('Yours faithfully,\r\nAmina Diallo')).toBe(true);
		expect(params.get('body')).toContain('\r\n');
		expect(plain(mailto().nextElementSibling?.textContent)).toBe(
			'The course description gives no e-mail address: add the Centre’s address yourself.',
		);
	});

	it('asks for the name next to its field before copying, mailing or printing', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		const print = vi.fn();
		vi.stubGlobal('print', print);
		await openWriter('en', 'notice=2020-10-30');
		expect(errorOf('notice-name')).toBeNull();
		await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy the text' })));
		expect(writeText).not.toHaveBeenCalled();
		expect(fieldNamed('notice-name').getAttribute('aria-invalid')).toBe('true');
		expect(errorOf('notice-name')?.textContent).toBe('Enter your name: the notice must say who sends it.');
		expect(document.activeElement).toBe(fieldNamed('notice-name'));
		expect(letterText()).toContain('I hereby give you written notice');
		const click = new MouseEvent('click', { bubbles: true, cancelable: true });
		act(() => void mailto().dispatchEvent(click));
		expect(click.defaultPrevented).toBe(true);
		fireEvent.click(screen.getByRole('button', { name: 'Print the notice' }));
		expect(print).not.toHaveBeenCalled();
		typeIn('notice-name', '   ');
		expect(errorOf('notice-name')).not.toBeNull();
		typeIn('notice-name', 'Amina');
		expect(errorOf('notice-name')).toBeNull();
		await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy the text' })));
		expect(writeText).toHaveBeenCalledWith(textArea().value);
		expect(plain(document.querySelector('.refund-letter__status')?.textContent)).toBe('Text copied: paste it into your letter or e-mail.');
	});

	it('asks for the other candidate’s name when a substitution is chosen', async () => {
		await openWriter('fr', 'notice=2020-10-20');
		typeIn('notice-name', 'Amina');
		fireEvent.click(screen.getByLabelText('Me faire remplacer par un autre candidat'));
		await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copier le texte' })));
		expect(plain(errorOf('notice-other')?.textContent)).toBe('Saisissez le nom du candidat qui prendrait votre place.');
	});

	it('refuses a 500-character name with a message next to the field', async () => {
		await openWriter('en', 'notice=2020-10-30');
		typeIn('notice-name', 'a'.repeat(500));
		expect(errorOf('notice-name')?.textContent).toBe(`This is too long: use at most ${nameMaxLength} characters.`);
		typeIn('notice-name', 'a'.repeat(nameMaxLength));
		expect(errorOf('notice-name')).toBeNull();
	});

	it('shows markup in a name as text, never as HTML', async () => {
		await openWriter('en', 'notice=2020-10-30');
		const markup = '<img src=x onerror="document.title=1"><b>Amina</b>';
		typeIn('notice-name', markup);
		expect(document.querySelector('.refund-letter img, .refund-letter b')).toBeNull();
		expect(letterText().endsWith(`Yours faithfully,\n${markup}`)).toBe(true);
	});

	it('never writes the reader’s name into the address', async () => {
		await openWriter('en', 'notice=2020-10-20');
		fireEvent.click(screen.getByLabelText('Be substituted by another candidate'));
		typeIn('notice-name', 'Amina Diallo');
		typeIn('notice-other', 'Jean Dupont');
		expect(location.href).not.toMatch(/Amina|Jean|Diallo|Dupont/);
		expect(location.search).toBe('?notice=2020-10-20&paid=1500.00&bank=0.00');
	});

	it('prints the letter alone: a class on the document element while printing', async () => {
		let classDuringPrint = '';
		let sheetDuringPrint = '';
		const print = vi.fn(() => {
			classDuringPrint = document.documentElement.className;
			sheetDuringPrint = document.querySelector('body > .refund-letter-sheet')?.textContent ?? '';
		});
		vi.stubGlobal('print', print);
		await openWriter('en', 'notice=2020-10-30');
		typeIn('notice-name', 'Amina');
		fireEvent.click(screen.getByRole('button', { name: 'Print the notice' }));
		expect(print).toHaveBeenCalledOnce();
		expect(classDuringPrint).toContain('refund-print-letter');
		expect(sheetDuringPrint).toBe(textArea().value);
		window.dispatchEvent(new Event('afterprint'));
		expect(document.documentElement.classList.contains('refund-print-letter')).toBe(false);
		expect(document.querySelector('.refund-letter-sheet')).toBeNull();
	});

	it('lets the reader edit the text; copy, e-mail and print use it as edited', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		let printed = '';
		vi.stubGlobal(
			'print',
			vi.fn(() => {
				printed = document.querySelector('.refund-letter-sheet')?.textContent ?? '';
			}),
		);
		await openWriter('en', 'notice=2020-10-30');
		typeIn('notice-name', 'Amina Diallo');
		expect(textArea().tagName).toBe('TEXTAREA');
		const edited = textArea().value.replace('Dear Sir or Madam,', 'Dear Ms Rossi,');
		fireEvent.change(textArea(), { target: { value: edited } });
		expect(plain(document.querySelector('.refund-letter__body')?.textContent)).toContain(
			'You have edited this text: the fields above no longer change it.',
		);
		// A field changed afterwards leaves the reader's text as it is.
		typeIn('notice-name', 'Amina D.');
		expect(textArea().value).toBe(edited);
		await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy the text' })));
		expect(writeText).toHaveBeenCalledWith(edited);
		const body = new URLSearchParams(mailto().getAttribute('href')!.slice('mailto:?'.length)).get('body')!;
		expect(body).toBe(edited.replace(/\n/g, '\r\n'));
		fireEvent.click(screen.getByRole('button', { name: 'Print the notice' }));
		expect(printed).toBe(edited);
		// Written again from the fields on request.
		fireEvent.click(screen.getByRole('button', { name: 'Write the text again from the fields' }));
		expect(textArea().value).toContain('Dear Sir or Madam,');
		expect(textArea().value.endsWith('Yours faithfully,\nAmina D.')).toBe(true);
	});

	it('asks for a usable form first', async () => {
		await openWriter('en', 'notice=2020-10-30&paid=abc');
		expect(document.querySelector('[data-notice-text]')).toBeNull();
		expect(writerText()).toContain('Correct the form above first');
	});

	it('says plainly when the course has started, or is over', async () => {
		vi.setSystemTime(new Date(2020, 10, 20, 10));
		await openWriter('en', 'notice=2020-11-20');
		expect(writerText()).toContain(
			'The course began on Monday, 9 November 2020 and runs until Friday, 18 December 2020: a notice sent now comes after its start.',
		);
		cleanup();
		vi.setSystemTime(new Date(2021, 0, 5, 10));
		await openWriter('fr', 'notice=2021-01-05');
		expect(writerText()).toContain(
			'Le cours a pris fin le vendredi 18 décembre 2020 : toute notification envoyée maintenant est postérieure à la fin du cours.',
		);
		expect(letterText().split('\n')[2]).toBe('Le 5 janvier 2021');
	});

	it('closes again with the same control', async () => {
		await openWriter('en', 'notice=2020-10-30');
		await act(async () => fireEvent.click(opener()));
		expect(opener().getAttribute('aria-expanded')).toBe('false');
		expect(document.querySelector('[data-notice-text]')).toBeNull();
		expect(catalogs.en['refund.letter.open']).toBe(opener().textContent);
	});
});
