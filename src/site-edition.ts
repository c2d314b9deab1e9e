/**
 * The edition this site describes. Pages, tools, the calendar and the structured data all show
 * this one: publishing another edition means changing this line (and adding its record).
 */
export { edition2020 as siteEdition } from '@/rules/index.ts';
