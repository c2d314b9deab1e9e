/** What search engines and social platforms read: social tags on every page, the sitemap, the course's structured data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { siteEdition } from '@/utils/site-edition.ts';
import { formatQueryAmount } from '@/rules/index.ts';
import { builtPages, isFrench, readHtml, type BuiltPage } from '../support/dist.ts';

const distDir = inject('distDir');
const pages = builtPages(distDir);
const isNotFound = (page: BuiltPage) => /\/404(\.html|\/)$/.test(page.path);

const decode = (value: string) => value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

/** The content of every `<meta property="…">` of `html` with that property. */
function metaContents(html: string, property: string): string[] {
	return [...html.matchAll(/<meta property="([^"]+)" content="([^"]*)"\/?>/g)]
		.filter((match) => match[1] === property)
		.map((match) => decode(match[2]!));
}

function alternates(html: string): Record<string, string> {
	const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/?>/g)].map(
		(match) => [match[1]!, match[2]!] as const,
	);
	const languages = links.map(([hreflang]) => hreflang);
	if (new Set(languages).size !== languages.length) throw new Error(`an alternate is given twice: ${languages.join(', ')}`);
	return Object.fromEntries(links);
}

const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';

describe('social tags', () => {
	it.each(pages.map((page) => [page.path, page] as const))(
		'%s: og:locale with territory and alternate, our og:image with alt and size, x-default',
		(path, page) => {
			const html = readHtml(page);
			const french = isFrench(path);
			expect(metaContents(html, 'og:locale')).toEqual([french ? 'fr_FR' : 'en_GB']);
			expect(metaContents(html, 'og:locale:alternate')).toEqual([french ? 'en_GB' : 'fr_FR']);

			const site = new URL(canonicalOf(html)).origin;
			const [image] = metaContents(html, 'og:image');
			expect(image).toBe(`${site}/og-image.png`);
			const png = readFileSync(join(distDir, new URL(image!).pathname));
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect(metaContents(html, 'og:image:type')).toEqual(['image/png']);
			expect(metaContents(html, 'og:image:width')).toEqual([String(png.readUInt32BE(16))]);
			expect(metaContents(html, 'og:image:height')).toEqual([String(png.readUInt32BE(20))]);
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
			expect(metaContents(html, 'og:image:alt')).toEqual([
				french
					? 'Le nom de l’e-Académie sur les migrations de main-d’œuvre (e-LMA), en anglais et en français, avec le CIF-OIT'
					: 'The name of the e-Academy on Labour Migration (e-LMA), in English and French, with ITCILO',
			]);

			const links = alternates(html);
			if (!isNotFound(page)) expect(links['x-default']).toBe(links.en);
			if (!isNotFound(page)) expect(Object.keys(links).sort()).toEqual(['en', 'fr', 'x-default']);
		},
	);
});

describe('sitemap', () => {
	it('lists every page in both languages, each with its alternates', () => {
		const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
		const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname).sort();
		const expected = pages
			.filter((page) => !isNotFound(page))
			.map((page) => page.path)
			.sort();
		expect(listed).toEqual(expected);
		expect(listed.filter(isFrench).length).toBe(listed.length / 2);
		expect(
			[...sitemap.matchAll(/<url>(.*?)<\/url>/g)].every((match) => /hreflang="en"/.test(match[1]!) && /hreflang="fr"/.test(match[1]!)),
		).toBe(true);
	});
});

describe('structured data', () => {
	const courses = ['/', '/fr/', '/programme/', '/fr/programme/'];

	function structuredData(page: BuiltPage): unknown[] {
		return [...readHtml(page).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!));
	}

	it.each(courses)('%s describes the course and its edition from the edition record, in the page’s language', (path) => {
		const page = pages.find((candidate) => candidate.path === path)!;
		const locale = isFrench(path) ? 'fr' : 'en';
		const home = new URL(locale === 'fr' ? '/fr/' : '/', canonicalOf(readHtml(page))).href;
		const data = structuredData(page);
		expect(data).toHaveLength(1);
		const course = data[0] as Record<string, unknown>;
		const [centreName, centreAcronym] = /^(.*) \((.*)\)$/.exec(siteEdition.centre[locale])!.slice(1);
		// Exactly these fields: the edition is over, so no availability, and no enrolment address (none is stated).
		expect(course).toEqual({
			'@context': 'https://schema.org',
			'@type': 'Course',
			'@id': `${home}#course`,
			url: home,
			name: siteEdition.name[locale],
			alternateName: siteEdition.acronym,
			description: expect.stringContaining(siteEdition.centre[locale]),
			inLanguage: ['en', 'fr'],
			provider: { '@type': 'Organization', name: centreName, alternateName: centreAcronym },
			hasCourseInstance: {
				'@type': 'CourseInstance',
				name: `${siteEdition.name[locale]} ${siteEdition.year}`,
				courseMode: 'online',
				eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
				startDate: siteEdition.startDate,
				endDate: siteEdition.endDate,
				courseWorkload: `PT${siteEdition.learningHours}H`,
				inLanguage: [...siteEdition.languages],
				offers: { '@type': 'Offer', category: 'Paid', price: formatQueryAmount(siteEdition.priceCents), priceCurrency: 'EUR' },
			},
		});
		expect(String(course.description)).toContain(locale === 'fr' ? 'formation phare de l’OIT' : 'flagship training');
	});

	it('is on the course pages only', () => {
		const others = pages.filter((page) => !courses.includes(page.path));
		expect(others.filter((page) => structuredData(page).length > 0).map((page) => page.path)).toEqual([]);
	});
});
