/**
 * The edition record's schema for the `editions` content collection: a mistake in
 * `content/editions/<year>.json` fails the build with a message naming the field. The rules
 * module checks the same record with its own small validator (src/rules/validateEdition.ts), so
 * that no Zod travels to the browser; test/unit/rules/edition-record.test.ts keeps the two in step.
 */
import { z } from 'astro/zod';

const localized = z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict();
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens');
const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
	.refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'a real calendar date');
const count = z.number().int().nonnegative();

const tier = z.object({ minDaysBeforeStart: z.number().int().positive().nullable(), penaltyPercent: z.number().int().min(0).max(100) }).strict();

export const editionSchema = z
	.object({
		year: z.number().int().positive(),
		name: localized,
		acronym: z.string().min(1),
		centre: localized,
		diploma: localized,
		startDate: isoDate,
		endDate: isoDate,
		weeks: count.positive(),
		learningHours: count.positive(),
		currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR'),
		priceCents: count,
		languages: z.array(z.enum(['en', 'fr'])).nonempty(),
		liveSessionWeekdays: z.array(z.number().int().min(1).max(7)).nonempty(),
		forums: z.array(z.object({ id, title: localized }).strict()).nonempty(),
		areas: z.array(z.object({ id, title: localized }).strict()).nonempty(),
		electives: z.array(z.object({ id, area: id, title: localized, key: z.boolean() }).strict()).nonempty(),
		electiveWebinars: count,
		certificates: z
			.array(
				z
					.object({
						id: z.enum(['achievement', 'participation']),
						name: localized,
						electives: count,
						electivesWithKey: count.positive(),
						essayRequired: z.boolean(),
						diplomaEligible: z.boolean(),
					})
					.strict(),
			)
			.nonempty(),
		penaltyTiers: z.array(tier).min(3),
		substitutionNoticeDays: count,
	})
	.strict()
	.superRefine((edition, context) => {
		const issue = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
		if (edition.endDate < edition.startDate) issue(['endDate'], 'must not come before startDate');
		const ids = new Set<string>();
		[...edition.forums.map((f, i) => ['forums', i, f.id] as const), ...edition.electives.map((e, i) => ['electives', i, e.id] as const)].forEach(
			([list, index, value]) => {
				if (ids.has(value)) issue([list, index, 'id'], `"${value}" is used twice`);
				ids.add(value);
			},
		);
		const areas = new Set(edition.areas.map((a) => a.id));
		edition.electives.forEach((e, i) => {
			if (!areas.has(e.area)) issue(['electives', i, 'area'], `"${e.area}" is not an area id`);
		});
		for (const certificate of ['achievement', 'participation']) {
			if (edition.certificates.filter((c) => c.id === certificate).length !== 1) issue(['certificates'], `must have one "${certificate}" rule`);
		}
		edition.certificates.forEach((c, i) => {
			if (c.electivesWithKey > c.electives) issue(['certificates', i, 'electivesWithKey'], 'must not be more than electives');
		});
		const tiers = edition.penaltyTiers;
		tiers.forEach((t, i) => {
			const last = i === tiers.length - 1;
			if (i === 0 && t.penaltyPercent !== 0) issue(['penaltyTiers', i, 'penaltyPercent'], 'the first tier must have no penalty (0)');
			if (last && t.penaltyPercent !== 100) issue(['penaltyTiers', i, 'penaltyPercent'], 'the last tier must be the full penalty (100)');
			if (!last && i > 0 && (t.penaltyPercent === 0 || t.penaltyPercent === 100)) {
				issue(['penaltyTiers', i, 'penaltyPercent'], 'a tier between the first and the last must be a partial penalty (1 to 99)');
			}
			if (last !== (t.minDaysBeforeStart === null)) issue(['penaltyTiers', i, 'minDaysBeforeStart'], 'only the last tier has no lower bound (null)');
			const previous = tiers[i - 1]?.minDaysBeforeStart;
			if (i > 0 && !last && previous != null && t.minDaysBeforeStart! >= previous) {
				issue(['penaltyTiers', i, 'minDaysBeforeStart'], 'must be fewer days than the tier before it');
			}
		});
	});
