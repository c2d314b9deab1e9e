/**
 * How search compares words, the same at build time (the word list) and in the reader's browser
 * (the query). Pagefind lower-cases words and ignores accents; it keeps œ and æ as letters of their own.
 */

/**
 * A French elision: « l’ », « d’ », « qu’ »… before a word, with either apostrophe. Astro's
 * typography writes every `'` of the Markdown as `’` (U+2019), which Pagefind does not treat as
 * punctuation, so « l’inscription » would be one word.
 */
export const elision = /(?<![\p{L}\p{N}])(qu|[cdjlmnst])['’](?=\p{L})/giu;

/** An elision as the index spells it (src/search/indexed-page.ts); in an excerpt, Pagefind may mark the word after it. */
export const indexedElision = /(?<![\p{L}\p{N}])(qu|[cdjlmnst])'(?=<mark>|\p{L})/giu;

/** A word as search compares it: lower case, without accents, œ and æ written out. */
export function folded(word: string): string {
	return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replaceAll('œ', 'oe').replaceAll('æ', 'ae');
}

/** The words of a text, in lower case, accents kept: « l’inscription » gives « l » and « inscription ». */
export function wordsOf(text: string): string[] {
	return (
		text
			.toLowerCase()
			.normalize('NFC')
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}
