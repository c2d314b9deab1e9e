/**
 * The site's own UI strings, every one required: the English file is the list of keys, so a key
 * missing from the French file fails the build. Starlight's own keys stay optional overrides.
 */
import { z } from 'astro/zod';
import en from '../../content/i18n/en.json' with { type: 'json' };

// Typed as an empty extension: Starlight's own code builds i18n entries without our keys, and the
// keys are typed for `t()` by `StarlightApp.I18n` (src/i18n/ui-strings.d.ts) instead.
export const uiStringsSchema = z.object(
	Object.fromEntries(Object.keys(en).map((key) => [key, z.string().min(1)])),
) as unknown as z.ZodObject;
