/** No internal link of the built site points to a missing page or anchor. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { attributeValues, builtPages, readHtml } from '../support/dist.ts';

const distDir = inject('distDir');
const pages = builtPages(distDir);
const idsByPath = new Map(pages.map((page) => [page.path, new Set(attributeValues(readHtml(page), 'id'))]));

function fileExists(path: string): boolean {
	const file = join(distDir, decodeURIComponent(path));
	return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file) || existsSync(join(file, 'index.html'));
}

describe('internal links', () => {
	it.each(pages.map((page) => [page.path, page] as const))('%s links only to pages and anchors that exist', (_, page) => {
		const base = new URL(page.path, 'http://site.invalid');
		const broken: string[] = [];
		for (const href of attributeValues(readHtml(page), 'href')) {
			const url = new URL(href, base);
			if (url.origin !== base.origin) continue;
			if (!fileExists(url.pathname)) {
				broken.push(href);
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			const targetPath = url.pathname.endsWith('/') || url.pathname.includes('.') ? url.pathname : `${url.pathname}/`;
			if (anchor && !idsByPath.get(targetPath)?.has(anchor)) broken.push(href);
		}
		expect(broken).toEqual([]);
	});
});
