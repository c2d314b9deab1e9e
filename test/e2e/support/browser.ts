/** One headless Chromium per test file, a fresh context per page, all closed after the file. */
import { afterAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'];

let browser: Promise<Browser> | undefined;

function launch(): Promise<Browser> {
	// Not the package's own `chromium.args`: their --single-process kills the browser when a context closes.
	return chromium.launch({ executablePath: inject('chromiumPath'), args: launchArgs });
}

afterAll(async () => {
	if (browser) await (await browser).close();
	browser = undefined;
});

export function siteUrl(path: string): string {
	return new URL(path, inject('baseUrl')).href;
}

export interface PageProblems {
	consoleErrors: string[];
	/** `securitypolicyviolation` events (with JavaScript off, Chrome reports violations as console errors). */
	cspViolations: string[];
	failedRequests: string[];
	foreignRequests: string[];
}

/** Runs before any script of the page, so no violation goes unseen. */
function reportViolations() {
	document.addEventListener(
		'securitypolicyviolation',
		(event) => {
			const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
			const report = (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation;
			report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where}: ${event.sample}`);
		},
		true,
	);
}

const problems = new WeakMap<Page, PageProblems>();

/** What went wrong while `page` loaded and ran: console errors, CSP violations, failed and off-origin requests. */
export function problemsOf(page: Page): PageProblems {
	const found = problems.get(page);
	if (!found) throw new Error('page was not opened with openPage');
	return found;
}

/** Opens `path` of the built site in a new context (options: timezoneId, locale, javaScriptEnabled…). */
export async function openPage(path: string, options: BrowserContextOptions = {}): Promise<Page> {
	browser ??= launch();
	const context = await (await browser).newContext(options);
	const page = await context.newPage();
	const origin = new URL(inject('baseUrl')).origin;
	const found: PageProblems = { consoleErrors: [], cspViolations: [], failedRequests: [], foreignRequests: [] };
	problems.set(page, found);
	await context.exposeBinding('reportCspViolation', (_source, text: string) => found.cspViolations.push(text));
	await context.addInitScript(reportViolations);
	page.on('console', (message) => {
		if (message.type() === 'error') found.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => found.consoleErrors.push(error.message));
	page.on('requestfailed', (request) => found.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`));
	page.on('response', (response) => {
		if (response.status() >= 400) found.failedRequests.push(`${response.url()} ${response.status()}`);
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (/^https?:$/.test(url.protocol) && url.origin !== origin) found.foreignRequests.push(request.url());
	});
	await page.goto(siteUrl(path));
	return page;
}

/** Resolves once every React island on the page is hydrated. */
export async function waitForIslands(page: Page): Promise<void> {
	await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
}
