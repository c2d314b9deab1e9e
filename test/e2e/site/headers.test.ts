/** The host headers: written by the build as `_headers`, sent by the bench server, obeyed by the browser. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve } from '../../../bench/serve.mjs';
import { headersFile, hostHeaderRules } from '@/security/headers.ts';
import { openPage, problemsOf } from '../support/browser.ts';

const distDir = inject('distDir');
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
	server = await serve(distDir);
});
afterAll(() => server?.close());

describe('host headers', () => {
	it('are written by the build as _headers, from the one list', () => {
		const written = readFileSync(join(distDir, '_headers'), 'utf8');
		expect(written).toBe(
			headersFile(hostHeaderRules(['/e-lma-2020-en.ics', '/fr/e-lma-2020-fr.ics', '/fr/key-dates.ics', '/key-dates.ics'])),
		);
	});

	it('are sent by the bench server: security headers everywhere, a year for /_astro/, text/calendar for .ics', async () => {
		const headersOf = async (path: string) => (await fetch(`${server.url}${path}`)).headers;
		for (const path of ['/', '/fr/programme/', '/e-lma-2020-en.ics']) {
			const headers = await headersOf(path);
			expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
			expect(headers.get('x-content-type-options')).toBe('nosniff');
			expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
			expect(headers.get('permissions-policy')).toMatch(/camera=\(\)/);
		}
		const asset = readdirSync(join(distDir, '_astro')).find((file) => file.endsWith('.js'));
		expect((await headersOf(`/_astro/${asset}`)).get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect((await headersOf('/')).get('cache-control')).not.toMatch(/max-age=31536000/);
		for (const path of ['/e-lma-2020-en.ics', '/fr/e-lma-2020-fr.ics', '/key-dates.ics', '/fr/key-dates.ics']) {
			expect((await headersOf(path)).get('content-type')).toBe('text/calendar; charset=utf-8');
		}
	});

	it('keep the meta policy out of frame-ancestors, which only a header can carry', () => {
		const html = readFileSync(join(distDir, 'index.html'), 'utf8');
		const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
		expect(meta).toMatch(/script-src 'self'/);
		expect(meta).not.toMatch(/frame-ancestors/);
	});

	it('let a page and the search work under both policies, and keep the page out of frames', async () => {
		const page = await openPage(`${server.url}/fr/`);
		await page.locator('button[data-open-modal]').click();
		await page.locator('.pagefind-ui__search-input').fill('forums');
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		const { consoleErrors, cspViolations } = problemsOf(page);
		expect({ consoleErrors, cspViolations }).toEqual({ consoleErrors: [], cspViolations: [] });

		const framed = await page.evaluate(async () => {
			const frame = document.createElement('iframe');
			frame.src = '/fr/about/';
			const loaded = new Promise((done) => frame.addEventListener('load', done));
			document.body.append(frame);
			await loaded;
			return frame.contentDocument?.querySelector('h1')?.textContent ?? null;
		});
		expect(framed).toBeNull();
		expect(problemsOf(page).consoleErrors.join('\n')).toMatch(/frame-ancestors/);
		await page.context().close();
	});
});
