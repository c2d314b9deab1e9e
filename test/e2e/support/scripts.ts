/** The JavaScript a built page loads before any interaction, and whose it is. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseSync } from 'vite';
import { attributeValues } from './dist.ts';

type AstNode = { type: string; [key: string]: unknown };

function visit(node: unknown, onNode: (node: AstNode) => void): void {
	if (Array.isArray(node)) for (const child of node) visit(child, onNode);
	else if (node && typeof node === 'object' && typeof (node as AstNode).type === 'string') {
		onNode(node as AstNode);
		for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value, onNode);
	}
}

interface ScriptFacts {
	staticImports: string[];
	dynamicImports: string[];
	/** String literals and template parts: they survive minification, so they tell where code comes from. */
	literals: string[];
}

function factsOf(code: string): ScriptFacts {
	const facts: ScriptFacts = { staticImports: [], dynamicImports: [], literals: [] };
	const specifiers = new Set<unknown>();
	visit(parseSync('chunk.js', code).program, (node) => {
		const source = (node as { source?: AstNode }).source;
		if (node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') {
			if (source) {
				specifiers.add(source);
				facts.staticImports.push(String(source.value));
			}
		} else if (node.type === 'ImportExpression' && source?.type === 'Literal') {
			specifiers.add(source);
			facts.dynamicImports.push(String(source.value));
		} else if (node.type === 'ImportExpression' && source?.type === 'TemplateLiteral' && (source.expressions as unknown[]).length === 0) {
			// Oxc, Vite's minifier, writes `import(\`./chunk.js\`)`.
			const [quasi] = source.quasis as AstNode[];
			specifiers.add(quasi);
			facts.dynamicImports.push(String((quasi!.value as { raw: string }).raw));
		} else if (node.type === 'Literal' && typeof node.value === 'string' && !specifiers.has(node)) {
			facts.literals.push(node.value);
		} else if (node.type === 'TemplateElement') {
			facts.literals.push(String((node.value as { cooked?: string; raw: string }).cooked ?? (node.value as { raw: string }).raw));
		}
	});
	return facts;
}

/**
 * The sources of everything a Starlight page may run without the project adding it: Starlight's
 * components, Astro's runtime (islands, prefetch), Expressive Code's frame scripts and Vite's
 * preload helper (which wraps every `import()`).
 */
function frameworkSources(): string {
	const modules = resolve(import.meta.dirname, '../../../node_modules');
	const texts: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'node_modules' && entry.name !== '__tests__') walk(full);
			} else if (/\.(astro|ts|js|mjs)$/.test(entry.name)) texts.push(readFileSync(full, 'utf8'));
		}
	};
	for (const path of [
		'@astrojs/starlight',
		'astro/dist/runtime',
		'astro/dist/prefetch',
		'astro-expressive-code/dist',
		'@expressive-code',
	]) {
		walk(join(modules, path));
	}
	const viteChunks = join(modules, 'vite/dist/node/chunks');
	for (const file of readdirSync(viteChunks)) {
		const text = readFileSync(join(viteChunks, file), 'utf8');
		if (text.includes('vite:preloadError')) texts.push(text);
	}
	return texts.join('\n');
}

let framework: string | undefined;
/** Vite lists the chunks an `import()` needs by their hashed names (relative to the base when its helper is a chunk of its own). */
const isChunkName = (literal: string) => /^(\.\/|\/?_astro\/)[^/]+\.(js|css)$/.test(literal);

/**
 * Whether a script is Starlight's or Astro's own: each of its longer string literals is found in
 * their sources. Code of the project (or React) carries strings of its own: custom element names,
 * keys, messages.
 */
export function isFrameworkScript(code: string): boolean {
	framework ??= frameworkSources();
	return (
		factsOf(code)
			.literals.filter((literal) => literal.length >= 4 && !isChunkName(literal))
			// Starlight ships compiled JavaScript, where a string may be written with escaped quotes.
			.every((literal) => framework!.includes(literal) || framework!.includes(JSON.stringify(literal).slice(1, -1)))
	);
}

export interface PageScripts {
	/** Inline scripts, which travel inside the HTML. */
	inline: string[];
	/** Every `/_astro/…` file the page loads up front (scripts, islands, renderer, their static imports). */
	files: Set<string>;
	/** React (the islands' renderer) and what it imports. */
	renderer: Set<string>;
	/** Each island: its component file and what it imports, minus the renderer. */
	islands: { component: string; files: Set<string> }[];
	/** What the page's scripts import only on demand (`import()`), e.g. the search UI. */
	onDemand: Set<string>;
}

const isJavaScript = (attributes: string) => {
	const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
	return type === undefined || type === 'module' || type === 'text/javascript';
};

/** Reads the built site at `distDir`: `scriptsOf(html)` follows a page's scripts through their imports. */
export function scriptReader(distDir: string) {
	const facts = new Map<string, ScriptFacts>();
	const factsOfFile = (path: string) => {
		let found = facts.get(path);
		if (!found) {
			found = factsOf(readFileSync(join(distDir, path), 'utf8'));
			facts.set(path, found);
		}
		return found;
	};
	const resolveUrl = (specifier: string, from: string) => new URL(specifier, `http://site.invalid${from}`).pathname;

	function staticGraph(entries: string[], into = new Set<string>()): Set<string> {
		for (const entry of entries) {
			if (into.has(entry)) continue;
			into.add(entry);
			staticGraph(
				factsOfFile(entry).staticImports.map((specifier) => resolveUrl(specifier, entry)),
				into,
			);
		}
		return into;
	}

	function scriptsOf(html: string, pagePath: string): PageScripts {
		const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((match) => isJavaScript(match[1]!));
		const inline = scripts.filter((match) => !/\bsrc=/.test(match[1]!)).map((match) => match[2]!);
		const external = scripts.flatMap((match) => attributeValues(match[1]!, 'src')).map((src) => resolveUrl(src, pagePath));
		const inlineImports = inline.flatMap((code) => factsOf(code).staticImports.map((specifier) => resolveUrl(specifier, pagePath)));
		const components = attributeValues(html, 'component-url');
		const renderer = staticGraph(attributeValues(html, 'renderer-url'));
		const files = staticGraph([...external, ...inlineImports, ...components, ...renderer]);
		const onDemandEntries = [
			...inline.flatMap((code) => factsOf(code).dynamicImports.map((specifier) => resolveUrl(specifier, pagePath))),
			...[...files].flatMap((file) => factsOfFile(file).dynamicImports.map((specifier) => resolveUrl(specifier, file))),
		];
		const onDemand = new Set([...staticGraph(onDemandEntries)].filter((file) => !files.has(file)));
		const islands = components.map((component) => ({
			component,
			files: new Set([...staticGraph([component])].filter((file) => !renderer.has(file))),
		}));
		return { inline, files, renderer, islands, onDemand };
	}

	return { scriptsOf, staticGraph };
}
