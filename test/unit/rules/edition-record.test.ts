import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import record from '../../../content/editions/2020.json' with { type: 'json' };
import fixture from '../../fixtures/edition-2031.json' with { type: 'json' };
import { edition2020 } from '@/rules/index.ts';
import { editionSchema } from '@/content/editionSchema.ts';

type Json = Record<string, unknown>;

/** A copy of the 2020 record with one change made by `mutate`. */
function broken(mutate: (copy: Json & { [key: string]: any }) => void): Json {
	const copy = structuredClone(record) as Json;
	mutate(copy);
	return copy;
}

/** The first mistake the schema finds, as the build reports it: `penaltyTiers[2].penaltyPercent: …`. */
function firstMistake(value: unknown): string {
	const result = editionSchema.safeParse(value);
	if (result.success) return 'no mistake found';
	const { path, message } = result.error.issues[0]!;
	const field =
		path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`)).join('') ||
		'edition';
	return `${field}: ${message}`;
}

describe('the edition record, content/editions/2020.json', () => {
	test('is the record the rules use, and the schema accepts it as it is', () => {
		expect(edition2020).toEqual(record);
		expect(editionSchema.parse(record)).toEqual(record);
	});

	test('the fixture edition passes the schema too', () => {
		expect(editionSchema.parse(fixture)).toEqual(fixture);
	});

	const editions = new URL('../../../content/editions/', import.meta.url);
	test.each(readdirSync(editions).filter((file) => file.endsWith('.json')))('content/editions/%s passes the schema', (file) => {
		expect(firstMistake(JSON.parse(readFileSync(new URL(file, editions), 'utf8')))).toBe('no mistake found');
	});

	test.each<[string, (copy: any) => void]>([
		['startDate: must be a real calendar date, YYYY-MM-DD', (e) => (e.startDate = '2020-02-30')],
		['endDate: must not come before startDate', (e) => (e.endDate = '2020-11-08')],
		['priceCents: must be a whole number from 0', (e) => (e.priceCents = 1500.5)],
		['currency: must be an ISO 4217 code such as EUR', (e) => (e.currency = 'euro')],
		['name.fr: must be a non-empty string', (e) => delete e.name.fr],
		['acronym: must be a non-empty string', (e) => (e.acronym = '  ')],
		['languages[1]: must be one of en, fr', (e) => (e.languages = ['en', 'de'])],
		['liveSessionWeekdays[0]: must be a whole number from 1 to 7', (e) => (e.liveSessionWeekdays = [0, 1])],
		['forums: must not be empty', (e) => (e.forums = [])],
		['electives[2].area: "nowhere" is not an area id', (e) => (e.electives[2].area = 'nowhere')],
		['electives[0].id: "rights-based-approach" is used twice', (e) => (e.electives[0].id = e.forums[0].id)],
		['electives[1].id: must be lower-case words joined by hyphens', (e) => (e.electives[1].id = 'Skills')],
		['electives[4].key: must be true or false', (e) => (e.electives[4].key = 'yes')],
		['certificates: must have one "achievement" rule', (e) => (e.certificates[1].id = 'achievement')],
		['certificates[1].electivesWithKey: must not be more than electives', (e) => (e.certificates[1].electivesWithKey = 4)],
		['penaltyTiers: needs a no-penalty tier, at least one partial tier and a full-penalty tier', (e) => e.penaltyTiers.splice(1, 1)],
		['penaltyTiers[0].penaltyPercent: the first tier must have no penalty (0)', (e) => (e.penaltyTiers[0].penaltyPercent = 10)],
		['penaltyTiers[1].penaltyPercent: must be a whole number from 0 to 100', (e) => (e.penaltyTiers[1].penaltyPercent = 101)],
		[
			'penaltyTiers[1].penaltyPercent: a tier between the first and the last must be a partial penalty (1 to 99)',
			(e) => (e.penaltyTiers[1].penaltyPercent = 100),
		],
		['penaltyTiers[1].minDaysBeforeStart: must be fewer days than the tier before it', (e) => (e.penaltyTiers[1].minDaysBeforeStart = 20)],
		['penaltyTiers[1].minDaysBeforeStart: must be a whole number from 1', (e) => (e.penaltyTiers[1].minDaysBeforeStart = null)],
		[
			'penaltyTiers[2].minDaysBeforeStart: must be null: the last tier has no lower bound',
			(e) => (e.penaltyTiers[2].minDaysBeforeStart = 0),
		],
		['penaltyTiers[2].penaltyPercent: the last tier must be the full penalty (100)', (e) => (e.penaltyTiers[2].penaltyPercent = 90)],
		['substitutionNoticeDays: must be a whole number from 0', (e) => (e.substitutionNoticeDays = -1)],
	])('refuses %s', (mistake, mutate) => {
		expect(firstMistake(broken(mutate))).toBe(mistake);
	});

	test('refuses a field it does not know', () => {
		expect(firstMistake(broken((e) => (e.priceEuros = 1500)))).toBe('edition: unknown field "priceEuros"');
	});
});
