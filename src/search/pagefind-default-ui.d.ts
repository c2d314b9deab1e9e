/** Pagefind's UI ships no types; this is the part src/search/ui.ts uses. */
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
		triggerFilters(filters: Record<string, string | string[]>): void;
	}
}
