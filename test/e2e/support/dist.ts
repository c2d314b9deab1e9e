/** Reading the built site from disk: its pages, their links, anchors and scripts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
	/** The URL path, e.g. `/fr/programme/`. */
	path: string;
	file: string;
}

/** Every HTML page of the build (not Pagefind's files), English and French. */
export function builtPages(distDir: string): BuiltPage[] {
	const pages: BuiltPage[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
			} else if (entry.name.endsWith('.html')) {
				const rel = relative(distDir, full).split(sep).join('/');
				const path = `/${rel}`.replace(/index\.html$/, '').replace(/\.html$/, '');
				pages.push({ path: path === '/404' ? '/404.html' : path, file: full });
			}
		}
	};
	walk(distDir);
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}

export const isFrench = (path: string) => path === '/fr/' || path.startsWith('/fr/');

export function readHtml(page: BuiltPage): string {
	return readFileSync(page.file, 'utf8');
}

/** Values of `attribute` on every tag of `html` (attribute values are HTML-escaped, so `&amp;` is decoded). */
export function attributeValues(html: string, attribute: string): string[] {
	const pattern = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
	return [...html.matchAll(pattern)].map((match) => match[1]!.replaceAll('&amp;', '&'));
}

/** The text of a page's `<h1>`, read from the built HTML, so tests follow the content as it changes. */
export function headingOf(page: BuiltPage): string {
	const match = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readHtml(page));
	return (match?.[1] ?? '')
		.replace(/<[^>]+>/g, '')
		.replace(/&[^;]+;/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}
