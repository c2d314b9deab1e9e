/**
 * French pages and strings follow French typography and the site's French terms: a no-break space
 * (U+00A0 or U+202F) before : ; ? ! and inside « », certificate and diploma names in lower case
 * within a sentence, « séance » for a live class, and one name for the source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, docs } from './pages.ts';
import en from '../../../content/i18n/en.json';
import fr from '../../../content/i18n/fr.json';

const frenchPages = allPages.filter((page) => page.startsWith('fr/'));

/** French text of a page, frontmatter included; import lines, code and the English part of a page left out. */
function frenchTextOf(page: string): string {
	return readFileSync(join(docs, page), 'utf8')
		.replace(/^import .*$/gm, '')
		.replace(/<div lang="en">[\s\S]*?<\/div>/g, '')
		.replace(/`[^`]*`/g, '');
}

/** Places where an ordinary space (or a line break) stands where French wants a no-break space. */
function typographyFaults(text: string): string[] {
	const faults = [
		// A colon closes a bold label too: « **Prix :** ».
		...text.matchAll(/\S[ \t\n]+[;?!»]|\S[ \t\n]+:(?=[\s*_]|$)|«[ \t\n]/g),
		...text.matchAll(/[^\s\u00a0\u202f(«[/"'*_]([;?!](?=[\s"*_)\]]|$))/gm),
	].map((match) => match[0]);
	return faults.filter((fault) => !/https?:|:::/.test(fault));
}

describe.each(frenchPages)('%s', (page) => {
	const text = frenchTextOf(page);

	it('puts a no-break space before : ; ? ! and inside « »', () => {
		expect(typographyFaults(text)).toEqual([]);
	});

	it('writes certificate and diploma names in lower case within a sentence', () => {
		const capitalised = [...text.matchAll(/(?<![.!?:>\n-] ?|^)[ (*](Certificat de (?:réussite|participation)|Diplôme du CIF-OIT)/gm)];
		expect(capitalised.map((match) => match[0])).toEqual([]);
	});

	it('calls a live class a « séance » and names the source the course description', () => {
		expect(text).not.toMatch(/sessions? (?:en direct|de formation)/i);
		expect(text).not.toMatch(/page du cours/i);
	});
});

describe('French UI strings', () => {
	it.each(Object.entries(fr))('%s puts a no-break space before : ; ? ! and inside « »', (_, value) => {
		expect(typographyFaults(value)).toEqual([]);
	});

	const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

	it.each(Object.entries(en))('%s has the same placeholders as in English', (key, value) => {
		expect(placeholders((fr as Record<string, string>)[key] ?? '')).toEqual(placeholders(value));
	});

	it('overrides Starlight’s and Pagefind’s French where they are wrong or missing', () => {
		const strings = fr as Record<string, string>;
		expect(strings['heading.anchorLabel']).toBe('Section intitulée «\u00a0{{title}}\u00a0»');
		expect(Object.values(strings).filter((value) => /Selectionner/.test(value))).toEqual([]);
		expect(strings['pagefind.one_result']).toMatch(/^\[COUNT\] résultat .*\[SEARCH_TERM\]/);
		expect(strings['pagefind.many_results']).toMatch(/^\[COUNT\] résultats .*\[SEARCH_TERM\]/);
		expect(strings['pagefind.zero_results']).toContain('[SEARCH_TERM]');
	});
});

describe('the typography check', () => {
	it('finds ordinary spaces and accepts no-break ones', () => {
		expect(typographyFaults('Vous annulez ? Oui : « non »')).toHaveLength(4);
		expect(typographyFaults('Vous annulez\u00a0? Oui\u202f: «\u00a0non\u00a0»; voir https://www.itcilo.org')).toEqual(['»;']);
		expect(typographyFaults(':::note[Lecture\u00a0: titre]\n:::')).toEqual([]);
		expect(typographyFaults('- **Prix :** 1 500,00 €')).toEqual(['x :']);
		expect(typographyFaults('- **Prix\u00a0:** 1 500,00 €')).toEqual([]);
	});
});
