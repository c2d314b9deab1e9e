import { describe, expect, test } from 'vitest';
import { addDays, daysBetween, fromDayNumber, isIsoDate, isoWeekday, localToday, RulesInputError, toDayNumber } from '@/rules/index.ts';

/** The zone each unit project runs in (see vitest.config.ts) and its UTC offset on 26 October 2020. */
const projectZones: Record<string, { zone: string; offsetMinutes: number }> = {
	unit: { zone: 'America/Los_Angeles', offsetMinutes: 420 },
	'unit-kiritimati': { zone: 'Pacific/Kiritimati', offsetMinutes: -840 },
};

describe('the time zone of the run', () => {
	test('is the far-from-UTC zone of the project, not UTC', ({ task }) => {
		const expected = projectZones[task.file.projectName ?? ''];
		expect(expected, `no zone expected for project ${task.file.projectName}`).toBeDefined();
		expect(process.env.TZ).toBe(expected?.zone);
		expect(new Date(2020, 9, 26).getTimezoneOffset()).toBe(expected?.offsetMinutes);
		expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected?.zone);
	});
});

describe('localToday', () => {
	test('reads the date on the device calendar, not in UTC', ({ task }) => {
		expect(localToday(new Date(2020, 9, 26, 0, 0))).toBe('2020-10-26');
		expect(localToday(new Date(2020, 9, 26, 23, 59))).toBe('2020-10-26');
		expect(localToday(new Date(2021, 0, 1, 0, 30))).toBe('2021-01-01');
		// Noon UTC on 26 October is still the 26th in Los Angeles and already the 27th in Kiritimati.
		const noonUtc = new Date(Date.UTC(2020, 9, 26, 12));
		const expected = task.file.projectName === 'unit-kiritimati' ? '2020-10-27' : '2020-10-26';
		expect(localToday(noonUtc)).toBe(expected);
	});

	test('pads month and day to two digits', () => {
		expect(localToday(new Date(2020, 0, 5, 12))).toBe('2020-01-05');
	});
});

describe('toDayNumber and fromDayNumber', () => {
	test('count whole days from 1970-01-01', () => {
		expect(toDayNumber('1970-01-01')).toBe(0);
		expect(toDayNumber('1969-12-31')).toBe(-1);
		expect(toDayNumber('2020-02-29')).toBe(18321);
		expect(toDayNumber('2020-11-09')).toBe(18575);
		expect(fromDayNumber(18575)).toBe('2020-11-09');
		expect(fromDayNumber(-1)).toBe('1969-12-31');
	});

	test('read the years 0001 to 0099 as themselves', () => {
		expect(fromDayNumber(toDayNumber('0020-01-01'))).toBe('0020-01-01');
		expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
	});

	test.each(['2020-02-29', '2000-02-29', '2020-12-31', '2021-01-01', '9999-12-31'])('accept the real date %s', (date) => {
		expect(fromDayNumber(toDayNumber(date))).toBe(date);
		expect(isIsoDate(date)).toBe(true);
	});

	test.each([
		['2020-02-30', 'invalid-date'],
		['2021-02-29', 'invalid-date'],
		['1900-02-29', 'invalid-date'],
		['2020-04-31', 'invalid-date'],
		['2020-13-01', 'invalid-date'],
		['2020-00-10', 'invalid-date'],
		['2020-10-00', 'invalid-date'],
		['26/10/2020', 'invalid-date'],
		['2020-10-26T00:00', 'invalid-date'],
		[' 2020-10-26', 'invalid-date'],
		['2020-1-26', 'invalid-date'],
		['', 'required'],
		[undefined, 'required'],
		[null, 'required'],
		[20201026, 'invalid-date'],
		[new Date(2020, 9, 26), 'invalid-date'],
	])('refuse %j with the code %s and the field name', (value, code) => {
		expect(isIsoDate(value)).toBe(false);
		try {
			toDayNumber(value, 'startDate');
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(RulesInputError);
			expect((error as RulesInputError).field).toBe('startDate');
			expect((error as RulesInputError).code).toBe(code);
			expect((error as RulesInputError).message).toContain('startDate');
		}
	});
});

describe('daysBetween and addDays', () => {
	test.each([
		['2020-10-26', '2020-11-09', 14],
		['2020-10-27', '2020-11-09', 13],
		['2020-11-09', '2020-10-26', -14],
		['2020-11-09', '2020-11-09', 0],
		// Daylight-saving changes in Los Angeles (1 Nov 2020, 14 Mar 2021) do not shorten a day.
		['2020-10-31', '2020-11-02', 2],
		['2021-03-13', '2021-03-15', 2],
		['2020-02-28', '2020-03-01', 2],
		['2021-02-28', '2021-03-01', 1],
		['2020-12-31', '2021-01-01', 1],
		['2020-11-09', '2020-12-18', 39],
	])('from %s to %s is %i days', (from, to, days) => {
		expect(daysBetween(from, to)).toBe(days);
		expect(addDays(from, days)).toBe(to);
	});

	test('name the faulty end', () => {
		expect(() => daysBetween('2020-02-30', '2020-11-09')).toThrow(/^from: /);
		expect(() => daysBetween('2020-11-09', '2021-02-29')).toThrow(/^to: /);
	});
});

test.each([
	['2020-10-26', 1],
	['2020-11-01', 7],
	['2020-11-02', 1],
	['2020-11-09', 1],
	['2020-11-12', 4],
	['2020-12-18', 5],
	['2020-12-19', 6],
])('isoWeekday(%s) is %i', (date, weekday) => {
	expect(isoWeekday(date)).toBe(weekday);
});
