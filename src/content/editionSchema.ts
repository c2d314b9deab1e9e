/**
 * The one check of an edition record, `content/editions/<year>.json`. The `editions` content
 * collection runs it on every build, so a mistake fails the build with the path of the field and
 * what is wrong with it (`penaltyTiers[2].penaltyPercent: …`); the tests run it on every record and
 * fixture (test/unit/rules/edition-record.test.ts). The rules module takes the record as checked
 * here (src/rules/editions.ts): it never loads Zod, in the browser or elsewhere.
 */
import { z } from 'astro/zod';
import { certificateIds, locales, type Edition } from '@/rules/edition.ts';

const text = z.string({ error: 'must be a non-empty string' }).trim().min(1, { error: 'must be a non-empty string' });
const localized = z.strictObject({ en: text, fr: text }, { error: 'must be an object' });
const id = text.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' });
const flag = z.boolean({ error: 'must be true or false' });
const realDate = (value: string) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const isoDate = z
	.string({ error: 'must be a real calendar date, YYYY-MM-DD' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a real calendar date, YYYY-MM-DD' })
	.refine(realDate, { error: 'must be a real calendar date, YYYY-MM-DD' });
const wholeNumber = (min: number, max?: number) => {
	const error = `must be a whole number from ${min}${max === undefined ? '' : ` to ${max}`}`;
	const number = z.number({ error }).int({ error }).min(min, { error });
	return max === undefined ? number : number.max(max, { error });
};
const list = <Item extends z.ZodType>(item: Item) => z.array(item, { error: 'must be a list' }).min(1, { error: 'must not be empty' });

const tier = z.strictObject({
	// Checked against the tier's place below: the last tier alone is open-ended (null).
	minDaysBeforeStart: wholeNumber(0).nullable(),
	penaltyPercent: wholeNumber(0, 100),
});

const unknownField = (issue: z.core.$ZodRawIssue) =>
	issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}` : undefined;

export const editionSchema = z
	.strictObject(
		{
			year: wholeNumber(1),
			name: localized,
			acronym: text,
			centre: localized,
			diploma: localized,
			startDate: isoDate,
			endDate: isoDate,
			weeks: wholeNumber(1),
			learningHours: wholeNumber(1),
			currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code such as EUR' }),
			priceCents: wholeNumber(0),
			languages: list(z.enum(locales, { error: `must be one of ${locales.join(', ')}` })),
			liveSessionWeekdays: list(wholeNumber(1, 7)),
			forums: list(z.strictObject({ id, title: localized })),
			areas: list(z.strictObject({ id, title: localized })),
			electives: list(z.strictObject({ id, area: id, title: localized, key: flag })),
			electiveWebinars: wholeNumber(0),
			certificates: list(
				z.strictObject({
					id: z.enum(certificateIds, { error: `must be one of ${certificateIds.join(', ')}` }),
					name: localized,
					electives: wholeNumber(0),
					electivesWithKey: wholeNumber(1),
					essayRequired: flag,
					diplomaEligible: flag,
				}),
			),
			penaltyTiers: z
				.array(tier, { error: 'must be a list' })
				.min(3, { error: 'needs a no-penalty tier, at least one partial tier and a full-penalty tier' }),
			substitutionNoticeDays: wholeNumber(0),
		},
		{ error: unknownField },
	)
	.check((context) => {
		const edition = context.value;
		const issue = (path: (string | number)[], message: string) => context.issues.push({ code: 'custom', path, message, input: edition });
		if (edition.endDate < edition.startDate) issue(['endDate'], 'must not come before startDate');
		// Forum and elective ids share one namespace: a plan lists both in one query parameter.
		const ids = new Set<string>();
		for (const [list, items] of [
			['forums', edition.forums],
			['electives', edition.electives],
		] as const) {
			items.forEach((item, index) => {
				if (ids.has(item.id)) issue([list, index, 'id'], `"${item.id}" is used twice`);
				ids.add(item.id);
			});
		}
		const areas = new Set<string>();
		edition.areas.forEach((area, index) => {
			if (areas.has(area.id)) issue(['areas', index, 'id'], `"${area.id}" is used twice`);
			areas.add(area.id);
		});
		edition.electives.forEach((elective, index) => {
			if (!areas.has(elective.area)) issue(['electives', index, 'area'], `"${elective.area}" is not an area id`);
		});
		for (const certificate of certificateIds) {
			if (edition.certificates.filter((rule) => rule.id === certificate).length !== 1)
				issue(['certificates'], `must have one "${certificate}" rule`);
		}
		edition.certificates.forEach((rule, index) => {
			if (rule.electives > edition.electives.length)
				issue(['certificates', index, 'electives'], 'must not be more than the electives of the edition');
			if (rule.electivesWithKey > rule.electives) issue(['certificates', index, 'electivesWithKey'], 'must not be more than electives');
		});
		// No penalty first, partial penalties after, the full penalty last and open-ended; days strictly decreasing.
		const tiers = edition.penaltyTiers;
		tiers.forEach((tier, index) => {
			const last = index === tiers.length - 1;
			const percent = ['penaltyTiers', index, 'penaltyPercent'];
			const days = ['penaltyTiers', index, 'minDaysBeforeStart'];
			if (index === 0 && tier.penaltyPercent !== 0) issue(percent, 'the first tier must have no penalty (0)');
			if (last && tier.penaltyPercent !== 100) issue(percent, 'the last tier must be the full penalty (100)');
			if (!last && index > 0 && (tier.penaltyPercent === 0 || tier.penaltyPercent === 100)) {
				issue(percent, 'a tier between the first and the last must be a partial penalty (1 to 99)');
			}
			if (last && tier.minDaysBeforeStart !== null) issue(days, 'must be null: the last tier has no lower bound');
			if (!last && (tier.minDaysBeforeStart === null || tier.minDaysBeforeStart < 1)) issue(days, 'must be a whole number from 1');
			const previous = tiers[index - 1]?.minDaysBeforeStart;
			if (!last && index > 0 && previous != null && tier.minDaysBeforeStart !== null && tier.minDaysBeforeStart >= previous) {
				issue(days, 'must be fewer days than the tier before it');
			}
		});
	}) satisfies z.ZodType<Edition>;
