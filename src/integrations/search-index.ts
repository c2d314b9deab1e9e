/**
 * The search index. Starlight runs Pagefind over the built pages as they are; this runs after it
 * and replaces its index with one built from a copy of each page (src/search/indexed-page.ts):
 * elisions split, the twin page's title and headings as metadata. Starlight has no option to hand
 * Pagefind other text, and turning its search off would also drop `data-pagefind-body` from
 * every page. It then writes the word list of each language beside the index, for the search
 * dialog's corrections (src/search/query.ts).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { indexedPage, outlineOf } from '../search/indexed-page.ts';
import { wordsOf } from '../search/words.ts';
import { builtFiles } from './built-files.ts';

/**
 * The tools' answers as rendered before hydration (an empty form's answer): they repeat the rules
 * pages in other words and would outrank them. Pagefind skips these as it skips `data-pagefind-ignore`.
 */
const toolAnswers = ['#checker-answer', '[data-verdict]', '[data-result]'];

/** The tools' buttons (copy the link, reset, print): controls, not what the page says. */
const toolControls = ['.tool-actions'];

/**
 * The pages that sum up the others: the home page (the edition at a glance, a card for each part of
 * the site) and the sponsor sheet (the course's facts on one printable page). A word there points to
 * the page about it, so their words weigh half as much as another page's.
 */
const summaries = ['/', '/sponsor-sheet/'];
const summaryWeight = 0.5;
const weightOf = (url: string) => (summaries.includes(url.replace(/^\/fr\//, '/')) ? summaryWeight : undefined);

/** `/fr/faq/index.html` → `/fr/faq/`. */
const urlOf = (outDir: string, file: string) => `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
const twinOf = (url: string) => (url.startsWith('/fr/') ? url.slice(3) : `/fr${url}`);

/** Every word a language's index holds, from Pagefind's fragments (gzip, then a signature, then JSON). */
function indexedWords(bundle: string): Map<string, Set<string>> {
	const byLanguage = new Map<string, Set<string>>();
	const fragments = join(bundle, 'fragment');
	for (const name of readdirSync(fragments)) {
		const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
		const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { content: string; meta: Record<string, string> };
		const language = name.slice(0, name.indexOf('_'));
		const words = byLanguage.get(language) ?? new Set<string>();
		for (const word of wordsOf([fragment.content, fragment.meta.title, fragment.meta.twin_title, fragment.meta.twin_headings].join(' '))) {
			if (word.length >= 3) words.add(word);
		}
		byLanguage.set(language, words);
	}
	return byLanguage;
}

async function check<T extends { errors: string[] }>(response: Promise<T>): Promise<T> {
	const done = await response;
	if (done.errors.length) throw new Error(`Pagefind: ${done.errors.join('; ')}`);
	return done;
}

export default function searchIndex(): AstroIntegration {
	return {
		name: 'e-lma:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const bundle = join(outDir, 'pagefind');
				const pages = new Map(builtFiles(outDir, '.html').map((file) => [urlOf(outDir, file), readFileSync(file, 'utf8')]));
				rmSync(bundle, { recursive: true, force: true });
				try {
					const { index } = await check(pagefind.createIndex({ excludeSelectors: [...toolAnswers, ...toolControls] }));
					for (const [url, html] of pages) {
						const twin = pages.get(twinOf(url));
						await check(index!.addHTMLFile({ url, content: indexedPage(html, twin ? outlineOf(twin) : [], weightOf(url)) }));
					}
					await check(index!.writeFiles({ outputPath: bundle }));
				} finally {
					await pagefind.close();
				}
				for (const [language, words] of indexedWords(bundle)) {
					writeFileSync(join(bundle, `words-${language}.txt`), [...words].sort().join('\n'));
				}
				logger.info(`Search index rebuilt from ${pages.size} pages, elisions split, with each page's twin`);
			},
		},
	};
}
