import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, edition2020, tierWindows } from '@/rules/index.ts';
import TierTimeline from '@/components/policies/TierTimeline.astro';
import { bandPosition, tierBand } from '@/islands/shared/tier-band.ts';
import { edition2031 } from '../../fixtures/editions.ts';
import { render, textOf } from './render.ts';

describe('the band of dates under the tier timeline', () => {
	it('runs from as many days before the first tier’s last date as the partial tiers span, to the course’s last day', () => {
		const band = tierBand(edition2020);
		// Partial tier: 27 October to 1 November 2020, six days; the first tier is drawn six days wide.
		expect(band.from).toBe('2020-10-21');
		expect(band.to).toBe('2020-12-18');
		expect(band.days).toBe(59);
		expect(band.segments.map((segment) => [segment.kind, segment.x, segment.width])).toEqual([
			['none', 0, 10.17],
			['partial', 10.17, 10.17],
			['full', 20.34, 79.66],
		]);
		expect(band.start).toBe(Math.round((19 / 59) * 10_000) / 100);
	});

	it('works for any number of tiers: four in the 2031 fixture, contiguous, filling the band', () => {
		const band = tierBand(edition2031);
		const windows = tierWindows(edition2031);
		expect(band.segments).toHaveLength(4);
		// 20 partial days (two tiers of ten): the first tier gets twenty too.
		expect(band.from).toBe(addDays(windows[0]!.lastNoticeDate!, -19));
		band.segments.slice(1).forEach((segment, index) => {
			const previous = band.segments[index]!;
			expect(segment.x).toBeCloseTo(previous.x + previous.width, 1);
		});
		const last = band.segments.at(-1)!;
		expect(last.x + last.width).toBeCloseTo(100, 1);
		expect(band.days).toBe(daysBetween(band.from, edition2031.endDate) + 1);
	});

	it('places a notice date in the middle of its day, kept on the band', () => {
		const band = tierBand(edition2020);
		expect(bandPosition(band, '2020-10-21')).toBeCloseTo((0.5 / 59) * 100, 1);
		expect(bandPosition(band, '2019-01-01')).toBe(bandPosition(band, band.from));
		expect(bandPosition(band, '2030-01-01')).toBe(bandPosition(band, band.to));
		expect(bandPosition(band, '2030-01-01')).toBeLessThan(100);
	});
});

/** Each tier's dates as the key writes them: the year once when a tier's two dates share it. */
const keyDates: Record<'en' | 'fr', Record<number, string[]>> = {
	en: {
		2020: ['26 October 2020 and earlier', 'From 27 October to 1 November 2020', '2 November 2020 and later'],
		2031: [
			'9 February 2031 and earlier',
			'From 10 February to 19 February 2031',
			'From 20 February to 1 March 2031',
			'2 March 2031 and later',
		],
	},
	fr: {
		2020: ['Jusqu’au 26 octobre 2020', 'Du 27 octobre au 1er novembre 2020', 'À partir du 2 novembre 2020'],
		2031: ['Jusqu’au 9 février 2031', 'Du 10 février au 19 février 2031', 'Du 20 février au 1er mars 2031', 'À partir du 2 mars 2031'],
	},
};

describe.each(['en', 'fr'] as const)('the tier timeline in %s', (locale) => {
	it.each([
		['2020', edition2020],
		['2031', edition2031],
	] as const)('draws each tier, numbered, with its first and last dates in the key (%s)', async (_, edition) => {
		const doc = await render(TierTimeline, locale, { edition });
		const figure = doc.querySelector('figure.tier-timeline')!;
		expect(figure.getAttribute('aria-hidden')).toBe('true');
		expect(doc.querySelector('[style]')).toBeNull();
		const windows = tierWindows(edition);
		const keys = [...doc.querySelectorAll('.tier-timeline__key')];
		expect(keys).toHaveLength(windows.length);
		expect(doc.querySelectorAll('.tier-timeline__tier')).toHaveLength(windows.length);
		windows.forEach((window, index) => {
			const dates = textOf(keys[index]!.querySelector('.tier-timeline__dates'));
			expect(dates).toBe(keyDates[locale][edition.year]![index]);
			expect(textOf(keys[index]!.querySelector('.tier-timeline__number'))).toBe(String(index + 1));
			expect(textOf(keys[index]!.querySelector('.tier-timeline__penalty'))).toContain(
				locale === 'fr' ? `${window.penaltyPercent} %` : `${window.penaltyPercent}%`,
			);
		});
		// Patterns, not colour alone: the kinds with a penalty are hatched or crossed.
		expect(doc.querySelectorAll('.tier-timeline__tier--partial rect[fill^="url(#"]').length).toBeGreaterThan(0);
		expect(doc.querySelectorAll('.tier-timeline__tier--full rect[fill^="url(#"]').length).toBeGreaterThan(0);
		expect(textOf(doc.querySelector('.tier-timeline__course-label'))).toBe(locale === 'fr' ? 'Début du cours' : 'Course starts');
		expect(doc.querySelector('.tier-timeline__marker')).toBeNull();
	});

	it('carries a marker for the calculator only when asked', async () => {
		const doc = await render(TierTimeline, locale, { edition: edition2020, marker: true });
		expect(doc.querySelector('.tier-timeline__marker')).not.toBeNull();
		expect(doc.querySelector('figure')!.getAttribute('data-from')).toBe('2020-10-21');
		expect(doc.querySelector('figure')!.getAttribute('data-days')).toBe('59');
	});
});
