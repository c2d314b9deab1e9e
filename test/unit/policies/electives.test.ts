import { describe, expect, it } from 'vitest';
import { edition2020, type Edition, type Locale } from '@/rules/index.ts';
import ElectiveList from '@/components/facts/ElectiveList.astro';
import KeyElectives from '@/components/facts/KeyElectives.astro';
import ElectiveWebinars from '@/components/facts/ElectiveWebinars.astro';
import { plain, render, textOf } from './render.ts';

/** The 2020 electives with another key elective and one area fewer, so that a copied list fails. */
const reshuffled: Edition = {
	...edition2020,
	areas: edition2020.areas.slice(1),
	electives: edition2020.electives.filter((e) => e.area !== edition2020.areas[0]!.id).map((e, index) => ({ ...e, key: index === 0 })),
	electiveWebinars: 4,
};

describe.each(['en', 'fr'] as const)('electives in %s', (locale: Locale) => {
	const words = {
		en: {
			keyBadge: 'Key elective',
			legend: 'Filter by thematic area',
			all: 'All thematic areas',
			count: (n: number) => `${n} elective${n === 1 ? '' : 's'}`,
		},
		fr: {
			keyBadge: 'Cours clé',
			legend: 'Filtrer par domaine thématique',
			all: 'Tous les domaines thématiques',
			count: (n: number) => `${n} cours au choix`,
		},
	}[locale];
	const count = words.count;

	describe.each([
		['2020', edition2020],
		['another edition', reshuffled],
	] as const)('the list (%s)', (_, edition) => {
		it('has a section per thematic area, with its title, its count and its electives in order', async () => {
			const doc = await render(ElectiveList, locale, { edition });
			const sections = [...doc.querySelectorAll('section.electives__area')];
			expect(sections.map((s) => s.id)).toEqual(edition.areas.map((a) => a.id));
			sections.forEach((section, index) => {
				const area = edition.areas[index]!;
				const electives = edition.electives.filter((e) => e.area === area.id);
				expect(textOf(section.querySelector('h3'))).toBe(plain(area.title[locale]));
				expect(section.getAttribute('aria-labelledby')).toBe(section.querySelector('h3')!.id);
				expect(textOf(section.querySelector('p'))).toBe(count(electives.length));
				const items = [...section.querySelectorAll('li')];
				expect(items.map((li) => li.id)).toEqual(electives.map((e) => `elective-${e.id}`));
				items.forEach((li, i) => {
					const elective = electives[i]!;
					const badge = li.querySelector('.electives__key');
					const title = elective.key ? `${elective.title[locale]} ${words.keyBadge}` : elective.title[locale];
					expect(textOf(li)).toBe(plain(locale === 'en' ? title : `${title} ${elective.title.en}`));
					const original = li.querySelector('.electives__original');
					expect(original ? [original.getAttribute('lang'), textOf(original)] : null).toEqual(
						locale === 'en' ? null : ['en', plain(elective.title.en)],
					);
					expect(badge ? textOf(badge) : null).toBe(elective.key ? words.keyBadge : null);
				});
			});
		});

		it('offers a filter by area in a fieldset, all areas shown until one is chosen', async () => {
			const doc = await render(ElectiveList, locale, { edition });
			const fieldset = doc.querySelector('fieldset.electives__filter');
			expect(textOf(fieldset?.querySelector('legend'))).toBe(words.legend);
			const radios = [...fieldset!.querySelectorAll('input[type="radio"]')] as HTMLInputElement[];
			expect(radios.map((r) => r.value)).toEqual(['all', ...edition.areas.map((a) => a.id)]);
			expect(new Set(radios.map((r) => r.name)).size).toBe(1);
			expect(radios.filter((r) => r.hasAttribute('checked')).map((r) => r.value)).toEqual(['all']);
			const labels = radios.map((r) => textOf(r.closest('label')));
			expect(labels[0]).toBe(`${words.all} (${count(edition.electives.length)})`);
			edition.areas.forEach((area, i) => {
				const n = edition.electives.filter((e) => e.area === area.id).length;
				expect(labels[i + 1]).toBe(`${plain(area.title[locale])} (${count(n)})`);
			});
			// The filter's CSS hides the other areas for each area's radio button, and nothing else.
			const css = doc.querySelector('.electives > style')?.textContent ?? '';
			for (const area of edition.areas) {
				expect(css).toContain(`#electives-filter-${area.id}:checked) .electives__area:not(#${area.id}):not(:target)`);
			}
			expect(css).not.toContain('electives-filter-all');
		});

		it('links to every area above the filter', async () => {
			const doc = await render(ElectiveList, locale, { edition });
			const links = [...doc.querySelectorAll('nav.electives__links a')];
			expect(links.map((a) => a.getAttribute('href'))).toEqual(edition.areas.map((a) => `#${a.id}`));
			expect(links.map((a) => textOf(a))).toEqual(edition.areas.map((a) => plain(a.title[locale])));
			const nav = doc.querySelector('nav.electives__links')!;
			expect(nav.compareDocumentPosition(doc.querySelector('fieldset')!) & 4).toBe(4);
		});

		it('lists the key electives, linked to their place in the list', async () => {
			const doc = await render(KeyElectives, locale, { edition });
			const keys = edition.electives.filter((e) => e.key);
			const links = [...doc.querySelectorAll('li a')];
			expect(links.map((a) => textOf(a))).toEqual(keys.map((e) => plain(e.title[locale])));
			expect(links.map((a) => a.getAttribute('href'))).toEqual(
				keys.map((e) => `${locale === 'fr' ? '/fr' : ''}/programme/electives/#elective-${e.id}`),
			);
		});

		it('gives the number of webinars of most electives', async () => {
			const doc = await render(ElectiveWebinars, locale, { edition });
			expect(textOf(doc.body)).toBe(String(edition.electiveWebinars));
		});
	});
});
