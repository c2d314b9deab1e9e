import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashSource, hostPolicy, inlineCodeOf, withPolicyMeta } from '@/security/csp.ts';
import { headersFile, hostHeaderRules, maxHeadersLine } from '@/security/headers.ts';

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>t</title>
<script>one()</script><script type="module">two()</script><script type="module" src="/_astro/x.js"></script>
<script type="application/ld+json">{"@type":"Course"}</script>
<style>p{color:red}</style></head>
<body><span data-style="x" style="--depth: 0;">a</span><svg style='--sl-icon-size: 1em;'></svg><b style="font-family: &quot;A&quot; &amp; B">b</b>
<script>const html = '<i style="not-an-attribute">';</script></body></html>`;

describe('inline code of a page', () => {
	it('finds the executable inline scripts, the style elements and the style attributes as the DOM holds them', () => {
		expect(inlineCodeOf(page)).toEqual({
			scripts: ['one()', 'two()', `const html = '<i style="not-an-attribute">';`],
			styles: ['p{color:red}'],
			styleAttributes: ['--depth: 0;', '--sl-icon-size: 1em;', 'font-family: "A" & B'],
		});
	});

	it('refuses inline event handlers and javascript: links, which no hash can allow', () => {
		expect(() => inlineCodeOf('<button onclick="go()">x</button>')).toThrow(/inline event handler/);
		expect(() => inlineCodeOf('<a href="javascript:go()">x</a>')).toThrow(/javascript:/);
	});
});

describe('the policy', () => {
	const policy = contentSecurityPolicy(inlineCodeOf(page));
	const directives = Object.fromEntries(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));

	it('allows scripts and styles from the site and by hash only, and no other origin', () => {
		expect(hashSource('one()')).toBe(`'sha256-${createHash('sha256').update('one()').digest('base64')}'`);
		expect(directives['default-src']).toEqual(["'self'"]);
		expect(directives['script-src']).toEqual([
			"'self'",
			"'wasm-unsafe-eval'",
			...['one()', 'two()', `const html = '<i style="not-an-attribute">';`].map(hashSource).sort(),
		]);
		expect(directives['style-src']).toEqual([
			"'self'",
			"'unsafe-hashes'",
			...['p{color:red}', '--depth: 0;', '--sl-icon-size: 1em;', 'font-family: "A" & B'].map(hashSource).sort(),
		]);
		expect(directives['object-src']).toEqual(["'none'"]);
		expect(directives['base-uri']).toEqual(["'self'"]);
		expect(directives['form-action']).toEqual(["'self'"]);
		expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|frame-ancestors|https?:/);
	});

	it('goes right after <meta charset>, before any script or style', () => {
		const html = withPolicyMeta(page, policy);
		expect(html.indexOf('<meta http-equiv="Content-Security-Policy"')).toBe(
			html.indexOf('<meta charset="utf-8"/>') + '<meta charset="utf-8"/>'.length,
		);
		expect(() => withPolicyMeta(html, policy)).toThrow(/already/);
	});
});

describe('host headers', () => {
	it('add frame-ancestors to the policy, and no two rules set the same header', () => {
		const rules = hostHeaderRules(['/key-dates.ics', '/fr/key-dates.ics']);
		expect(rules[0]?.headers['Content-Security-Policy']).toBe(hostPolicy);
		expect(hostPolicy).toContain("frame-ancestors 'none'");
		const file = headersFile(rules);
		expect(file).toContain('/fr/key-dates.ics\n  Content-Type: text/calendar; charset=utf-8\n');
		expect(Math.max(...file.split('\n').map((line) => line.length))).toBeLessThanOrEqual(maxHeadersLine);
		// Every path matches the first rule: the others set headers of their own.
		const [everywhere, ...others] = rules.map((rule) => Object.keys(rule.headers));
		for (const names of others) expect(names.filter((name) => everywhere!.includes(name))).toEqual([]);
	});
});
