/**
 * The editions the site knows, read from `content/editions/` and checked on import. Only
 * build-time code and the rules' defaults import this module: the islands are given their part
 * of an edition as props, so no record travels in their scripts.
 */
import record2020 from '../../content/editions/2020.json' with { type: 'json' };
import { validateEdition } from './validateEdition.ts';

export const edition2020 = validateEdition(record2020);
