/** The site's Markdown and MDX pages, as paths under content/docs/ (`fr/faq.mdx`). */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const docs = join(import.meta.dirname, '../../../content/docs');

function pagesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return pagesUnder(path);
		return /\.mdx?$/.test(entry.name) ? [relative(docs, path)] : [];
	});
}

export const allPages = pagesUnder(docs);
