import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, inlineCodeOf, withPolicyMeta, type InlineCode } from '../security/csp.ts';
import { headersFile, hostHeaderRules } from '../security/headers.ts';
import { builtFiles } from './built-files.ts';

/**
 * After the build, hashes the inline code of every page into one policy for the whole site and puts
 * it in each page as a meta tag, so that it applies on any host (GitHub Pages sends no headers);
 * writes `dist/_headers` with the host headers, whose policy adds `frame-ancestors`.
 * Computing the policy from the output covers code that Astro's own `security.csp` does not hash:
 * Starlight's `is:inline` scripts, the project's inline styles, and the style attributes.
 */
export default function security(): AstroIntegration {
	return {
		name: 'e-lma:security',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = await Promise.all(builtFiles(root, '.html').map(async (file) => ({ file, html: await readFile(file, 'utf8') })));
				const all: InlineCode = { scripts: [], styles: [], styleAttributes: [] };
				for (const { html } of pages) {
					const code = inlineCodeOf(html);
					all.scripts.push(...code.scripts);
					all.styles.push(...code.styles);
					all.styleAttributes.push(...code.styleAttributes);
				}
				const policy = contentSecurityPolicy(all);
				await Promise.all(pages.map(({ file, html }) => writeFile(file, withPolicyMeta(html, policy))));
				const calendarPaths = builtFiles(root, '.ics')
					.map((file) => `/${relative(root, file).split(sep).join('/')}`)
					.sort();
				await writeFile(join(root, '_headers'), headersFile(hostHeaderRules(calendarPaths)));
				logger.info(`Content Security Policy (${policy.length} characters) in ${pages.length} pages; _headers written`);
			},
		},
	};
}
