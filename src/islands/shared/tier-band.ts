/**
 * The penalty tiers laid out on a band of dates, for the timeline: from a left edge before the
 * first tier's last date to the course's last day. Positions are shares of the band, in percent.
 */
import { addDays, daysBetween } from '@/rules/dates.ts';
import { tierWindows, type PenaltyKind, type RefundRules } from '@/rules/refunds.ts';
import type { Edition, IsoDate } from '@/rules/edition.ts';

interface BandSegment {
	index: number;
	kind: PenaltyKind;
	penaltyPercent: number;
	/** Null for the open-ended first tier ("and earlier") and last tier ("and later"). */
	firstNoticeDate: IsoDate | null;
	lastNoticeDate: IsoDate | null;
	/** Where it starts and how wide it is on the band, in percent. */
	x: number;
	width: number;
}

export interface TierBand {
	/** The band's first and last days (both included). */
	from: IsoDate;
	to: IsoDate;
	/** Days on the band. */
	days: number;
	segments: BandSegment[];
	/** Where the course's first day begins on the band, in percent. */
	start: number;
}

/** Percent with two decimals: enough for any screen, short in the HTML. */
const share = (part: number, whole: number) => Math.round((part / whole) * 10_000) / 100;

export function tierBand(edition: RefundRules & Pick<Edition, 'endDate'>): TierBand {
	const windows = tierWindows(edition);
	// The open-ended first tier is drawn as wide as the partial tiers together.
	const partialDays = windows
		.filter((window) => window.firstNoticeDate !== null && window.lastNoticeDate !== null)
		.reduce((sum, window) => sum + daysBetween(window.firstNoticeDate!, window.lastNoticeDate!) + 1, 0);
	const from = addDays(windows[0]!.lastNoticeDate!, -(Math.max(partialDays, 1) - 1));
	const to = edition.endDate;
	const days = daysBetween(from, to) + 1;
	const position = (date: IsoDate) => share(daysBetween(from, date), days);
	const segments = windows.map((window): BandSegment => {
		const x = position(window.firstNoticeDate ?? from);
		const end = window.lastNoticeDate === null ? 100 : position(addDays(window.lastNoticeDate, 1));
		return {
			index: window.index,
			kind: window.kind,
			penaltyPercent: window.penaltyPercent,
			firstNoticeDate: window.firstNoticeDate,
			lastNoticeDate: window.lastNoticeDate,
			x,
			width: Math.round((end - x) * 100) / 100,
		};
	});
	return { from, to, days, segments, start: position(edition.startDate) };
}

/** Where a notice date falls on the band, in percent, kept inside it (the middle of its day). */
export function bandPosition(band: Pick<TierBand, 'from' | 'days'>, date: IsoDate): number {
	const day = Math.min(Math.max(daysBetween(band.from, date), 0), band.days - 1);
	return share(day + 0.5, band.days);
}
