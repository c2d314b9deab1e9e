/**
 * What search engines and social platforms read in a page's head,
 * beyond Starlight's own tags. `og:locale` as a territory (`en_GB`, `fr_FR`) with the other
 * language as `og:locale:alternate`, the site's own `og:image`, and on the home and programme
 * pages the course as structured data (see course.ts). Starlight writes the language alternates,
 * `x-default` (the English page) among them.
 */
import type { APIContext } from 'astro';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { locales, type Locale } from '@/rules/index.ts';
import { siteEdition } from '@/utils/site-edition.ts';
import { localeOf, localizedPath } from '@/i18n/locale.ts';
import { intlLocale } from '@/i18n/translate.ts';
import { starlightTranslate } from '@/i18n/starlightTranslate.ts';
import { courseStructuredData, jsonLd } from './course.ts';

type Head = StarlightRouteData['head'];

/** `public/og-image.png`: the academy's name in both languages. */
const socialImage = { path: '/og-image.png', width: 1200, height: 630, type: 'image/png' };

/** Pages (English paths) that describe the course as a whole. */
const courseDataPaths = ['/', '/programme/'];

const ogLocale = (locale: Locale) => intlLocale[locale].replace('-', '_');

const meta = (property: string, content: string) => ({ tag: 'meta' as const, attrs: { property, content } });

/** The page's head with these tags added (the route middleware, src/utils/route-data.ts, calls it). */
export function withSocialTags(context: APIContext): Head {
	const route = context.locals.starlightRoute;
	if (!context.site) return route.head;
	const locale = localeOf(route.lang);
	const { t } = starlightTranslate(context.locals.t, locale);
	const head: Head = route.head.filter((entry) => entry.attrs?.property !== 'og:locale');
	head.push(
		meta('og:locale', ogLocale(locale)),
		...locales.filter((other) => other !== locale).map((other) => meta('og:locale:alternate', ogLocale(other))),
		meta('og:image', new URL(socialImage.path, context.site).href),
		meta('og:image:type', socialImage.type),
		meta('og:image:width', String(socialImage.width)),
		meta('og:image:height', String(socialImage.height)),
		meta('og:image:alt', t('seo.imageAlt')),
	);

	const path = locale === 'fr' ? context.url.pathname.replace(/^\/fr(?=\/)/, '') : context.url.pathname;
	if (courseDataPaths.includes(path)) {
		const data = courseStructuredData({
			edition: siteEdition,
			locale,
			url: new URL(localizedPath('/', locale), context.site).href,
			description: t('seo.courseDescription', { weeks: siteEdition.weeks, centre: siteEdition.centre[locale] }),
		});
		head.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: jsonLd(data) });
	}
	return head;
}
