/**
 * The public address the site is built for comes from one setting, `SITE_URL` (canonical links,
 * language alternates, sitemap, social tags, structured data, calendar event ids). This default is
 * a placeholder for local builds only: a deployment sets `SITE_URL` (README, Deploy).
 */
export const defaultSiteUrl = 'https://elma.itcilo.org';

export function siteAddress(env: Record<string, string | undefined>): string {
	return env.SITE_URL || defaultSiteUrl;
}
