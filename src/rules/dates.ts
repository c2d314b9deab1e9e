/**
 * Calendar dates as `YYYY-MM-DD` and whole-day numbers counted in UTC, so that a day count
 * is the same wherever the reader is and whatever their clock says.
 */
import type { IsoDate } from './edition.ts';
import { RulesInputError } from './errors.ts';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a real calendar date; throws `RulesInputError` naming `field` otherwise. */
export function toDayNumber(value: unknown, field = 'date'): number {
	if (value === undefined || value === null || value === '') {
		throw new RulesInputError(field, 'required', 'a date is required (YYYY-MM-DD)');
	}
	const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
	if (!match) {
		throw new RulesInputError(field, 'invalid-date', `"${String(value)}" is not a date in the form YYYY-MM-DD`);
	}
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	// setUTCFullYear, unlike Date.UTC, does not read the years 0–99 as 1900–1999.
	const check = new Date(0);
	check.setUTCFullYear(year, month - 1, day);
	// A real date comes back as it was written; 2020-02-30 comes back as 2020-03-01.
	if (year < 1 || check.toISOString().slice(0, 10) !== value) {
		throw new RulesInputError(field, 'invalid-date', `${value} is not a real calendar date`);
	}
	return check.getTime() / MS_PER_DAY;
}

export function isIsoDate(value: unknown): value is IsoDate {
	try {
		toDayNumber(value);
		return true;
	} catch {
		return false;
	}
}

export function fromDayNumber(dayNumber: number): IsoDate {
	return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
	return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return toDayNumber(to, 'to') - toDayNumber(from, 'from');
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
	return ((new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay() + 6) % 7) + 1;
}

/** Today's date on the reader's own calendar (the device's time zone). */
export function localToday(now: Date = new Date()): IsoDate {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
