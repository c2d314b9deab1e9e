/** A minimal RFC 5545 writer for whole-day events. */
import { addDays, type IsoDate } from '../rules/index.ts';

export interface DayEvent {
	uid: string;
	date: IsoDate;
	summary: string;
	description: string;
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

export function toICalendar(options: { name: string; language: string; stamp: string; events: DayEvent[] }): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//ITCILO//e-LMA site//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(options.name)}`,
		...options.events.flatMap((event) => [
			'BEGIN:VEVENT',
			`UID:${event.uid}`,
			`DTSTAMP:${options.stamp}`,
			`DTSTART;VALUE=DATE:${compactDate(event.date)}`,
			`DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
			`SUMMARY;LANGUAGE=${options.language}:${escapeText(event.summary)}`,
			`DESCRIPTION;LANGUAGE=${options.language}:${escapeText(event.description)}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		]),
		'END:VCALENDAR',
	];
	return lines.map(fold).join('\r\n') + '\r\n';
}
