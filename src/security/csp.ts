/**
 * The site's Content Security Policy, computed from the built pages: every inline `<script>`,
 * `<style>` and `style="…"` value the build wrote (Astro's, Starlight's and the project's, which
 * Astro's own `security.csp` does not all see) is allowed by its SHA-256 hash, and nothing
 * else inline runs or applies.
 */
import { createHash } from 'node:crypto';

/** The inline code of one page, as the browser hashes it. */
export interface InlineCode {
	scripts: string[];
	styles: string[];
	styleAttributes: string[];
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi;
const STYLE_ATTRIBUTE = /<[a-z][\w:-]*(?:\s[^>]*?)?\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
/** Inline event handlers and `javascript:` links could only be allowed by weakening the policy. */
const HANDLER = /<[a-z][\w:-]*(?:\s[^>]*?)?\son[a-z]+\s*=|\s(?:href|src|action)\s*=\s*["']?\s*javascript:/i;

/** Scripts a browser executes; `application/ld+json` and other data blocks are not subject to CSP. */
function isExecutable(attributes: string): boolean {
	const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
	return type === undefined || type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

const namedEntities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** An attribute value as the DOM holds it, which is what a browser hashes. */
function decodeAttribute(value: string): string {
	return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
		if (name[0] === '#') {
			return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
		}
		const decoded = namedEntities[name.toLowerCase()];
		if (decoded === undefined) throw new Error(`unexpected entity ${entity} in a style attribute`);
		return decoded;
	});
}

/** Every inline script, style element and style attribute value of `html`. Throws on inline event handlers. */
export function inlineCodeOf(html: string): InlineCode {
	const scripts = [...html.matchAll(SCRIPT)]
		.filter((match) => isExecutable(match[1]!) && !/\ssrc\s*=/i.test(match[1]!))
		.map((match) => match[2]!);
	const styles = [...html.matchAll(STYLE)].map((match) => match[2]!);
	// Attributes are read with script and style contents removed: code may contain the text `style="`.
	const markup = html.replace(SCRIPT, '<script>').replace(STYLE, '<style>');
	const handler = HANDLER.exec(markup);
	if (handler) throw new Error(`inline event handler or javascript: URL found (${handler[0].slice(-60)}): the policy would block it`);
	const styleAttributes = [...markup.matchAll(STYLE_ATTRIBUTE)].map((match) => decodeAttribute(match[1] ?? match[2] ?? ''));
	return { scripts, styles, styleAttributes };
}

/** A CSP hash source: `'sha256-…'`. */
export function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const sortedHashes = (texts: Iterable<string>) => [...new Set([...texts].map(hashSource))].sort();

/**
 * The policy for pages whose inline code is `code`. Scripts and styles come from the site itself
 * or match a hash; Pagefind compiles its WebAssembly (`'wasm-unsafe-eval'`, which allows no
 * `eval`); style attributes are allowed by hash (`'unsafe-hashes'`); images may be `data:` URLs
 * (Pagefind's search icon in its CSS). No other origin.
 */
export function contentSecurityPolicy(code: InlineCode): string {
	const directives: [string, ...string[]][] = [
		['default-src', "'self'"],
		['script-src', "'self'", "'wasm-unsafe-eval'", ...sortedHashes(code.scripts)],
		['style-src', "'self'", "'unsafe-hashes'", ...sortedHashes([...code.styles, ...code.styleAttributes])],
		['img-src', "'self'", 'data:'],
		['object-src', "'none'"],
		['base-uri', "'self'"],
		['form-action', "'self'"],
	];
	return directives.map((directive) => directive.join(' ')).join('; ');
}

/**
 * The policy a host sends as a header, enforced together with each page's meta policy (a browser
 * applies both). It adds `frame-ancestors`, which a meta tag cannot carry, and repeats what needs
 * no hash, so that it stays the same from build to build (the README's nginx lines can quote it)
 * and short: the hashes alone fill Cloudflare Pages' 2,000 characters per `_headers` line.
 */
export const hostPolicy = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/**
 * `html` with the policy in a meta tag right after `<meta charset>`, before any script or style
 * (a meta policy governs only what follows it).
 */
export function withPolicyMeta(html: string, policy: string): string {
	if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('the page already has a policy');
	const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
	const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
	const anchor = charset ?? /<head[^>]*>/i.exec(html);
	if (!anchor) throw new Error('the page has no <head>');
	const at = anchor.index + anchor[0].length;
	const before = html.slice(0, at);
	if (/<(script|style)\b/i.test(before)) throw new Error('inline code comes before the place of the policy');
	return before + meta + html.slice(at);
}
