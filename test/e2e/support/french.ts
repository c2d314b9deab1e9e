/** French typography, as the built pages, the tools and the search dialog must write it. */

/** Places where an ordinary space (U+0020, or a line break the browser shows as one) stands where French wants a no-break space. */
export function ordinarySpaceFaults(text: string): string[] {
	const faults = [...text.matchAll(/\S{0,12}[ \t\r\n]+[:;?!»]|«[ \t\r\n]+\S{0,12}/g)].map((match) => match[0]);
	// A colon or question mark that belongs to an address is not punctuation.
	return faults.filter((fault) => !/https?:|\?\w+=/.test(fault));
}
