import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../content/i18n/en.json';
import fr from '../../../content/i18n/fr.json';
import type { Locale } from '@/rules/index.ts';
import { siteEdition } from '@/site-edition.ts';
import { renderFact } from '@/components/programme/facts.ts';
import { weeklyHours } from '@/components/programme/weekly-hours.ts';
import EditionNotice from '@/components/home/EditionNotice.astro';
import WeeklyHours from '@/components/programme/WeeklyHours.astro';

const uiStrings: Record<Locale, Record<string, string>> = { en, fr };

function localsFor(locale: Locale): App.Locals {
	const all = uiStrings[locale];
	const t = Object.assign((key: string) => all[key] ?? key, { all: () => all });
	return { starlightRoute: { lang: locale }, t } as unknown as App.Locals;
}

const textOf = (html: string) =>
	html
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
const plain = (text: string) => text.replace(/\s+/g, ' ');

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

describe.each(['en', 'fr'] as const)('in %s', (locale) => {
	it('EditionNotice names the edition the site describes, its dates, and the Centre’s website, with no script', async () => {
		const html = await container.renderToString(EditionNotice, { locals: localsFor(locale) });
		const text = textOf(html);
		expect(text).toContain(plain(uiStrings[locale]['editionNotice.title']!));
		expect(text).toContain(`${siteEdition.year}`);
		expect(text).toContain(plain(renderFact('dates', locale, siteEdition)));
		expect(text).toContain(siteEdition.name[locale]);
		expect(text).not.toMatch(/\{\w+\}/);
		expect(html).toContain('href="https://www.itcilo.org"');
		expect(html).not.toContain('<script');
	});

	it('WeeklyHours gives the learning hours over the weeks, in the page’s language', async () => {
		const text = textOf(await container.renderToString(WeeklyHours, { locals: localsFor(locale) }));
		expect(text).toBe(weeklyHours(siteEdition, locale));
		expect(Number(text.replace(',', '.'))).toBeCloseTo(siteEdition.learningHours / siteEdition.weeks, 1);
	});
});

describe('weeklyHours', () => {
	it('keeps one decimal at most, in each language’s notation', () => {
		expect(weeklyHours({ learningHours: 60, weeks: 6 }, 'en')).toBe('10');
		expect(weeklyHours({ learningHours: 50, weeks: 4 }, 'en')).toBe('12.5');
		expect(weeklyHours({ learningHours: 50, weeks: 4 }, 'fr')).toBe('12,5');
		expect(weeklyHours({ learningHours: 20, weeks: 3 }, 'fr')).toBe('6,7');
	});
});
