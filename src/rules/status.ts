/** Where an edition stands on a given calendar day: the tools tell a reader who comes after it. */
import type { Edition, IsoDate } from './edition.ts';
import { daysBetween } from './dates.ts';

export type EditionStatus = 'upcoming' | 'running' | 'ended';

/** `today` is the reader's own calendar date (`localToday()`); the start and end days count as running. */
export function editionStatus(edition: Pick<Edition, 'startDate' | 'endDate'>, today: IsoDate): EditionStatus {
	if (daysBetween(today, edition.startDate) > 0) return 'upcoming';
	return daysBetween(today, edition.endDate) >= 0 ? 'running' : 'ended';
}
