// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import starlightLinksValidator from 'starlight-links-validator';
import keyDates from './src/integrations/key-dates.ts';
import { siteEdition } from './src/utils/site-edition.ts';
import security from './src/integrations/security.ts';
import searchIndex from './src/integrations/search-index.ts';
import idleHydration from './src/integrations/idle-hydration.ts';
import { siteAddress } from './src/utils/site-address.ts';
import { allCalendarPaths } from './src/calendar/paths.ts';
import { locales } from './src/rules/index.ts';

export default defineConfig({
	srcDir: '.',
	// Tests build into a folder of their own so that parallel runs never share one dist/.
	outDir: process.env.ELMA_OUT_DIR ?? './dist',
	// The one setting for the site's public address (src/utils/site-address.ts).
	site: siteAddress(process.env),
	trailingSlash: 'ignore',
	// Starlight turns on prefetching of every link on hover by default: about 1 KiB of script on
	// every page and speculative downloads on metered phone connections. Pages load on demand.
	prefetch: false,
	// Astro 7's default ('jsx') drops the line breaks between elements, so a card's title and its
	// description, or two links in a row, reach Pagefind as one word ("academyWhy"). This keeps one
	// space wherever the markup had whitespace, as Astro 5 did.
	compressHTML: true,
	// Starlight's Search component loads Pagefind's UI on idle: ours wraps it (src/search/ui.ts).
	vite: {
		// A page's own stylesheet of up to 7 KiB (the tools', the policy tables') is inlined rather than
		// fetched: one render-blocking request fewer on the tool pages. Starlight's shared one stays a file.
		build: { assetsInlineLimit: 7 * 1024 },
		resolve: { alias: [{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./src/search/ui.ts', import.meta.url)) }] },
	},
	integrations: [
		starlight({
			title: siteEdition.name,
			description: 'The e-Academy on Labour Migration (e-LMA): the ILO’s flagship online training on labour migration, run by ITCILO.',
			favicon: '/favicon.svg',
			defaultLocale: 'root',
			locales: {
				root: { label: 'English', lang: 'en' },
				fr: { label: 'Français', lang: 'fr' },
			},
			customCss: ['./src/styles/site.css'],
			components: { SiteTitle: './src/components/overrides/SiteTitle.astro' },
			routeMiddleware: ['./src/utils/route-data.ts'],
			// The calendars are files, not pages: the validator knows only pages.
			plugins: [starlightLinksValidator({ exclude: allCalendarPaths(locales) })],
			sidebar: [
				{
					label: 'Programme',
					translations: { fr: 'Programme' },
					items: ['about', 'programme', 'programme/languages'],
				},
				{
					label: 'Topics',
					translations: { fr: 'Thèmes' },
					items: ['programme/plenary-forums', 'programme/electives', 'programme/foundations'],
				},
				{
					label: 'Policies',
					translations: { fr: 'Règles' },
					items: ['policies/certificates', 'policies/fees-and-cancellation', 'sponsor-sheet'],
				},
				{
					label: 'Tools',
					translations: { fr: 'Outils' },
					items: ['tools/certificate-checker', 'tools/refund-calculator'],
				},
				{ slug: 'faq' },
			],
		}),
		react(),
		idleHydration(),
		keyDates(),
		// After Starlight, whose search index it replaces.
		searchIndex(),
		// Last: it reads the finished pages (see src/security/).
		security(),
	],
});
