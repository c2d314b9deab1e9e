/**
 * The edition this site describes. Pages, tools, the calendar and the structured data all show
 * this one: publishing another edition means adding its record under content/editions/ and
 * changing this line.
 */
export { edition2020 as siteEdition } from '../rules/editions.ts';
