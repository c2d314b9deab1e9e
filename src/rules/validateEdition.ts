/**
 * Narrows an edition record read from JSON to an `Edition`, or throws a `RulesInputError` whose
 * message starts with the path of the faulty field (`penaltyTiers[2].penaltyPercent: …`).
 * Pure and small on purpose: it runs wherever the rules do. The content collection checks the
 * same file with Zod at build time (src/content/editionSchema.ts).
 */
import { certificateIds, locales, type Edition, type Locale } from './edition.ts';
import { daysBetween, isIsoDate } from './dates.ts';
import { RulesInputError } from './errors.ts';

type Json = Record<string, unknown>;

function fail(path: string, detail: string): never {
	throw new RulesInputError(path, 'invalid-edition', detail);
}

function object(value: unknown, path: string): Json {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'must be an object');
	return value as Json;
}

function list(value: unknown, path: string, { nonEmpty = true } = {}): unknown[] {
	if (!Array.isArray(value)) fail(path, 'must be a list');
	if (nonEmpty && value.length === 0) fail(path, 'must not be empty');
	return value;
}

function text(value: unknown, path: string): string {
	if (typeof value !== 'string' || value.trim() === '') fail(path, 'must be a non-empty string');
	return value;
}

function integer(value: unknown, path: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		fail(path, `must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}`);
	}
	return value;
}

function flag(value: unknown, path: string): boolean {
	if (typeof value !== 'boolean') fail(path, 'must be true or false');
	return value;
}

function date(value: unknown, path: string): string {
	if (!isIsoDate(value)) fail(path, 'must be a real calendar date, YYYY-MM-DD');
	return value;
}

function localized(value: unknown, path: string) {
	const record = object(value, path);
	for (const locale of locales) text(record[locale], `${path}.${locale}`);
	return record as Record<Locale, string>;
}

function uniqueIds(items: readonly Json[], path: string, seen = new Set<string>()): Set<string> {
	items.forEach((item, index) => {
		const id = text(item.id, `${path}[${index}].id`);
		if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail(`${path}[${index}].id`, 'must be lower-case words joined by hyphens');
		if (seen.has(id)) fail(`${path}[${index}].id`, `"${id}" is used twice`);
		seen.add(id);
	});
	return seen;
}

export function validateEdition(value: unknown): Edition {
	const record = object(value, 'edition');
	integer(record.year, 'year', 1);
	localized(record.name, 'name');
	text(record.acronym, 'acronym');
	localized(record.centre, 'centre');
	localized(record.diploma, 'diploma');
	const start = date(record.startDate, 'startDate');
	if (daysBetween(start, date(record.endDate, 'endDate')) < 0) fail('endDate', 'must not come before startDate');
	integer(record.weeks, 'weeks', 1);
	integer(record.learningHours, 'learningHours', 1);
	if (typeof record.currency !== 'string' || !/^[A-Z]{3}$/.test(record.currency)) {
		fail('currency', 'must be an ISO 4217 code such as EUR');
	}
	integer(record.priceCents, 'priceCents', 0);
	list(record.languages, 'languages').forEach((code, index) => {
		if (!locales.includes(code as Locale)) fail(`languages[${index}]`, `must be one of ${locales.join(', ')}`);
	});
	list(record.liveSessionWeekdays, 'liveSessionWeekdays').forEach((day, index) =>
		integer(day, `liveSessionWeekdays[${index}]`, 1, 7),
	);

	const forums = list(record.forums, 'forums').map((forum, index) => object(forum, `forums[${index}]`));
	forums.forEach((forum, index) => localized(forum.title, `forums[${index}].title`));
	// Forum and elective ids share one namespace: a plan lists both in one query parameter.
	const ids = uniqueIds(forums, 'forums');
	const areas = list(record.areas, 'areas').map((area, index) => object(area, `areas[${index}]`));
	const areaIds = uniqueIds(areas, 'areas');
	areas.forEach((area, index) => localized(area.title, `areas[${index}].title`));
	const electives = list(record.electives, 'electives').map((elective, index) => object(elective, `electives[${index}]`));
	uniqueIds(electives, 'electives', ids);
	electives.forEach((elective, index) => {
		const path = `electives[${index}]`;
		if (!areaIds.has(text(elective.area, `${path}.area`))) fail(`${path}.area`, `"${String(elective.area)}" is not an area id`);
		localized(elective.title, `${path}.title`);
		flag(elective.key, `${path}.key`);
	});
	integer(record.electiveWebinars, 'electiveWebinars', 0);

	const certificates = list(record.certificates, 'certificates').map((rule, index) => object(rule, `certificates[${index}]`));
	certificateIds.forEach((id) => {
		if (certificates.filter((rule) => rule.id === id).length !== 1) fail('certificates', `must have one "${id}" rule`);
	});
	certificates.forEach((rule, index) => {
		const path = `certificates[${index}]`;
		if (!certificateIds.includes(rule.id as never)) fail(`${path}.id`, `must be one of ${certificateIds.join(', ')}`);
		localized(rule.name, `${path}.name`);
		const plain = integer(rule.electives, `${path}.electives`, 0, electives.length);
		integer(rule.electivesWithKey, `${path}.electivesWithKey`, 1, plain);
		flag(rule.essayRequired, `${path}.essayRequired`);
		flag(rule.diplomaEligible, `${path}.diplomaEligible`);
	});

	validateTiers(list(record.penaltyTiers, 'penaltyTiers'));
	integer(record.substitutionNoticeDays, 'substitutionNoticeDays', 0);
	return record as unknown as Edition;
}

/** No penalty first, partial penalties after, the full penalty last and open-ended; days strictly decreasing. */
function validateTiers(tiers: unknown[]): void {
	if (tiers.length < 3) fail('penaltyTiers', 'needs a no-penalty tier, at least one partial tier and a full-penalty tier');
	let previousDays = Number.POSITIVE_INFINITY;
	tiers.forEach((value, index) => {
		const path = `penaltyTiers[${index}]`;
		const tier = object(value, path);
		const last = index === tiers.length - 1;
		const percent = integer(tier.penaltyPercent, `${path}.penaltyPercent`, 0, 100);
		if (index === 0 && percent !== 0) fail(`${path}.penaltyPercent`, 'the first tier must have no penalty (0)');
		if (last && percent !== 100) fail(`${path}.penaltyPercent`, 'the last tier must be the full penalty (100)');
		if (!last && index > 0 && (percent === 0 || percent === 100)) {
			fail(`${path}.penaltyPercent`, 'a tier between the first and the last must be a partial penalty (1 to 99)');
		}
		if (last) {
			if (tier.minDaysBeforeStart !== null) fail(`${path}.minDaysBeforeStart`, 'must be null: the last tier has no lower bound');
			return;
		}
		const days = integer(tier.minDaysBeforeStart, `${path}.minDaysBeforeStart`, 1);
		if (days >= previousDays) fail(`${path}.minDaysBeforeStart`, 'must be fewer days than the tier before it');
		previousDays = days;
	});
}
