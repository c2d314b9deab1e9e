import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { edition2020, type Locale } from '@/rules/index.ts';
import { localsFor } from '../../support/i18n.ts';
import { createFormat } from '@/i18n/format.ts';
import { edition2031 } from '../../fixtures/editions.ts';
import { renderFact } from '@/components/facts/facts.ts';
import Fact from '@/components/facts/Fact.astro';
import ForumList from '@/components/facts/ForumList.astro';
import EditionAtAGlance from '@/components/facts/EditionAtAGlance.astro';
import KeyDatesLink from '@/components/facts/KeyDatesLink.astro';
import EditionNotice from '@/components/facts/EditionNotice.astro';
import { withEditionDates } from '@/utils/hero-dates.ts';

/** Text content, entities decoded and spaces made plain, for comparisons with `Intl` output. */
function textOf(html: string): string {
	return html
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
}

const plain = (text: string) => text.replace(/\s+/g, ' ');

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

const factTexts = async (locale: Locale) => {
	const texts: Record<string, string> = {};
	for (const name of ['price', 'fullRefundBy', 'dates', 'achievementElectivesWithKey'] as const) {
		texts[name] = textOf(await container.renderToString(Fact, { props: { name }, locals: localsFor(locale) }));
	}
	return texts;
};

describe('Fact renders the named fact of the 2020 edition in the page’s language', () => {
	it('in English', async () => {
		expect(await factTexts('en')).toEqual({
			price: '€1,500.00',
			fullRefundBy: '26 October 2020',
			dates: '9 November – 18 December 2020',
			achievementElectivesWithKey: '3',
		});
	});

	it('in French', async () => {
		expect(await factTexts('fr')).toEqual({
			price: '1 500,00 €',
			fullRefundBy: '26 octobre 2020',
			dates: '9 novembre – 18 décembre 2020',
			achievementElectivesWithKey: '3',
		});
	});
});

describe.each(['en', 'fr'] as const)('content components in %s', (locale) => {
	it('ForumList lists every forum of the edition, in order, in the page’s language', async () => {
		const html = await container.renderToString(ForumList, { locals: localsFor(locale) });
		const items = [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]!));
		expect(items).toEqual(edition2020.forums.map((forum) => plain(forum.title[locale])));
	});

	it.each([
		['2020', edition2020, edition2031],
		['another edition', edition2031, edition2020],
	] as const)(
		'EditionAtAGlance shows the dates, length, languages, price and certificates of the edition (%s)',
		async (_, edition, other) => {
			const html = await container.renderToString(EditionAtAGlance, { props: { edition }, locals: localsFor(locale) });
			const text = textOf(html);
			const format = createFormat(locale, edition.currency);
			expect(text).toContain(plain(renderFact('dates', locale, edition)));
			expect(text).toContain(plain(format.money(edition.priceCents)));
			expect(text).not.toContain(plain(createFormat(locale, other.currency).money(other.priceCents)));
			expect(text).toContain(String(edition.weeks));
			expect(text).toContain(String(edition.learningHours));
			expect(text).toContain(plain(renderFact('liveLastDay', locale, edition)));
			expect(text.toLowerCase()).toContain(plain(renderFact('languages', locale, edition)).toLowerCase());
			for (const certificate of edition.certificates) expect(text.toLowerCase()).toContain(certificate.name[locale].toLowerCase());
			expect(text).not.toMatch(/\{\w+\}/);
		},
	);

	it('EditionNotice names the edition the site describes, its dates, and the Centre’s website, with no script', async () => {
		const html = await container.renderToString(EditionNotice, { locals: localsFor(locale) });
		const text = textOf(html);
		expect(text).toContain(locale === 'fr' ? 'L’édition que décrit ce site' : 'The edition this site describes');
		expect(text).toContain(String(edition2020.year));
		expect(text).toContain(locale === 'fr' ? '(9 novembre – 18 décembre 2020)' : '(9 November – 18 December 2020)');
		expect(text).toContain(edition2020.name[locale]);
		expect(text).not.toMatch(/\{\w+\}/);
		expect(html).toContain('href="https://www.itcilo.org"');
		expect(html).not.toContain('<script');
	});

	it('KeyDatesLink points to the calendar of the page’s language, and says the edition has ended', async () => {
		const html = await container.renderToString(KeyDatesLink, { locals: localsFor(locale) });
		const links = [...html.matchAll(/<a href="([^"]*)" download[ >]/g)].map((match) => match[1]);
		expect(links).toEqual([locale === 'fr' ? '/fr/e-lma-2020-fr.ics' : '/e-lma-2020-en.ics']);
		expect(textOf(html).replace(/\u00a0/g, ' ')).toBe(
			locale === 'fr'
				? 'Ajouter les dates clés à votre agenda (.ics) L’édition 2020 s’est terminée le 18 décembre 2020 ; le calendrier en reprend les dates.'
				: 'Add the key dates to your calendar (.ics) The 2020 edition ended on 18 December 2020; the calendar holds its dates.',
		);
		expect(html).not.toContain('<script');
	});
});

describe('withEditionDates', () => {
	it('adds the edition’s dates, in the page’s language, under the hero tagline', () => {
		expect(withEditionDates('Tagline.', 'fr')).toBe(
			'Tagline.<br /><strong class="hero-dates">9 novembre\u202f–\u202f18 décembre 2020</strong>',
		);
		expect(withEditionDates(undefined, 'en')).toBe('<strong class="hero-dates">9 November\u2009–\u200918 December 2020</strong>');
	});
});

describe('the weeklyHours fact', () => {
	it('is the learning hours over the weeks, with one decimal at most, in each language’s notation', () => {
		const edition = (learningHours: number, weeks: number) => ({ ...edition2020, learningHours, weeks });
		expect(renderFact('weeklyHours', 'en', edition(60, 6))).toBe('10');
		expect(renderFact('weeklyHours', 'en', edition(50, 4))).toBe('12.5');
		expect(renderFact('weeklyHours', 'fr', edition(50, 4))).toBe('12,5');
		expect(renderFact('weeklyHours', 'en', edition2031)).toBe('11');
	});
});
