/**
 * The search dialog's UI: Pagefind's, with the reader's words rewritten before each search
 * (src/search/query.ts) and a line on results found through the other language. Starlight's
 * Search component imports `@pagefind/default-ui` once the browser is idle; astro.config.mjs
 * resolves that import here, so Starlight's dialog, keyboard shortcut and script stay its own
 * and this code loads with the dialog's UI, never with the page.
 */
import { PagefindUI as PagefindDefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { indexedElision, wordsOf } from './words.ts';
import { indexedForm, phraseThatFinds, searchTerm, wordList, type SearchTerm, type WordList } from './query.ts';
import '@/styles/search.css';

interface Result {
	url: string;
	content: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: { url: string; title: string; excerpt: string }[];
}

interface Options {
	element: string;
	bundlePath: string;
	/** Starlight's `pagefind.ranking` (astro.config.mjs keeps its defaults: that config is in every page's script). */
	ranking?: Record<string, unknown>;
	/** Starlight's `pagefind.*` strings in the page's language (content/i18n/). */
	translations: Record<string, string>;
	processResult?: (result: Result) => void;
}

/** Pagefind's search API, the same module its UI loads. */
interface Pagefind {
	search(term: string): Promise<{ results: unknown[] }>;
}

/**
 * An excerpt or title as the page writes it: the index spells elisions with `'`
 * (src/search/indexed-page.ts), the page with `’`; and Pagefind writes every space as an ordinary
 * one, where French puts a no-break space before : ; ? ! » and after «.
 */
function asWritten(text: string): string {
	const elided = text.replace(indexedElision, '$1’');
	return document.documentElement.lang === 'fr' ? elided.replace(/ (?=[:;?!»])/g, '\u00a0').replace(/« /g, '«\u00a0') : elided;
}

const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

export class PagefindUI {
	constructor(options: Options) {
		const container = document.querySelector(options.element);
		const input = () => container?.querySelector('input');
		const strings = options.translations;
		let words: WordList | undefined;
		let searched: SearchTerm = { term: '', changed: false, guessed: [] };
		/** Phrases that found nothing, by what the reader typed, and the shorter phrase searched instead. */
		const retries = new Map<string, string>();

		const note = document.createElement('p');
		note.className = 'site-search__instead';
		note.setAttribute('role', 'status');
		note.hidden = true;

		// Pagefind's UI searches again when its filters are set, with the input as the reader left it
		// (it shows that input in its message). The site has no filters: setting none re-runs the search.
		const searchAgain = () => ui.triggerFilters({});

		const retryIfNothing = async (typed: string, first: SearchTerm) => {
			const pagefind = (await import(/* @vite-ignore */ `${options.bundlePath}pagefind.js`)) as Pagefind;
			const shorter = await phraseThatFinds(first, async (phrase) => (await pagefind.search(phrase)).results.length);
			const value = input()?.value ?? '';
			if (shorter === first.term) return;
			retries.set(typed, shorter);
			if (value.trim() === typed) searchAgain();
		};

		/** A result found by a word that is only in its twin's title and headings. */
		const foundInTwin = (result: Result) => {
			const twin = [result.meta.twin_title, result.meta.twin_headings].join(' ');
			const own = wordList(wordsOf(`${result.meta.title} ${result.content}`).join('\n'));
			const other = wordList(wordsOf(twin).join('\n'));
			return searched.term.split(' ').some((word) => !indexedForm(word, own) && indexedForm(word, other));
		};

		/**
		 * Says so before the page's excerpt. Pagefind's UI shows that excerpt only when the page's first
		 * sub-result is the page itself, which a page found by its metadata alone lacks: it is added.
		 */
		const sayFoundInTwin = (result: Result) => {
			result.excerpt = `<span class="site-search__other-language">${escaped(strings['other_language']!)}</span> ${result.excerpt}`;
			if (result.sub_results[0]?.url !== result.url)
				result.sub_results.unshift({ url: result.url, title: result.meta.title ?? '', excerpt: result.excerpt });
		};

		const ui = new PagefindDefaultUI({
			...options,
			ranking: {
				...options.ranking,
				// Each page is on one subject: the page that says a word most is the page about it.
				// Dividing by length would rank first the short pages that mention it in passing.
				pageLength: 0,
				// A longer word that begins with the searched one ("enregistrements" for « enregistrement »,
				// « inscrire » for "inscri") counts little less than the word itself, as in Pagefind's own
				// default: Starlight's 9 makes it count next to nothing, so one exact mention in passing
				// outranks the page whose headings use the word's other forms.
				termSimilarity: 1,
				// Each page's index also holds its twin's title and headings (src/search/indexed-page.ts):
				// a match there counts less than one in the page's own words (1) or title (5).
				metaWeights: { twin_title: 1, twin_headings: 0.5 },
			},
			processTerm: (value: string) => {
				const typed = value.trim();
				const retry = retries.get(typed);
				searched = retry ? { term: retry, changed: true, guessed: [] } : searchTerm(typed, words);
				if (!retry && words) void retryIfNothing(typed, searched);
				note.textContent = searched.changed ? strings['searched_instead']!.replace('[SEARCH_TERM]', searched.term) : '';
				note.hidden = !searched.changed;
				return searched.term;
			},
			processResult: (result: Result) => {
				result.excerpt = asWritten(result.excerpt);
				if (result.meta.title) result.meta.title = asWritten(result.meta.title);
				for (const sub of result.sub_results) {
					sub.title = asWritten(sub.title);
					sub.excerpt = asWritten(sub.excerpt);
				}
				if (foundInTwin(result)) sayFoundInTwin(result);
				// Pagefind's UI lists every other metadata field under the result.
				delete result.meta.twin_title;
				delete result.meta.twin_headings;
				// Starlight's: the links of the results and sub-results, as the site writes them.
				options.processResult?.(result);
				return result;
			},
		});
		container?.querySelector('.pagefind-ui__drawer')?.prepend(note);

		// The words of the page's language, for corrections; a search made before they arrive is made again.
		fetch(`${options.bundlePath}words-${document.documentElement.lang}.txt`)
			.then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status} ${response.url}`))))
			.then((text) => {
				words = wordList(text);
				const value = input()?.value ?? '';
				if (value.trim()) searchAgain();
			})
			.catch((error: unknown) => console.warn('Search corrections are off:', error));
	}
}
