import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../rules/index.ts';
import { keyDatesCalendar } from './key-dates.ts';
import { calendarName, legacyCalendarName } from './paths.ts';

export const getStaticPaths: GetStaticPaths = () =>
	locales.flatMap((locale) =>
		[calendarName(locale), legacyCalendarName].map((name) => ({
			params: { prefix: locale === 'fr' ? 'fr' : undefined, name },
			props: { locale },
		})),
	);

export const GET: APIRoute = ({ props }) =>
	new Response(keyDatesCalendar(props.locale), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
