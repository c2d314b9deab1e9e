/** The Astro command line, as its package declares it (`bin.astro`), for scripts that spawn it. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const manifestPath = createRequire(import.meta.url).resolve('astro/package.json');
const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));

export const astroBin = join(dirname(manifestPath), typeof bin === 'string' ? bin : bin.astro);
