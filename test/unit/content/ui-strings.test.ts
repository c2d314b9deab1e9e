import { describe, expect, it } from 'vitest';
import en from '../../../content/i18n/en.json' with { type: 'json' };
import fr from '../../../content/i18n/fr.json' with { type: 'json' };
import { uiStringsSchema } from '@/content/uiStringsSchema.ts';

describe('the UI strings collection schema', () => {
	it('accepts both languages as they are', () => {
		expect(uiStringsSchema.safeParse(en).success).toBe(true);
		expect(uiStringsSchema.safeParse(fr).success).toBe(true);
	});

	it('fails the build when a key of the English file is missing or empty in French, naming it', () => {
		const { ['tools.print']: _removed, ...missing } = fr;
		const result = uiStringsSchema.safeParse(missing);
		expect(result.success).toBe(false);
		expect(result.error!.issues[0]!.path).toEqual(['tools.print']);
		expect(uiStringsSchema.safeParse({ ...fr, 'tools.print': '' }).success).toBe(false);
	});

	it('has the same placeholders in both languages', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
		for (const [key, value] of Object.entries(en)) {
			expect(placeholders((fr as Record<string, string>)[key]!), key).toEqual(placeholders(value));
		}
	});

	it("writes placeholders in i18next's syntax, as Starlight's own strings do: a single-brace {name} would reach the reader as typed", () => {
		for (const strings of [en, fr]) {
			for (const [key, value] of Object.entries(strings)) expect(value.replaceAll(/\{\{\w+\}\}/g, ''), key).not.toMatch(/[{}]/);
		}
	});
});
