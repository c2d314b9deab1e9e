import { describe, expect, test } from 'vitest';
import record from '../../../content/editions/2020.json' with { type: 'json' };
import fixture from '../../fixtures/edition-2031.json' with { type: 'json' };
import { edition2020, RulesInputError, validateEdition } from '@/rules/index.ts';
import { editionSchema } from '@/content/editionSchema.ts';

type Json = Record<string, unknown>;

/** A copy of the 2020 record with one change made by `mutate`. */
function broken(mutate: (copy: Json & { [key: string]: any }) => void): Json {
	const copy = structuredClone(record) as Json;
	mutate(copy);
	return copy;
}

/** The path of the first Zod issue, written as the rules' validator writes it: `penaltyTiers[2].penaltyPercent`. */
function zodPath(value: unknown): string {
	const result = editionSchema.safeParse(value);
	expect(result.success).toBe(false);
	const path = result.error!.issues[0]!.path;
	return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`)).join('');
}

describe('the edition record, content/editions/2020.json', () => {
	test('is the record the rules use, and both checks accept it', () => {
		expect(edition2020).toEqual(record);
		expect(editionSchema.safeParse(record).success).toBe(true);
	});

	test('the fixture edition passes both checks too', () => {
		expect(validateEdition(fixture)).toEqual(fixture);
		expect(editionSchema.safeParse(fixture).success).toBe(true);
	});

	test.each<[string, (copy: any) => void]>([
		['startDate', (e) => (e.startDate = '2020-02-30')],
		['priceCents', (e) => (e.priceCents = 1500.5)],
		['currency', (e) => (e.currency = 'euro')],
		['name.fr', (e) => delete e.name.fr],
		['languages[1]', (e) => (e.languages = ['en', 'de'])],
		['liveSessionWeekdays[0]', (e) => (e.liveSessionWeekdays = [0, 1])],
		['electives[2].area', (e) => (e.electives[2].area = 'nowhere')],
		['electives[0].id', (e) => (e.electives[0].id = e.forums[0].id)],
		['electives[4].key', (e) => (e.electives[4].key = 'yes')],
		['certificates[1].electivesWithKey', (e) => (e.certificates[1].electivesWithKey = 4)],
		['penaltyTiers[0].penaltyPercent', (e) => (e.penaltyTiers[0].penaltyPercent = 10)],
		['penaltyTiers[1].penaltyPercent', (e) => (e.penaltyTiers[1].penaltyPercent = 101)],
		['penaltyTiers[1].minDaysBeforeStart', (e) => (e.penaltyTiers[1].minDaysBeforeStart = 20)],
		['penaltyTiers[2].minDaysBeforeStart', (e) => (e.penaltyTiers[2].minDaysBeforeStart = 0)],
		['substitutionNoticeDays', (e) => (e.substitutionNoticeDays = -1)],
	])('a mistake in %s is refused, naming the field, by both checks', (field, mutate) => {
		const value = broken(mutate);
		let error: unknown;
		try {
			validateEdition(value);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(RulesInputError);
		expect((error as RulesInputError).field).toBe(field);
		expect((error as RulesInputError).message.startsWith(`${field}: `)).toBe(true);
		expect(zodPath(value)).toBe(field);
	});

	test('an unknown field is refused by the build', () => {
		expect(zodPath(broken((e) => (e.priceEuros = 1500)))).toBe('');
	});
});
