/**
 * The site's one Starlight route middleware: what every page's route data gets beyond Starlight's
 * own. The home pages' hero carries the edition's dates (frontmatter cannot read the rules), and
 * every head carries the social tags and, on the course pages, the structured data.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withHeroDates } from '@/utils/hero-dates.ts';
import { withSocialTags } from '@/seo/head.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.entry = withHeroDates(route);
	route.head = withSocialTags(context);
});
