import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { editionSchema } from './src/content/editionSchema.ts';
import { uiStringsSchema } from './src/content/uiStringsSchema.ts';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
	// Checked at build time only: the rules module reads the same files directly (src/rules/editions.ts).
	editions: defineCollection({ loader: glob({ pattern: '*.json', base: './content/editions' }), schema: editionSchema }),
};
