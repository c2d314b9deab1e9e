/**
 * What the search dialog asks Pagefind for, from what the reader typed. Pagefind matches a word
 * it does not know by its longest indexed prefix (so "certficate" finds every page with a word in
 * "c"), and a phrase only where every word is: here a word the site does not have is replaced by
 * the nearest word it has, or left out.
 */
import { elision, folded, wordsOf } from './words.ts';

/** The words of the index in the page's language (written by src/integrations/search-index.ts). */
export interface WordList {
	written: string[];
	folded: string[];
}

/** Reads a word list: one word per line, as the site writes it. */
export function wordList(text: string): WordList {
	const written = text.split('\n').filter(Boolean);
	return { written, folded: written.map(folded) };
}

export interface SearchTerm {
	/** The words to search, separated by spaces. */
	term: string;
	/** A word was replaced or left out: the dialog says what it searched instead. */
	changed: boolean;
	/** The words put in place of words the site does not have. */
	guessed: string[];
}

/** Words this short are searched as typed: one edit away, every short word is another word. */
const shortestCorrected = 4;

/**
 * The word as the site writes it, if the site has it: the same word (« oeuvre » is « œuvre »),
 * a word it begins (the reader is still typing), or a word it inflects ("certificates",
 * « remboursement » for « rembourse »).
 */
export function indexedForm(word: string, words: WordList): string | undefined {
	const key = folded(word);
	if (key.length < 3) return word;
	const same = words.folded.indexOf(key);
	if (same >= 0) return words.written[same];
	const known = words.folded.some(
		(indexed) => indexed.startsWith(key) || (indexed.length >= 4 && key.startsWith(indexed) && key.length - indexed.length <= 4),
	);
	return known ? word : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours. */
function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const row = rows[i]!;
			row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
		}
	}
	return rows[a.length]![b.length]!;
}

const commonPrefix = (a: string, b: string) => {
	let length = 0;
	while (length < a.length && a[length] === b[length]) length++;
	return length;
};

/** The indexed word nearest to `word`: one edit away, two for words of 8 letters or more. */
function nearestWord(word: string, words: WordList): string | undefined {
	const key = folded(word);
	if (key.length < shortestCorrected) return undefined;
	const allowed = key.length >= 8 ? 2 : 1;
	let best: { index: number; distance: number; prefix: number } | undefined;
	words.folded.forEach((indexed, index) => {
		if (Math.abs(indexed.length - key.length) > allowed) return;
		const distance = editDistance(key, indexed);
		if (distance > allowed) return;
		const prefix = commonPrefix(key, indexed);
		if (!best || distance < best.distance || (distance === best.distance && prefix > best.prefix)) best = { index, distance, prefix };
	});
	return best && words.written[best.index];
}

/**
 * The search for what the reader typed: elisions and punctuation left out, then each word the site
 * lacks replaced by its nearest word or, failing that, dropped (unless no word would be left).
 * Without the word list (not loaded yet), the words as typed.
 */
export function searchTerm(typed: string, words?: WordList): SearchTerm {
	const typedWords = wordsOf(typed.replace(elision, ''));
	const asTyped = { term: typedWords.join(' '), changed: false, guessed: [] };
	if (!words) return asTyped;
	const searched: string[] = [];
	const guessed: string[] = [];
	let dropped = false;
	for (const word of typedWords) {
		const indexed = indexedForm(word, words);
		const nearest = indexed === undefined ? nearestWord(word, words) : undefined;
		if (nearest) guessed.push(nearest);
		if (indexed === undefined && nearest === undefined) dropped = true;
		else searched.push((indexed ?? nearest)!);
	}
	return searched.length ? { term: searched.join(' '), changed: dropped || guessed.length > 0, guessed } : asTyped;
}

/**
 * A phrase that finds nothing, made shorter until it finds something. A word guessed by
 * `nearestWord` goes first; otherwise, of the phrases one word shorter, the one that finds the
 * fewest pages (the most specific); if none finds any, the phrase without its shortest word, and so
 * on. `count` says how many pages a phrase finds.
 */
export async function phraseThatFinds(searched: SearchTerm, count: (term: string) => Promise<number>): Promise<string> {
	let words = searched.term.split(' ');
	if (words.length < 2 || (await count(searched.term)) > 0) return searched.term;
	for (const guess of searched.guessed) {
		const without = words.filter((word) => word !== guess);
		if (without.length && without.length < words.length) words = without;
		if (words.length > 1 && (await count(words.join(' '))) > 0) return words.join(' ');
	}
	while (words.length > 1) {
		const shorter = words.map((_, left) => words.filter((__, index) => index !== left));
		const found = await Promise.all(shorter.map(async (phrase) => ({ phrase, pages: await count(phrase.join(' ')) })));
		const best = found.filter(({ pages }) => pages > 0).sort((a, b) => a.pages - b.pages)[0];
		if (best) return best.phrase.join(' ');
		const shortest = words.reduce((min, word, index) => (word.length < words[min]!.length ? index : min), 0);
		words = words.filter((_, index) => index !== shortest);
	}
	return words[0]!;
}
