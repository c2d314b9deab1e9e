/** The key-dates calendar on the built site: its files, read by ical.js, and the link with its line on where the edition stands. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { openPage, siteUrl } from '../support/browser.ts';

const files = [
	{ path: '/e-lma-2020-en.ics', legacy: '/key-dates.ics', course: 'e-Academy on Labour Migration (e-LMA)' },
	{ path: '/fr/e-lma-2020-fr.ics', legacy: '/fr/key-dates.ics', course: 'e-Académie sur les migrations de main-d’œuvre (e-LMA)' },
];

describe.each(files)('$path', ({ path, legacy, course }) => {
	it('is served, the same file at its first name, and reads in a standard iCalendar parser: the course as one event, a reminder before each deadline', async () => {
		const text = await (await fetch(siteUrl(path))).text();
		expect(await (await fetch(siteUrl(legacy))).text()).toBe(text);
		const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((component) => {
			const event = new ICAL.Event(component);
			return {
				start: event.startDate.toString(),
				end: event.endDate.toString(),
				summary: event.summary,
				reminders: component
					.getAllSubcomponents('valarm')
					.map((alarm) => `${alarm.getFirstPropertyValue('action')} ${alarm.getFirstPropertyValue('trigger')}`),
			};
		});
		expect(events.map(({ start, end, reminders }) => [start, end, reminders])).toEqual([
			['2020-10-26', '2020-10-27', ['DISPLAY -P3D']],
			['2020-11-01', '2020-11-02', ['DISPLAY -P3D']],
			['2020-11-09', '2020-12-19', []],
		]);
		expect(events[2]!.summary).toBe(course);
	});
});

const links = [
	{
		pages: ['/', '/programme/', '/policies/fees-and-cancellation/', '/tools/refund-calculator/'],
		href: '/e-lma-2020-en.ics',
		link: 'Add the key dates to your calendar (.ics)',
		ended: 'The 2020 edition ended on 18 December 2020; the calendar holds its dates.',
	},
	{
		pages: ['/fr/', '/fr/programme/', '/fr/policies/fees-and-cancellation/', '/fr/tools/refund-calculator/'],
		href: '/fr/e-lma-2020-fr.ics',
		link: 'Ajouter les dates clés à votre agenda (.ics)',
		ended: 'L’édition 2020 s’est terminée le 18 décembre 2020 ; le calendrier en reprend les dates.',
	},
];

describe.each(links)('the calendar link ($href)', ({ pages, href, link, ended }) => {
	it.each(pages)('%s: says next to it, on a phone and a desktop, that the edition has ended', async (path) => {
		for (const viewport of [
			{ width: 390, height: 844 },
			{ width: 1440, height: 900 },
		]) {
			const page = await openPage(path, { viewport });
			const block = page.locator('.key-dates-link');
			expect(await block.count()).toBe(1);
			const anchor = block.locator(`a[href="${href}"][download]`);
			expect((await anchor.textContent())!.trim()).toBe(link);
			const line = block.locator('.key-dates-link__ended');
			await line.scrollIntoViewIfNeeded();
			expect(await line.isVisible()).toBe(true);
			expect((await line.textContent())!.replace(/[\u00a0\u202f]/g, ' ')).toBe(ended);
			await page.context().close();
		}
	});
});
