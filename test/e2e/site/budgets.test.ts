/**
 * Byte budgets, from the built files: gzip sizes of what a page loads before any interaction.
 * Deterministic (no browser, no timing), so they can fail a change that makes the site heavier.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { attributeValues, builtPages, readHtml, type BuiltPage } from '../support/dist.ts';

const KiB = 1024;
/**
 * A tool page may load 78 KiB, React being about 67 KiB of it. React 19 (react + react-dom's client)
 * weighs 70 KiB here, so React and the rest have budgets of their own: the rest keeps the 11 KiB
 * the 78 leave it, and React may not grow unnoticed.
 */
const budget = { contentPageJs: 6 * KiB, react: 71 * KiB, toolPageOwnJs: 11 * KiB, island: 10 * KiB, htmlAndCss: 40 * KiB };

const distDir = inject('distDir');
const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const fileText = (urlPath: string) => readFileSync(join(distDir, urlPath), 'utf8');

/** A script and what it imports statically; dynamic `import()` (search UI, lazy chunks) is not loaded up front. */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
	if (seen.has(entry)) return seen;
	seen.add(entry);
	const source = fileText(entry);
	for (const match of source.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
		seen.add(new URL(match[1]!, `http://site.invalid${entry}`).pathname);
		staticGraph(new URL(match[1]!, `http://site.invalid${entry}`).pathname, seen);
	}
	return seen;
}

const sizeOf = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipped(fileText(file)), 0);

interface PageWeight {
	path: string;
	js: number;
	react: number;
	islands: { component: string; own: number }[];
	htmlAndCss: number;
}

function weigh(page: BuiltPage): PageWeight {
	const html = readHtml(page);
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
	const external = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
	const componentUrls = attributeValues(html, 'component-url');
	const rendererUrls = attributeValues(html, 'renderer-url');
	const files = new Set<string>();
	for (const entry of [...external, ...componentUrls, ...rendererUrls]) staticGraph(entry, files);
	const inlineImports = inline.flatMap((code) => [...code.matchAll(/import\s*["'](\/_astro\/[^"']+)["']/g)].map((m) => m[1]!));
	for (const entry of inlineImports) staticGraph(entry, files);

	const renderer = new Set<string>();
	for (const entry of rendererUrls) staticGraph(entry, renderer);
	const islands = componentUrls.map((component) => ({
		component,
		own: sizeOf([...staticGraph(component)].filter((file) => !renderer.has(file))),
	}));
	const stylesheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1]!);
	return {
		path: page.path,
		react: sizeOf(renderer),
		// Inline scripts travel inside the HTML, compressed as one stream.
		js: sizeOf(files) + (inline.length ? gzipped(inline.join('')) : 0),
		islands,
		htmlAndCss: gzipped(html) + sizeOf(stylesheets),
	};
}

const weights = builtPages(distDir).map(weigh);
const isToolPage = (weight: PageWeight) => weight.islands.length > 0;
const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;

describe('byte budgets (gzip)', () => {
	it('prints the table', () => {
		const searchUi = sizeOf(['/pagefind/pagefind-ui.js', '/pagefind/pagefind-ui.css'].filter((file) => {
			try {
				fileText(file);
				return true;
			} catch {
				return false;
			}
		}));
		console.table(
			Object.fromEntries(
				weights.map((weight) => [
					weight.path,
					{
						'JS before interaction': kib(weight.js),
						'of which React': kib(weight.react),
						'largest island': weight.islands.length ? kib(Math.max(...weight.islands.map((island) => island.own))) : '—',
						'HTML + CSS': kib(weight.htmlAndCss),
					},
				]),
			),
		);
		console.log(`Pagefind UI, loaded only when search opens: ${kib(searchUi)}`);
		expect(weights.length).toBeGreaterThan(20);
	});

	it.each(weights.filter((weight) => !isToolPage(weight)).map((weight) => [weight.path, weight] as const))(
		'content page %s ships no island and at most 6 KiB of JavaScript',
		(_, weight) => {
			expect(weight.islands).toEqual([]);
			expect(weight.js).toBeLessThanOrEqual(budget.contentPageJs);
		},
	);

	it.each(weights.filter(isToolPage).map((weight) => [weight.path, weight] as const))(
		'tool page %s loads React (at most 71 KiB) and at most 11 KiB of other JavaScript, each island at most 10 KiB',
		(_, weight) => {
			expect(weight.react).toBeLessThanOrEqual(budget.react);
			expect(weight.js - weight.react).toBeLessThanOrEqual(budget.toolPageOwnJs);
			for (const island of weight.islands) expect(island.own, island.component).toBeLessThanOrEqual(budget.island);
		},
	);

	it.each(weights.map((weight) => [weight.path, weight] as const))('%s has at most 40 KiB of HTML and CSS', (_, weight) => {
		expect(weight.htmlAndCss).toBeLessThanOrEqual(budget.htmlAndCss);
	});

	it('finds the tools’ islands in both languages', () => {
		expect(weights.filter(isToolPage).map((weight) => weight.path).sort()).toEqual([
			'/fr/tools/certificate-checker/',
			'/fr/tools/refund-calculator/',
			'/tools/certificate-checker/',
			'/tools/refund-calculator/',
		]);
	});
});
