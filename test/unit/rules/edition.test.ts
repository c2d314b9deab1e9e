import { describe, expect, test } from 'vitest';
import { daysBetween, edition2020, isoWeekday, locales } from '@/rules/index.ts';

describe('the 2020 edition record', () => {
	test('dates: Monday 9 November to Friday 18 December 2020, six weeks', () => {
		expect(edition2020.year).toBe(2020);
		expect(edition2020.startDate).toBe('2020-11-09');
		expect(edition2020.endDate).toBe('2020-12-18');
		expect(isoWeekday(edition2020.startDate)).toBe(1);
		expect(isoWeekday(edition2020.endDate)).toBe(5);
		expect(edition2020.weeks).toBe(6);
		expect(Math.ceil((daysBetween(edition2020.startDate, edition2020.endDate) + 1) / 7)).toBe(edition2020.weeks);
	});

	test('about 60 learning hours, 1,500 EUR in cents, English and French, live sessions Monday to Thursday', () => {
		expect(edition2020.learningHours).toBe(60);
		expect(edition2020.currency).toBe('EUR');
		expect(edition2020.priceCents).toBe(150_000);
		expect(edition2020.languages).toEqual(['en', 'fr']);
		expect(locales).toEqual(['en', 'fr']);
		expect(edition2020.liveSessionWeekdays).toEqual([1, 2, 3, 4]);
	});

	test('names', () => {
		expect(edition2020.acronym).toBe('e-LMA');
		expect(edition2020.name.en).toBe('e-Academy on Labour Migration');
		expect(edition2020.diploma.en).toBe('ITCILO Diploma for Labour Migration Experts and Practitioners');
		expect(edition2020.centre.en).toContain('ITCILO');
	});

	test('the six plenary forums, with their ids and titles, in order', () => {
		expect(edition2020.forums.map((f) => [f.id, f.title.en])).toEqual([
			[
				'rights-based-approach',
				'Adopting a rights-based approach to migration: human rights, including labour rights, at the global and regional levels, of migrant workers and their families',
			],
			[
				'trends-and-drivers',
				'Global and regional labour migration trends and driving forces, including South-South movements: what impact on labour markets?',
			],
			['sdgs', 'Migration in the Sustainable Development Goals (SDGs)'],
			['covid-19', 'The impacts of COVID-19 on migrant and refugee workers'],
			['governance-modalities', 'International and regional modalities in the governance of labour migration and labour mobility'],
			['future-of-migration', 'Future migration'],
		]);
	});

	test('three thematic areas', () => {
		expect(edition2020.areas.map((a) => [a.id, a.title.en])).toEqual([
			['governance', 'Fair and effective governance of labour migration'],
			['protection', 'Protection of migrant workers'],
			['development', 'Migration and sustainable development'],
		]);
	});

	test('the twenty electives, by area, in order', () => {
		const byArea = (area: string) => edition2020.electives.filter((e) => e.area === area).map((e) => e.id);
		expect(edition2020.electives).toHaveLength(20);
		expect(byArea('governance')).toEqual([
			'labour-migration-policy',
			'bilateral-agreements',
			'statistics',
			'fair-recruitment',
			'refugees-labour-market',
			'employment-policy-linkages',
			'south-south-cooperation',
		]);
		expect(byArea('protection')).toEqual([
			'social-protection',
			'international-labour-standards',
			'irregular-migration',
			'access-to-justice',
			'labour-attaches',
			'organizing-migrant-workers',
			'communicating-on-migration',
		]);
		expect(byArea('development')).toEqual([
			'skills',
			'women-migrant-workers',
			'youth-employment',
			'mainstreaming-migration',
			'reintegration',
			'climate-change',
		]);
	});

	test('the key electives are skills and statistics', () => {
		expect(edition2020.electives.filter((e) => e.key).map((e) => e.id)).toEqual(['statistics', 'skills']);
	});

	test('every id is unique', () => {
		const ids = [...edition2020.forums, ...edition2020.electives].map((item) => item.id);
		expect(new Set(ids).size).toBe(26);
	});

	test('every title has an English and a French text, and no two titles are the same', () => {
		const titled = [...edition2020.forums, ...edition2020.areas, ...edition2020.electives];
		for (const locale of locales) {
			const titles = titled.map((item) => item.title[locale].trim());
			expect(titles.every((title) => title.length > 0)).toBe(true);
			expect(new Set(titles).size).toBe(titled.length);
		}
	});

	test('certificates: Achievement 5 or 3 with a key elective and the essay; Participation 3 or 2', () => {
		expect(edition2020.certificates).toEqual([
			{
				id: 'achievement',
				name: { en: 'Certificate of Achievement', fr: expect.any(String) },
				electives: 5,
				electivesWithKey: 3,
				essayRequired: true,
				diplomaEligible: true,
			},
			{
				id: 'participation',
				name: { en: 'Certificate of Participation', fr: expect.any(String) },
				electives: 3,
				electivesWithKey: 2,
				essayRequired: false,
				diplomaEligible: false,
			},
		]);
	});

	test('penalty tiers and the substitution notice', () => {
		expect(edition2020.penaltyTiers).toEqual([
			{ minDaysBeforeStart: 14, penaltyPercent: 0 },
			{ minDaysBeforeStart: 8, penaltyPercent: 50 },
			{ minDaysBeforeStart: null, penaltyPercent: 100 },
		]);
		expect(edition2020.substitutionNoticeDays).toBe(14);
	});
});
