/** The key-dates calendar, read with ical.js, a standard iCalendar parser (the one of Thunderbird's calendar). */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { keyDatesCalendar } from '@/calendar/key-dates.ts';
import { allCalendarPaths, calendarPath } from '@/calendar/paths.ts';
import { locales, type Edition, type Locale } from '@/rules/index.ts';
import { edition2031 } from '../../fixtures/editions.ts';
import { translateFor } from '../../support/i18n.ts';

/** RFC 5545 §3.1, which parsers forgive: CRLF line ends and lines of at most 75 octets. */
function expectWellFormedLines(text: string) {
	expect(text.endsWith('\r\n')).toBe(true);
	for (const line of text.slice(0, -2).split('\r\n')) {
		expect(line).not.toMatch(/[\r\n]/);
		expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	}
}

interface Read {
	uid: string;
	start: string;
	/** DTEND as written: the day after the last one. */
	end: string;
	summary: string;
	description: string;
	alarms: { action: string; trigger: string; description: string; day: string }[];
}

function read(text: string): { calendar: ICAL.Component; events: Read[] } {
	expectWellFormedLines(text);
	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = calendar.getAllSubcomponents('vevent').map((component): Read => {
		const event = new ICAL.Event(component);
		expect(event.startDate.isDate).toBe(true);
		expect(event.endDate.isDate).toBe(true);
		return {
			uid: event.uid,
			start: event.startDate.toString(),
			end: event.endDate.toString(),
			summary: event.summary,
			description: event.description,
			alarms: component.getAllSubcomponents('valarm').map((alarm) => {
				const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
				const day = event.startDate.clone();
				day.addDuration(trigger);
				return {
					action: String(alarm.getFirstPropertyValue('action')),
					trigger: trigger.toString(),
					description: String(alarm.getFirstPropertyValue('description')),
					day: day.toString(),
				};
			}),
		};
	});
	return { calendar, events };
}

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const expected: Record<Locale, { name: string; summaries: string[]; reminder: string }> = {
	en: {
		name: 'e-LMA 2020: key dates',
		summaries: [
			'e-LMA: last day to cancel with no penalty',
			'e-LMA: last day to cancel with a penalty of 50% of the course price (€750.00)',
			'e-Academy on Labour Migration (e-LMA)',
		],
		reminder: 'e-LMA: last day to cancel with no penalty (in 3 days)',
	},
	fr: {
		name: 'e-LMA 2020 : dates clés',
		summaries: [
			'e-LMA : dernier jour pour annuler sans pénalité',
			'e-LMA : dernier jour pour annuler avec une pénalité de 50 % du prix du cours, soit 750,00 €',
			'e-Académie sur les migrations de main-d’œuvre (e-LMA)',
		],
		reminder: 'e-LMA : dernier jour pour annuler sans pénalité (dans 3 jours)',
	},
};

