import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, docs } from './pages.ts';

const withoutExtension = (page: string) => page.replace(/\.mdx?$/, '');
const frenchPages = new Set(allPages.filter((p) => p.startsWith('fr/')).map(withoutExtension));
const englishPages = allPages.filter((p) => !p.startsWith('fr/'));

function frontmatterOf(page: string): string {
	return /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(docs, page), 'utf8'))?.[1] ?? '';
}

/** The prose of a page: no frontmatter, no import lines, no JSX tags. */
function proseOf(page: string): string {
	return readFileSync(join(docs, page), 'utf8')
		.replace(/^---\n[\s\S]*?\n---/, '')
		.replace(/^import .*$/gm, '')
		.replace(/<[^>]+>/g, ' ');
}

const months =
	'January|February|March|April|May|June|July|August|September|October|November|December|' +
	'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';

describe('content pages', () => {
	it('has English pages to check', () => {
		expect(englishPages).toContain('index.mdx');
	});

	it.each(englishPages)('%s has a French twin under fr/', (page) => {
		expect(frenchPages.has(`fr/${withoutExtension(page)}`)).toBe(true);
	});

	it.each(allPages)('%s has a title and a description', (page) => {
		const frontmatter = frontmatterOf(page);
		expect(frontmatter).toMatch(/^title: *\S/m);
		expect(frontmatter).toMatch(/^description: *\S.{20,}/m);
	});

	it.each(allPages)('%s types no date, amount or day count of the academy', (page) => {
		const prose = proseOf(page);
		expect(prose).not.toMatch(new RegExp(`\\b\\d{1,2}(er)? (${months})\\b`, 'i'));
		expect(prose).not.toMatch(/\d[\d,.\s\u00a0\u202f]*(€|EUR\b)|€\s*\d/);
		expect(prose).not.toMatch(/\b\d+\s+(calendar\s+)?(days?|jours?|weeks?|semaines?|hours?|heures?)\b/i);
		expect(prose).not.toMatch(/\b\d+\s*%/);
	});
});
