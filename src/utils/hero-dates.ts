/**
 * Adds the edition's dates, in the page's language, under the
 * tagline of a page with a hero (the two home pages). Frontmatter cannot read the rules module,
 * and the dates must not be typed by hand.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { localeOf } from '@/i18n/locale.ts';
import { renderFact } from '@/components/facts/facts.ts';

export function withEditionDates(tagline: string | undefined, lang: string): string {
	const dates = `<strong class="hero-dates">${renderFact('dates', localeOf(lang))}</strong>`;
	return tagline ? `${tagline}<br />${dates}` : dates;
}

/** The page's entry with the dates under its hero's tagline (the route middleware, src/utils/route-data.ts, calls it). */
export function withHeroDates(route: StarlightRouteData): StarlightRouteData['entry'] {
	const { entry } = route;
	const hero = entry.data.hero;
	if (!hero) return entry;
	// A copy, not an edit: the collection entry is shared between renders.
	return { ...entry, data: { ...entry.data, hero: { ...hero, tagline: withEditionDates(hero.tagline, route.lang) } } };
}
