import { describe, expect, it } from 'vitest';
import { catalogs } from './helpers.ts';

const refundKeys = (catalog: Record<string, string>) => Object.keys(catalog).filter((key) => key.startsWith('refund.'));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the calculator’s strings', () => {
	it('exist in both languages with the same placeholders', () => {
		expect(refundKeys(catalogs.fr).sort()).toEqual(refundKeys(catalogs.en).sort());
		for (const key of refundKeys(catalogs.en)) {
			expect(placeholders(catalogs.fr[key]!), key).toEqual(placeholders(catalogs.en[key]!));
		}
	});

	it('put a no-break space before French high punctuation', () => {
		for (const key of refundKeys(catalogs.fr)) {
			expect(catalogs.fr[key], key).not.toMatch(/ [:;?!]/);
		}
	});
});
