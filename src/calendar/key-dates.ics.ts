import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../rules/index.ts';
import { starlightTranslate } from '../i18n/starlightTranslate.ts';
import { keyDatesCalendar } from './key-dates.ts';
import { calendarName, legacyCalendarName } from './paths.ts';

export const getStaticPaths: GetStaticPaths = () =>
	locales.flatMap((locale) =>
		[calendarName(locale), legacyCalendarName].map((name) => ({
			params: { prefix: locale === 'fr' ? 'fr' : undefined, name },
			props: { locale },
		})),
	);

// Starlight's middleware gives every route, this one too, `locals.t` in the language of its path.
export const GET: APIRoute = ({ props, locals }) =>
	new Response(keyDatesCalendar(starlightTranslate(locals.t, props.locale), props.locale), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