describe.each(locales)('the key-dates calendar of 2020 in %s', (locale) => {
	const text = calendarIn(locale);
	const { calendar, events } = read(text);

	it('is a VCALENDAR 2.0 with a product id, a name and only events inside', () => {
		expect(calendar.name).toBe('vcalendar');
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toBe('-//ITCILO//e-LMA site//EN');
		expect(plain(String(calendar.getFirstPropertyValue('x-wr-calname')))).toBe(expected[locale].name);
		expect(calendar.getAllSubcomponents().map((c) => c.name)).toEqual(['vevent', 'vevent', 'vevent']);
	});

	it('holds the two deadlines, one day each, and the course as one event of six weeks', () => {
		expect(events.map(({ start, end }) => [start, end])).toEqual([
			['2020-10-26', '2020-10-27'],
			['2020-11-01', '2020-11-02'],
			['2020-11-09', '2020-12-19'],
		]);
		expect(events.map((event) => plain(event.summary))).toEqual(expected[locale].summaries);
		// As written: whole days, the end the day after the last (18 December).
		expect(text).toContain('\r\nDTSTART;VALUE=DATE:20201026\r\nDTEND;VALUE=DATE:20201027\r\n');
		expect(text).toContain('\r\nDTSTART;VALUE=DATE:20201109\r\nDTEND;VALUE=DATE:20201219\r\n');
	});

	it('reminds the reader three days before each deadline, on screen, and not of the course', () => {
		const [noPenalty, halfPenalty, course] = events;
		expect(noPenalty!.alarms).toEqual([{ action: 'DISPLAY', trigger: '-P3D', description: expect.any(String), day: '2020-10-23' }]);
		expect(plain(noPenalty!.alarms[0]!.description)).toBe(expected[locale].reminder);
		expect(halfPenalty!.alarms.map(({ action, trigger, day }) => [action, trigger, day])).toEqual([['DISPLAY', '-P3D', '2020-10-29']]);
		expect(course!.alarms).toEqual([]);
		expect(text.match(/\r\nTRIGGER:-P3D\r\n/g)).toHaveLength(2);
	});

	it('mentions the substitution deadline on the day the no-penalty tier ends (the same day in 2020)', () => {
		expect(plain(events[0]!.description)).toContain(
			locale === 'en'
				? 'Last day to notify the Centre in writing of a transfer to another course or of a substitution by another candidate.'
				: 'Dernier jour pour notifier par écrit au Centre un transfert vers un autre cours ou un remplacement par un autre candidat.',
		);
	});

	it('describes the course with its length and workload', () => {
		expect(plain(events[2]!.description)).toBe(
			locale === 'en'
				? 'The course, online: 6 weeks, about 60 learning hours.'
				: 'Le cours, en ligne : 6 semaines, environ 60 heures d’apprentissage.',
		);
	});

	it('escapes commas, semicolons and backslashes in text', () => {
		const folded = text.replace(/\r\n /g, '');
		for (const line of folded.split('\r\n').filter((line) => /^(SUMMARY|DESCRIPTION)/.test(line))) {
			expect(line.slice(line.indexOf(':') + 1)).not.toMatch(/(?<!\\)(?:\\\\)*[,;]/);
		}
	});

	it('has stable UIDs: unique, the same on every build and in both languages', () => {
		const uids = events.map((event) => event.uid);
		expect(uids.map((uid) => uid.replace(/@.*/, ''))).toEqual(['2020-tier-1-ends', '2020-tier-2-ends', '2020-course']);
		expect(calendarIn(locale)).toBe(text);
		const other = read(calendarIn(locale === 'en' ? 'fr' : 'en'));
		expect(other.events.map((event) => event.uid)).toEqual(uids);
	});
});

describe.each(locales)('the key-dates calendar of another edition, in %s', (locale) => {
	const { events } = read(calendarIn(locale, edition2031));

	it('has an event for the end of each of its tiers and its own substitution deadline, each with a reminder, and its course', () => {
		// Four tiers: three tier ends; 21 days of notice: a substitution deadline of its own.
		expect(events.map(({ start, end, alarms }) => [start, end, alarms.map((alarm) => alarm.day)])).toEqual([
			['2031-02-09', '2031-02-10', ['2031-02-06']],
			['2031-02-18', '2031-02-19', ['2031-02-15']],
			['2031-02-19', '2031-02-20', ['2031-02-16']],
			['2031-03-01', '2031-03-02', ['2031-02-26']],
			['2031-03-11', '2031-04-26', []],
		]);
		expect(events[1]!.uid).toMatch(/^2031-substitution-deadline@/);
	});

	it('words its penalties and price, not 2020’s', () => {
		const text = plain(events.map((event) => `${event.summary} ${event.description}`).join(' '));
		expect(text).toMatch(/25 ?%/);
		expect(text).toMatch(/60 ?%/);
		expect(text).toMatch(/2[, ]430[.,]00/);
		expect(text).not.toMatch(/50 ?%/);
		expect(text).not.toMatch(/1[, ]500[.,]00/);
	});

	it('has UIDs of its own', () => {
		const uids2020 = read(calendarIn(locale)).events.map((event) => event.uid);
		for (const event of events) expect(uids2020).not.toContain(event.uid);
	});
});

const calendarIn = (locale: Locale, edition?: Edition) => keyDatesCalendar(translateFor(locale), locale, edition);

describe('the calendars’ file names', () => {
	it('carry the edition and the language; the first names stay served', () => {
		expect(calendarPath('en')).toBe('/e-lma-2020-en.ics');
		expect(calendarPath('fr')).toBe('/fr/e-lma-2020-fr.ics');
		expect(calendarPath('fr', edition2031)).toBe('/fr/e-lma-2031-fr.ics');
		expect(allCalendarPaths(locales)).toEqual(['/e-lma-2020-en.ics', '/key-dates.ics', '/fr/e-lma-2020-fr.ics', '/fr/key-dates.ics']);
	});
});
