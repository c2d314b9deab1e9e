import type { APIRoute, GetStaticPaths } from 'astro';
import { keyDatesCalendar } from './key-dates.ts';

export const getStaticPaths: GetStaticPaths = () => [{ params: { prefix: undefined } }, { params: { prefix: 'fr' } }];

export const GET: APIRoute = ({ params }) =>
	new Response(keyDatesCalendar(params.prefix === 'fr' ? 'fr' : 'en'), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
