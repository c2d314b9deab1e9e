import { intlLocale, type Edition, type Locale } from '@/rules/index.ts';

/**
 * The weekly workload as this site reads it: the edition's learning hours over its weeks. The
 * course description states only the total and the length, so pages call this a reading.
 */
export function weeklyHours(edition: Pick<Edition, 'learningHours' | 'weeks'>, locale: Locale): string {
	return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 1 }).format(edition.learningHours / edition.weeks);
}
