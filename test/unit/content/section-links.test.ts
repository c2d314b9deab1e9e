/**
 * Every link of a French page reaches the same place as its English twin: the same page and, when
 * the English link points to a section, a section of the French page (French headings have French
 * slugs, so the anchor differs but must exist). Links are paired in the order the pages give them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const docs = join(root, 'content/docs');

function pagesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return pagesUnder(path);
		return /\.mdx?$/.test(entry.name) ? [relative(docs, path)] : [];
	});
}

const englishPages = pagesUnder(docs).filter((page) => !page.startsWith('fr/') && !page.startsWith('404.'));

interface Link {
	path: string;
	anchor: string;
}

/** Links in source order: hero actions (`link:`), Markdown links and `href` attributes. */
function linksOf(source: string): Link[] {
	const pattern = /^\s*link:\s*(\S+)\s*$|\]\(([^)\s]+)\)|\bhref="([^"]+)"/gm;
	return [...source.matchAll(pattern)].map((match) => {
		const [path = '', anchor = ''] = (match[1] ?? match[2] ?? match[3] ?? '').split('#');
		return { path, anchor: decodeURIComponent(anchor) };
	});
}

/** The source file of a link's page (`/fr/programme/` → `fr/programme.mdx`; `''` → the page itself), or null for a file such as `/key-dates.ics`. */
function sourceOf(path: string, from: string): string | null {
	if (path === '') return from;
	const absolute = path.startsWith('/') ? path : `/${from.replace(/[^/]*$/, '')}${path}`;
	const slug = absolute.replace(/^\/|\/$/g, '') || 'index';
	for (const candidate of [`${slug}.mdx`, `${slug}.md`, `${slug}/index.mdx`, `${slug}/index.md`]) {
		if (existsSync(join(docs, candidate))) return candidate;
	}
	return null;
}

/** The ids a page's sections get: its headings, slugged as Astro does (github-slugger), plus the ids its components set. */
function sectionIds(page: string): Set<string> {
	const source = readFileSync(join(docs, page), 'utf8');
	const slugger = new GithubSlugger();
	const ids = new Set<string>();
	for (const [, text = ''] of source.matchAll(/^#{2,6} +(.+)$/gm)) {
		const plain = text
			.replace(/<[^>]+>/g, '')
			.replace(/[*_`]/g, '')
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
		ids.add(slugger.slug(plain.trim()));
	}
	for (const [, component = ''] of source.matchAll(/^import \w+ from '@\/(components\/[^']+\.astro)';$/gm)) {
		const file = readFileSync(join(root, 'src', component), 'utf8');
		for (const [, id = ''] of file.matchAll(/\bid="([^"{]+)"/g)) ids.add(id);
	}
	return ids;
}

const isInternal = (path: string) => !/^[a-z]+:/i.test(path);
const withoutLocale = (path: string) => (path === '' ? path : path.replace(/^\/fr(?=\/|$)/, '') || '/');

describe.each(englishPages)('links of %s and of its French twin', (page) => {
	const english = linksOf(readFileSync(join(docs, page), 'utf8'));
	const frenchPage = `fr/${page}`;
	const french = linksOf(readFileSync(join(docs, frenchPage), 'utf8'));

	it('are as many, in the same order, to the same pages', () => {
		expect(french.map((link) => (isInternal(link.path) ? withoutLocale(link.path) : link.path))).toEqual(english.map((link) => link.path));
	});

	it('stay within the French site', () => {
		for (const link of french.filter((l) => isInternal(l.path) && l.path.startsWith('/'))) {
			expect(link.path, `${frenchPage} links to ${link.path}`).toMatch(/^\/fr\//);
		}
	});

	it('point to a section of the French page wherever the English points to a section, and that section exists', () => {
		english.forEach((link, index) => {
			const twin = french[index];
			if (!twin || !isInternal(link.path)) return;
			const label = `${page} link ${index + 1} (${link.path}#${link.anchor})`;
			expect(Boolean(twin.anchor), label).toBe(Boolean(link.anchor));
			if (!link.anchor) return;
			const englishTarget = sourceOf(link.path, page) ?? page;
			const frenchTarget = sourceOf(twin.path, frenchPage) ?? frenchPage;
			expect(sectionIds(englishTarget), label).toContain(link.anchor);
			expect(sectionIds(frenchTarget), `${label} → ${twin.path}#${twin.anchor}`).toContain(twin.anchor);
		});
	});
});

describe('the pairing of links', () => {
	it('finds the links a page makes, anchors included', () => {
		const links = linksOf(readFileSync(join(docs, 'fr/faq.mdx'), 'utf8'));
		expect(links.some((link) => link.anchor !== '')).toBe(true);
		expect(linksOf('see [A](/a/#b), <LinkCard href="/c/" /> and\n    link: /d/')).toEqual([
			{ path: '/a/', anchor: 'b' },
			{ path: '/c/', anchor: '' },
			{ path: '/d/', anchor: '' },
		]);
	});

	it('slugs French headings as the built site does', () => {
		expect(sectionIds('fr/faq.mdx')).toContain('comment-sinscrire');
		expect(sectionIds('fr/about.mdx')).toContain('à-qui-sadresse-lacadémie');
	});
});
