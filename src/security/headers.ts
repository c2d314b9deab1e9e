/**
 * The HTTP headers a host sends with the site, in one list (the pages carry the rest of the
 * Content Security Policy themselves, see `csp.ts`). The build writes them as `dist/_headers`
 * (the format of Netlify and Cloudflare Pages); `npm run bench`'s server reads that file, and the
 * README turns the same list into nginx directives.
 */
import { hostPolicy } from './csp.ts';

export interface HeaderRule {
	/** A path, `*` matching any characters (e.g. `/_astro/*`). */
	path: string;
	headers: Readonly<Record<string, string>>;
}

/** No rule sets a header that another matching rule sets too: hosts would join both values. */
export function hostHeaderRules(calendarPaths: string[]): HeaderRule[] {
	return [
		{
			path: '/*',
			headers: {
				'Content-Security-Policy': hostPolicy,
				'X-Content-Type-Options': 'nosniff',
				'Referrer-Policy': 'strict-origin-when-cross-origin',
				'Permissions-Policy':
					'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
			},
		},
		// Content hashes are in these files' names: a new build gives new names.
		{ path: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
		...calendarPaths.map((path) => ({ path, headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })),
	];
}

/** Cloudflare Pages ignores longer lines of `_headers`. */
export const maxHeadersLine = 2000;

/** The rules as a `_headers` file: each path, then its headers indented on the following lines. */
export function headersFile(rules: HeaderRule[]): string {
	const lines = rules.flatMap(({ path, headers }) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)]);
	const long = lines.find((line) => line.length > maxHeadersLine);
	if (long) throw new Error(`a _headers line is longer than ${maxHeadersLine} characters: ${long.slice(0, 60)}…`);
	return `${lines.join('\n')}\n`;
}
