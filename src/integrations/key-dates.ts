import type { AstroIntegration } from 'astro';

/**
 * Serves the edition's key dates as iCalendar files, one per language, at the paths of
 * `src/calendar/paths.ts` (`/e-lma-2020-en.ics`, `/fr/e-lma-2020-fr.ics`, and `key-dates.ics` in
 * each language).
 */
export default function keyDates(): AstroIntegration {
	return {
		name: 'e-lma:key-dates',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({
					pattern: '/[...prefix]/[name].ics',
					entrypoint: new URL('../calendar/key-dates.ics.ts', import.meta.url),
					prerender: true,
				});
			},
		},
	};
}
