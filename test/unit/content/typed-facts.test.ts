/**
 * The guard against facts of the academy typed by hand: the edition's year, dates, price,
 * percentages and counts may appear in pages, UI strings and code only through the edition
 * record. Its forbidden words are made from the record itself, in every form a page could print.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { substitutionDeadline, tierWindows, type Locale } from '@/rules/index.ts';
import { siteEdition } from '@/utils/site-edition.ts';
import { formatDate, formatMoney, formatPercent } from '@/i18n/format.ts';

const root = join(import.meta.dirname, '../../..');
const edition = siteEdition;
const locales: Locale[] = ['en', 'fr'];
const spaces = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function filesUnder(dir: string, pattern: RegExp): string[] {
	return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && pattern.test(entry.name))
		.map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const keyDates = [
	edition.startDate,
	edition.endDate,
	substitutionDeadline(edition),
	...tierWindows(edition).flatMap((window) => [window.firstNoticeDate, window.lastNoticeDate]),
].filter((date): date is string => date !== null);

/** The record's facts as a page could print them, each with a name for the failure message. */
const facts: [string, RegExp][] = [
	['the edition’s year', new RegExp(`\\b${edition.year}\\b`)],
	...keyDates.map((date): [string, RegExp] => [`the date ${date}`, new RegExp(escape(date))]),
	...keyDates.flatMap((date) =>
		locales.map((locale): [string, RegExp] => {
			// "26 October" / "26 octobre" / "1er novembre": the day and month, with or without the year.
			const dayMonth = spaces(formatDate(locale, date)).replace(/ \d{4}$/, '');
			return [`the date ${date} (${locale})`, new RegExp(`\\b${escape(dayMonth).replace(/ /g, '[\\s\\u00a0\\u202f]+')}\\b`, 'i')];
		}),
	),
	...locales.map((locale): [string, RegExp] => {
		const price = spaces(formatMoney(locale, edition.currency, edition.priceCents))
			.replace(/[^\d ,.]/g, '')
			.trim();
		const whole = price.replace(/[,.]00$/, '');
		return [`the price (${locale})`, new RegExp(`(^|[^\\d])${escape(whole).replace(/ /g, '[\\s\\u00a0\\u202f]?')}([^\\d]|$)`)];
	}),
	...tierWindows(edition)
		.filter((window) => window.kind === 'partial')
		.flatMap((window) =>
			locales.map((locale): [string, RegExp] => [
				`the ${window.penaltyPercent} % penalty (${locale})`,
				new RegExp(`\\b${window.penaltyPercent}[\\s\\u00a0\\u202f]?%|${escape(spaces(formatPercent(locale, window.penaltyPercent)))}`),
			]),
		),
	[
		'a count of days, weeks or hours',
		/\b\d+[\s\u00a0\u202f]+(calendar[\s\u00a0\u202f]+)?(days?|jours?|weeks?|semaines?|hours?|heures?)\b/i,
	],
];

function expectNoFacts(text: string, where: string) {
	for (const [name, pattern] of facts) expect(text, `${where} types ${name}`).not.toMatch(pattern);
}

describe('no fact of the edition is typed outside its record', () => {
	it('has facts to look for', () => {
		expect(facts.length).toBeGreaterThan(10);
	});

	it.each(filesUnder('content/docs', /\.mdx?$/))('%s, frontmatter and text', (file) => {
		const text = readFileSync(join(root, file), 'utf8')
			.replace(/^import .*$/gm, '')
			.replace(/<[A-Z][^>]*\/>/g, ' ');
		expectNoFacts(text, file);
	});

	it.each(['content/i18n/en.json', 'content/i18n/fr.json'])('%s', (file) => {
		for (const [key, value] of Object.entries(JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>)) {
			expectNoFacts(value, `${file} ${key}`);
		}
	});

	// Code may name the facts' forms in comments ("9 November – 18 December 2020"); it may not hold them.
	it.each([...filesUnder('src', /\.(ts|tsx|astro|css)$/), 'astro.config.mjs'].filter((file) => file !== 'src/rules/editions.ts'))(
		'%s',
		(file) => {
			const code = readFileSync(join(root, file), 'utf8')
				.replace(/\/\*[\s\S]*?\*\//g, '')
				.replace(/(^|[^:])\/\/.*$/gm, '$1');
			expectNoFacts(code, file);
		},
	);
});
