import type { AstroIntegration } from 'astro';

/** Serves the edition's key dates as iCalendar files: `/key-dates.ics` and `/fr/key-dates.ics`. */
export default function keyDates(): AstroIntegration {
	return {
		name: 'e-lma:key-dates',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({
					pattern: '/[...prefix]/key-dates.ics',
					entrypoint: new URL('../calendar/key-dates.ics.ts', import.meta.url),
					prerender: true,
				});
			},
		},
	};
}
