import { describe, expect, it } from 'vitest';
import { phraseThatFinds, searchTerm, wordList } from '@/search/query.ts';

const english = wordList(
	['certificate', 'certificates', 'refund', 'diploma', 'fees', 'essay', 'participation', 'send', 'someone'].join('\n'),
);
const french = wordList(
	['œuvre', 'main', 'inscription', 'employeurs', 'réussite', 'certificat', 'formation', 'commence', 'annulation'].join('\n'),
);

describe('what the search dialog searches for what a reader typed', () => {
	it('leaves out the elided article, with either apostrophe, and keeps the word', () => {
		expect(searchTerm("l'inscription", french).term).toBe('inscription');
		expect(searchTerm('d’employeurs', french).term).toBe('employeurs');
		expect(searchTerm("qu'inscription", french).term).toBe('inscription');
		// Not an elision: an apostrophe inside a word.
		expect(searchTerm("aujourd'hui", undefined).term).toBe('aujourd hui');
	});

	it('writes oe and ae as the site does (œuvre), and says nothing about it', () => {
		expect(searchTerm('oeuvre', french)).toEqual({ term: 'œuvre', changed: false, guessed: [] });
		expect(searchTerm("main d'oeuvre", french).term).toBe('main œuvre');
	});

	it('keeps words the site has, words it begins and words it inflects', () => {
		expect(searchTerm('certificate', english)).toEqual({ term: 'certificate', changed: false, guessed: [] });
		expect(searchTerm('certif', english).term).toBe('certif');
		expect(searchTerm('refunds', english).term).toBe('refunds');
		expect(searchTerm('reussite', french).term).toBe('réussite');
	});

	it('replaces a word the site lacks by the nearest one: one edit, or two from 8 letters', () => {
		expect(searchTerm('certficate', english)).toEqual({ term: 'certificate', changed: true, guessed: ['certificate'] });
		expect(searchTerm('refnud', english).term).toBe('refund');
		expect(searchTerm('diplomma', english).term).toBe('diploma');
		expect(searchTerm('partcipaton', english).term).toBe('participation');
		// Two edits in a word of 7 letters is too far: the word is left out.
		expect(searchTerm('refnuds fees', english)).toEqual({ term: 'fees', changed: true, guessed: [] });
		// Three letters are searched as typed.
		expect(searchTerm('fes', english).term).toBe('fes');
	});

	it('leaves out the words the site lacks, unless none would be left', () => {
		expect(searchTerm('quand commence la formation', french).term).toBe('commence la formation');
		expect(searchTerm('zzzqx', french)).toEqual({ term: 'zzzqx', changed: false, guessed: [] });
	});

	it('searches the words as typed until the word list has arrived', () => {
		expect(searchTerm('certficate', undefined)).toEqual({ term: 'certficate', changed: false, guessed: [] });
	});
});

describe('a phrase that finds nothing', () => {
	const pages: Record<string, number> = { 'send someone': 1, send: 4, someone: 2, 'someone fees': 0, fees: 5 };
	const count = async (term: string) => pages[term] ?? 0;

	it('is kept when it finds something', async () => {
		expect(await phraseThatFinds({ term: 'send someone', changed: false, guessed: [] }, count)).toBe('send someone');
	});

	it('loses first the word that was guessed', async () => {
		expect(await phraseThatFinds({ term: 'send someone essay', changed: true, guessed: ['essay'] }, count)).toBe('send someone');
	});

	it('otherwise becomes the shorter phrase that finds the fewest pages', async () => {
		expect(await phraseThatFinds({ term: 'send someone instead', changed: false, guessed: [] }, count)).toBe('send someone');
		expect(await phraseThatFinds({ term: 'someone fees', changed: false, guessed: [] }, count)).toBe('someone');
	});
});
