/**
 * The Centre's own website, where its official description of the course is published. The site
 * names no page there beyond the home page: the course description gives none.
 */
export const centreWebsite = { href: 'https://www.itcilo.org', label: 'www.itcilo.org' } as const;
