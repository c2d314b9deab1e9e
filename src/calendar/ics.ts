/** A minimal RFC 5545 writer for whole-day events, with a display reminder where one is given. */
import { addDays, type IsoDate } from '../rules/index.ts';

export interface DayEvent {
	uid: string;
	/** The first day of the event. */
	date: IsoDate;
	/** The last day, for an event of several days; a one-day event when absent. */
	lastDate?: IsoDate;
	summary: string;
	description: string;
	/** A reminder shown this many days before the event, with this text. */
	reminder?: { daysBefore: number; description: string };
}

const compactDate = (date: IsoDate) => date.replaceAll('-', '');

function escapeText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded with CRLF and one space (RFC 5545 §3.1). */
function fold(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	for (const char of line) {
		const limit = parts.length === 0 ? 75 : 74;
		if (encoder.encode(current + char).length > limit) {
			parts.push(current);
			current = char;
		} else {
			current += char;
		}
	}
	parts.push(current);
	return parts.join('\r\n ');
}

function eventLines(event: DayEvent, language: string, stamp: string): string[] {
	const reminder = event.reminder
		? [
				'BEGIN:VALARM',
				'ACTION:DISPLAY',
				`DESCRIPTION;LANGUAGE=${language}:${escapeText(event.reminder.description)}`,
				// Before the start of the event's first day.
				`TRIGGER:-P${event.reminder.daysBefore}D`,
				'END:VALARM',
			]
		: [];
	return [
		'BEGIN:VEVENT',
		`UID:${event.uid}`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${compactDate(event.date)}`,
		// The end of a whole-day event is the day after its last day (RFC 5545 §3.6.1).
		`DTEND;VALUE=DATE:${compactDate(addDays(event.lastDate ?? event.date, 1))}`,
		`SUMMARY;LANGUAGE=${language}:${escapeText(event.summary)}`,
		`DESCRIPTION;LANGUAGE=${language}:${escapeText(event.description)}`,
		'TRANSP:TRANSPARENT',
		...reminder,
		'END:VEVENT',
	];
}

export function toICalendar(options: { name: string; language: string; stamp: string; events: DayEvent[] }): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//ITCILO//e-LMA site//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(options.name)}`,
		...options.events.flatMap((event) => eventLines(event, options.language, options.stamp)),
		'END:VCALENDAR',
	];
	return lines.map(fold).join('\r\n') + '\r\n';
}
