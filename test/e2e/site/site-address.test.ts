/**
 * One setting for the site's public address: every absolute address of the site in the build
 * (canonical links, language alternates, social tags, structured data, sitemap, calendar event
 * ids) is the one the build was given in `SITE_URL`, and no page shows readers the site's address
 * but the sponsor sheet, at the foot of its printed page. The e2e build is made for an address of its own (global-setup.ts), so a default typed anywhere shows up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { defaultSiteUrl } from '@/utils/site-address.ts';
import { attributeValues, builtPages, readHtml } from '../support/dist.ts';

const distDir = inject('distDir');
const site = new URL(inject('siteUrl'));
const pages = builtPages(distDir);
const defaultHost = new URL(defaultSiteUrl).hostname;

/** Absolute http(s) addresses in `text`, except the schema.org vocabulary. */
const absoluteAddresses = (text: string) =>
	[...text.matchAll(/https?:\/\/[^\s"'<>)\\]+/g)].map((match) => match[0]).filter((url) => !url.startsWith('https://schema.org'));

const ownAddress = (url: string) => url === site.origin || url.startsWith(`${site.origin}/`);

describe('the site’s address', () => {
	it.each(pages.map((page) => [page.path, page] as const))('%s: its head points to the configured address only', (_, page) => {
		const head = /<head>([\s\S]*?)<\/head>/.exec(readHtml(page))?.[1] ?? '';
		const links = [
			...attributeValues(head, 'href').filter((href) => /^https?:/.test(href)),
			...attributeValues(head, 'content').filter((content) => /^https?:/.test(content)),
		];
		const structuredData = [...head.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((match) =>
			absoluteAddresses(match[1]!),
		);
		expect(links.some((link) => ownAddress(link))).toBe(true);
		expect([...links, ...structuredData].filter((url) => !ownAddress(url))).toEqual([]);
	});

	/** Printed, the sponsor sheet says where it came from: its own address, once. */
	const addressFoot = /<p class="sponsor-sheet__address(?: [^"]*)?">([^<]*)<\/p>/;
	const sponsorSheets = pages.filter((page) => /^\/(fr\/)?sponsor-sheet\/$/.test(page.path));

	it.each(sponsorSheets.map((page) => [page.path, page] as const))('%s: prints its own address at its foot', (path, page) => {
		expect(sponsorSheets).toHaveLength(2);
		const foot = addressFoot.exec(readHtml(page))?.[1];
		expect(foot?.replace(/&nbsp;|\u00a0/g, ' ')).toBe(
			`${path.startsWith('/fr/') ? 'Cette fiche en ligne : ' : 'This sheet online: '}${site.origin}${path}`,
		);
	});

	it.each(pages.map((page) => [page.path, page] as const))(
		'%s: shows readers no address of the site, but the sponsor sheet at its foot',
		(_, page) => {
			const body = (/<body[^>]*>([\s\S]*)<\/body>/.exec(readHtml(page))?.[1] ?? '')
				.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
				.replace(addressFoot, '');
			const shown = [body.replace(/<[^>]+>/g, ' '), ...['aria-label', 'title', 'alt'].flatMap((name) => attributeValues(body, name))].join(
				'\n',
			);
			expect(shown).not.toContain(site.hostname);
			expect(shown).not.toContain(defaultHost);
		},
	);

	it('lists the configured address in the sitemap', () => {
		for (const file of ['sitemap-index.xml', 'sitemap-0.xml']) {
			const xml = readFileSync(join(distDir, file), 'utf8');
			const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>|\shref="([^"]+)"/g)].map((match) => match[1] ?? match[2]!);
			expect(urls.length, file).toBeGreaterThan(0);
			expect(
				urls.filter((url) => !ownAddress(url)),
				file,
			).toEqual([]);
		}
	});

	it.each(['e-lma-2020-en.ics', 'fr/e-lma-2020-fr.ics', 'key-dates.ics', 'fr/key-dates.ics'])(
		'%s: event ids are on the configured host',
		(file) => {
			const uids = [...readFileSync(join(distDir, file), 'utf8').matchAll(/^UID:(.*)$/gm)].map((match) => match[1]!.trim());
			expect(uids.length).toBeGreaterThan(0);
			expect(uids.filter((uid) => !uid.endsWith(`@${site.hostname}`))).toEqual([]);
		},
	);

	it('leaves no trace of the default address when another one is configured', () => {
		if (site.hostname === defaultHost) return;
		const files = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
				const path = join(dir, entry.name);
				if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : files(path);
				return /\.(html|xml|ics|js|css|json|txt|webmanifest)$|^_headers$/.test(entry.name) ? [path] : [];
			});
		const withDefault = files(distDir).filter((file) => readFileSync(file, 'utf8').includes(defaultHost));
		expect(withDefault.map((file) => relative(distDir, file))).toEqual([]);
	});
});
