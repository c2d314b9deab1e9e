import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../content/i18n/en.json';
import fr from '../../../content/i18n/fr.json';
import type { Locale } from '@/rules/index.ts';
import { siteEdition } from '@/site-edition.ts';
import { renderFact } from '@/components/programme/facts.ts';
import EditionNotice from '@/components/home/EditionNotice.astro';

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
});

describe('the weeklyHours fact', () => {
	it('is the learning hours over the weeks, with one decimal at most, in each language’s notation', () => {
		const edition = (learningHours: number, weeks: number) => ({ ...siteEdition, learningHours, weeks });
		expect(renderFact('weeklyHours', 'en', edition(60, 6))).toBe('10');
		expect(renderFact('weeklyHours', 'en', edition(50, 4))).toBe('12.5');
		expect(renderFact('weeklyHours', 'fr', edition(50, 4))).toBe('12,5');
		expect(renderFact('weeklyHours', 'en', siteEdition)).toBe(String(siteEdition.learningHours / siteEdition.weeks));
	});
});
