import { describe, expect, it } from 'vitest';
import { keyDatesCalendar } from '@/calendar/key-dates.ts';
import { addDays, edition2020, locales, substitutionDeadline, tierWindows, type Edition } from '@/rules/index.ts';
import { edition2031 } from '../../fixtures/editions.ts';

type Property = { name: string; params: string; value: string };
type Component = { name: string; properties: Property[]; children: Component[] };

/** A strict reading of RFC 5545 §3.1: CRLF lines of at most 75 octets, folded lines, nested components. */
function parseICalendar(text: string): Component {
	expect(text.endsWith('\r\n')).toBe(true);
	const physical = text.slice(0, -2).split('\r\n');
	for (const line of physical) {
		expect(line).not.toMatch(/[\r\n]/);
		expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	}
	const logical: string[] = [];
	for (const line of physical) {
		if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
		else logical.push(line);
	}
	const root: Component = { name: '', properties: [], children: [] };
	const stack = [root];
	for (const line of logical) {
		const match = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
		expect(match, `not a content line: ${line}`).not.toBeNull();
		const [, name, params, value] = match as unknown as [string, string, string, string];
		if (name === 'BEGIN') {
			const component = { name: value, properties: [], children: [] };
			stack.at(-1)!.children.push(component);
			stack.push(component);
		} else if (name === 'END') {
			expect(stack.at(-1)!.name).toBe(value);
			stack.pop();
		} else {
			stack.at(-1)!.properties.push({ name, params, value });
		}
	}
	expect(stack).toHaveLength(1);
	expect(root.children).toHaveLength(1);
	return root.children[0]!;
}

const one = (component: Component, name: string) => {
	const found = component.properties.filter((p) => p.name === name);
	expect(found, `${component.name} needs exactly one ${name}`).toHaveLength(1);
	return found[0]!;
};

const compact = (date: string) => date.replaceAll('-', '');

/** The last day of every tier but the last, the substitution deadline, the start and the end, each day once. */
function keyDatesOf(edition: Edition) {
	const tierEnds = tierWindows(edition).flatMap((window) => (window.lastNoticeDate ? [window.lastNoticeDate] : []));
	return [...new Set([...tierEnds, substitutionDeadline(edition), edition.startDate, edition.endDate])].sort();
}

describe.each(locales)('the key-dates calendar in %s', (locale) => {
	const calendar = parseICalendar(keyDatesCalendar(locale));
	const events = calendar.children.filter((c) => c.name === 'VEVENT');

	it('is a VCALENDAR 2.0 with a product id and only events inside', () => {
		expect(calendar.name).toBe('VCALENDAR');
		expect(one(calendar, 'VERSION').value).toBe('2.0');
		expect(one(calendar, 'PRODID').value).not.toBe('');
		expect(calendar.children.map((c) => c.name)).toEqual(events.map(() => 'VEVENT'));
	});

	it('gives every event a UID, a DTSTAMP and a whole-day DTSTART and DTEND', () => {
		for (const event of events) {
			expect(one(event, 'UID').value).toMatch(/^\S+@\S+$/);
			expect(one(event, 'DTSTAMP').value).toMatch(/^\d{8}T\d{6}Z$/);
			const start = one(event, 'DTSTART');
			expect(start.params).toBe(';VALUE=DATE');
			expect(start.value).toMatch(/^\d{8}$/);
			const end = one(event, 'DTEND');
			expect(end.params).toBe(';VALUE=DATE');
			const iso = `${start.value.slice(0, 4)}-${start.value.slice(4, 6)}-${start.value.slice(6)}`;
			expect(end.value).toBe(compact(addDays(iso, 1)));
			expect(one(event, 'SUMMARY').value).not.toBe('');
		}
	});

	it('holds the key dates of the rules module: the end of each tier but the last, start, end', () => {
		expect(events.map((e) => one(e, 'DTSTART').value)).toEqual(keyDatesOf(edition2020).map(compact));
		expect(events).toHaveLength(4);
	});

	it('mentions the substitution deadline on the day the no-penalty tier ends (the same day in 2020)', () => {
		const [first] = events;
		expect(one(first!, 'DESCRIPTION').value).toContain(
			one(parseICalendar(keyDatesCalendar(locale, edition2031)).children.find((e) => one(e, 'UID').value.includes('substitution'))!, 'DESCRIPTION').value,
		);
	});

	it('escapes commas, semicolons and backslashes in text', () => {
		for (const event of events) {
			for (const name of ['SUMMARY', 'DESCRIPTION']) {
				expect(one(event, name).value).not.toMatch(/(?<!\\)(?:\\\\)*[,;]/);
			}
		}
	});

	it('has stable UIDs: unique, the same on every build and in both languages', () => {
		const uids = events.map((e) => one(e, 'UID').value);
		expect(new Set(uids).size).toBe(uids.length);
		expect(keyDatesCalendar(locale)).toBe(keyDatesCalendar(locale));
		const other = parseICalendar(keyDatesCalendar(locale === 'en' ? 'fr' : 'en'));
		expect(other.children.map((e) => one(e, 'UID').value)).toEqual(uids);
	});
});

describe.each(locales)('the key-dates calendar of another edition, in %s', (locale) => {
	const events = parseICalendar(keyDatesCalendar(locale, edition2031)).children;

	it('has an event for the end of each of its tiers, its own substitution deadline, its start and its end', () => {
		expect(events.map((e) => one(e, 'DTSTART').value)).toEqual(keyDatesOf(edition2031).map(compact));
		// Four tiers: three tier ends; 21 days of notice: a substitution deadline of its own.
		expect(events).toHaveLength(6);
		expect(events.map((e) => one(e, 'DTSTART').value)).toContain(compact(substitutionDeadline(edition2031)));
	});

	it('words its penalties and price, not 2020’s', () => {
		const text = events.map((e) => `${one(e, 'SUMMARY').value} ${one(e, 'DESCRIPTION').value}`).join(' ').replace(/\\/g, '');
		expect(text).toMatch(/25[\s\u00a0\u202f]?%/);
		expect(text).toMatch(/60[\s\u00a0\u202f]?%/);
		expect(text).toMatch(/2[,\s\u00a0\u202f]430[.,]00/);
		expect(text).not.toMatch(/50[\s\u00a0\u202f]?%/);
		expect(text).not.toMatch(/1[,\s\u00a0\u202f]500[.,]00/);
	});

	it('has UIDs of its own', () => {
		const uids2020 = parseICalendar(keyDatesCalendar(locale)).children.map((e) => one(e, 'UID').value);
		for (const event of events) expect(uids2020).not.toContain(one(event, 'UID').value);
	});
});
