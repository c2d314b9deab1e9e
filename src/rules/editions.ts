/**
 * The editions the site knows, read from `content/editions/`. Each record is checked by the one
 * edition schema (src/content/editionSchema.ts): by the `editions` content collection on every
 * build and by test/unit/rules/edition-record.test.ts, so the rules take it as typed. Only
 * build-time code and the rules' defaults import this module: the islands are given their part of
 * an edition as props, so no record travels in their scripts.
 */
import record2020 from '../../content/editions/2020.json' with { type: 'json' };
import type { Edition } from './edition.ts';

export const edition2020 = record2020 as Edition;
