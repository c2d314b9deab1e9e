/**
 * The edition's key dates as calendar events, in one language: the last day of each penalty tier
 * but the last and the substitution deadline (its own event unless a tier ends that day), each
 * with a reminder a few days before, and the course as one event from its first day to its last.
 * Worded by the `calendar.*` and `tier.*` strings of content/i18n, through `Astro.locals.t` of the
 * calendar's route (key-dates.ics.ts).
 */
import { substitutionDeadline, type Edition, type Locale } from '../rules/index.ts';
import { siteEdition } from '../utils/site-edition.ts';
import { createFormat } from '../i18n/format.ts';
import type { Translate } from '../i18n/translate.ts';
import type { UiKey } from '../i18n/starlightTranslate.ts';
import { tierTexts } from '../i18n/tierText.ts';
import { toICalendar, type DayEvent } from './ics.ts';

/** How many days before a deadline the calendar reminds the reader of it. */
const reminderDaysBefore = 3;

function keyDateEvents(translate: Translate<UiKey>, locale: Locale, edition: Edition): DayEvent[] {
	const format = createFormat(locale, edition.currency);
	const { t } = translate;
	const names = { acronym: edition.acronym, name: edition.name[locale] };
	const uid = (slug: string) => `${edition.year}-${slug}@${new URL(import.meta.env.SITE).hostname}`;
	const tiers = tierTexts(edition, translate, format);
	const substitutionBy = substitutionDeadline(edition);

	const reminder = (summary: string) => ({
		daysBefore: reminderDaysBefore,
		description: t('calendar.reminder', { days: reminderDaysBefore, summary }),
	});

	const tierEnds = tiers.slice(0, -1).map((tier, index): DayEvent => {
		const date = tier.window.lastNoticeDate!;
		const description = t('calendar.tierEnds.description', {
			dates: tier.dates,
			penalty: tier.penalty,
			refund: tier.refund,
			nextPenalty: tiers[index + 1]!.penalty,
			price: format.money(edition.priceCents),
		});
		const alsoSubstitution = date === substitutionBy ? ` ${t('calendar.substitution.description')}` : '';
		const summary =
			tier.kind === 'none'
				? t('calendar.tierEnds.summary.none', names)
				: t('calendar.tierEnds.summary.partial', { ...names, penalty: tier.penalty });
		return { uid: uid(`tier-${index + 1}-ends`), date, summary, description: description + alsoSubstitution, reminder: reminder(summary) };
	});
	const substitution: DayEvent[] = tierEnds.some((event) => event.date === substitutionBy)
		? []
		: [
				{
					uid: uid('substitution-deadline'),
					date: substitutionBy,
					summary: t('calendar.substitution.summary', names),
					description: t('calendar.substitution.description'),
					reminder: reminder(t('calendar.substitution.summary', names)),
				},
			];
	const course: DayEvent = {
		uid: uid('course'),
		date: edition.startDate,
		lastDate: edition.endDate,
		summary: t('calendar.course.summary', names),
		description: t('calendar.course.description', { weeks: edition.weeks, hours: edition.learningHours }),
	};
	return [...tierEnds, ...substitution, course].sort((a, b) => a.date.localeCompare(b.date));
}

/** The calendar of `edition` in `locale`, worded by `translate` (the strings of that language). */
export function keyDatesCalendar(translate: Translate<UiKey>, locale: Locale, edition: Edition = siteEdition): string {
	const { t } = translate;
	return toICalendar({
		name: t('calendar.name', { acronym: edition.acronym, year: String(edition.year) }),
		language: locale,
		// A fixed stamp keeps the file identical from build to build.
		stamp: `${edition.year}0101T000000Z`,
		events: keyDateEvents(translate, locale, edition),
	});
}
