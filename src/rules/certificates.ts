/**
 * Which certificate a participant's progress reaches, and the cheapest route to the others.
 * The edition is always passed in (no value import of `edition.ts`), so that the checker's
 * bundle carries only the part of the record its page needs; `index.ts` adds the default edition.
 */
import type { CertificateId, CertificateRule } from './edition.ts';
import { RulesInputError } from './errors.ts';

/** The certificate thresholds, without their names. */
export type CertificateThresholds = Omit<CertificateRule, 'name'>;

/** What the certificate rules read of an edition: ids, which electives are key, the thresholds. */
export interface CertificateRules {
	readonly forums: readonly { readonly id: string }[];
	readonly electives: readonly { readonly id: string; readonly key: boolean }[];
	readonly certificates: readonly CertificateThresholds[];
}

export interface Progress {
	forums: string[];
	electives: string[];
	essay: boolean;
}

export interface CertificateStatus {
	qualifies: boolean;
	/** Forum ids, in the edition's order. */
	missingForums: string[];
	/** Fewest further electives (0 when met). */
	electivesNeeded: number;
	/** The cheapest route needs a key elective among them. */
	needsKeyElective: boolean;
	/** Always false for participation. */
	essayMissing: boolean;
}

/** The readings of the course page that a report relies on. */
export type CertificateReading = 'twoKeyElectives' | 'duplicates';

export interface CertificateReport extends Record<CertificateId, CertificateStatus> {
	/** The most demanding certificate reached, in the edition's order. */
	best: CertificateId | null;
	diplomaEligible: boolean;
	/** Completed electives, each counted once (Reading: duplicates). */
	distinctElectives: number;
	hasKeyElective: boolean;
	readings: CertificateReading[];
}

export function certificateReport(edition: CertificateRules, progress: Progress): CertificateReport {
	return reportOf(edition, validateProgress(progress, edition), progress);
}

/**
 * The report for a progress known to hold only the edition's ids, each once: the checker's state,
 * which keeps only the ids it knows (src/islands/checker/state.ts), so that its bundle carries no
 * validation. Anything else goes through `certificateReport`.
 */
export function knownProgressReport(edition: CertificateRules, progress: Progress): CertificateReport {
	const { forums, electives, essay } = progress;
	return reportOf(edition, { forums: new Set(forums), electives: new Set(electives), essay }, progress);
}

interface DistinctProgress {
	forums: ReadonlySet<string>;
	electives: ReadonlySet<string>;
	essay: boolean;
}

function reportOf(edition: CertificateRules, { forums, electives, essay }: DistinctProgress, progress: Progress): CertificateReport {
	const keyIds = new Set(edition.electives.filter((e) => e.key).map((e) => e.id));
	const keysDone = [...electives].filter((id) => keyIds.has(id)).length;
	const hasKeyElective = keysDone > 0;
	const missingForums = edition.forums.map((f) => f.id).filter((id) => !forums.has(id));

	const statusOf = (rule: CertificateThresholds): CertificateStatus => {
		const route = cheapestRoute(rule, electives.size, hasKeyElective);
		const essayMissing = rule.essayRequired && !essay;
		return {
			qualifies: missingForums.length === 0 && route.electivesNeeded === 0 && !essayMissing,
			missingForums: [...missingForums],
			...route,
			essayMissing,
		};
	};

	const statuses = Object.fromEntries(edition.certificates.map((rule) => [rule.id, statusOf(rule)])) as Record<
		CertificateId,
		CertificateStatus
	>;
	const best = edition.certificates.find((rule) => statuses[rule.id].qualifies) ?? null;
	const readings: CertificateReading[] = [];
	if (keysDone > 1) readings.push('twoKeyElectives');
	if (electives.size < progress.electives.length || forums.size < progress.forums.length) readings.push('duplicates');
	return {
		...statuses,
		best: best?.id ?? null,
		diplomaEligible: best?.diplomaEligible ?? false,
		distinctElectives: electives.size,
		hasKeyElective,
		readings,
	};
}

type CertificateOrder = { readonly certificates: readonly { readonly id: CertificateId }[] };

/**
 * The next certificate up: the one just more demanding than the best reached (certificates are
 * listed most demanding first), the least demanding when none is reached, null once the most
 * demanding is reached.
 */
export function nextCertificate(edition: CertificateOrder, report: CertificateReport): CertificateId | null {
	const best = edition.certificates.findIndex((rule) => rule.id === report.best);
	if (best === 0) return null;
	return edition.certificates.at(best === -1 ? -1 : best - 1)!.id;
}

/** The forum ids still missing for any certificate not reached, in the edition's order (each named once). */
export function missingForums(edition: CertificateOrder & Pick<CertificateRules, 'forums'>, report: CertificateReport): string[] {
	const missing = new Set(edition.certificates.flatMap(({ id }) => (report[id].qualifies ? [] : report[id].missingForums)));
	return edition.forums.map((forum) => forum.id).filter((id) => missing.has(id));
}

/**
 * A participant's electives measured against what a certificate's `rule` asks of them. Until met,
 * those completed against the total the cheapest route ends with (those plus those still needed);
 * once met, the threshold that applies (lowered by a key elective among those completed) against
 * itself: electives beyond it are not counted, so 4 completed where 3 are asked give 3 of 3.
 */
export function electivesProgress(report: CertificateReport, rule: CertificateThresholds): { counted: number; required: number } {
	const { electivesNeeded } = report[rule.id];
	const threshold = report.hasKeyElective ? rule.electivesWithKey : rule.electives;
	const required = electivesNeeded ? report.distinctElectives + electivesNeeded : threshold;
	return { counted: required - electivesNeeded, required };
}

export function certificateRule<Rule extends CertificateThresholds>(
	edition: { readonly certificates: readonly Rule[] },
	id: CertificateId,
): Rule {
	const rule = edition.certificates.find((c) => c.id === id);
	if (!rule) throw new RulesInputError('certificate', 'invalid-progress', `the edition has no ${id} certificate`);
	return rule;
}

/**
 * With a key elective done, only the lower threshold counts. Without one, either reach the
 * plain threshold with any electives, or take a key elective to reach the lower one; on a tie
 * the route that needs no key elective is reported.
 */
function cheapestRoute(rule: CertificateThresholds, done: number, hasKeyElective: boolean) {
	if (hasKeyElective) {
		return { electivesNeeded: Math.max(0, rule.electivesWithKey - done), needsKeyElective: false };
	}
	const anyRoute = Math.max(0, rule.electives - done);
	const keyRoute = Math.max(1, rule.electivesWithKey - done);
	return keyRoute < anyRoute
		? { electivesNeeded: keyRoute, needsKeyElective: true }
		: { electivesNeeded: anyRoute, needsKeyElective: false };
}

function validateProgress(progress: Progress, edition: CertificateRules) {
	if (typeof progress !== 'object' || progress === null) {
		throw new RulesInputError('progress', 'invalid-progress', 'must be an object with forums, electives and essay');
	}
	const forums = validateIds(progress.forums, 'forums', new Set(edition.forums.map((f) => f.id)));
	const electives = validateIds(progress.electives, 'electives', new Set(edition.electives.map((e) => e.id)));
	if (typeof progress.essay !== 'boolean') {
		throw new RulesInputError('essay', 'invalid-progress', 'must be true or false');
	}
	return { forums, electives, essay: progress.essay };
}

function validateIds(value: unknown, field: string, known: ReadonlySet<string>): Set<string> {
	if (!Array.isArray(value)) throw new RulesInputError(field, 'invalid-progress', 'must be a list of ids');
	for (const id of value) {
		if (typeof id !== 'string' || !known.has(id)) {
			throw new RulesInputError(field, 'invalid-progress', `unknown id ${JSON.stringify(id)}`);
		}
	}
	return new Set(value as string[]);
}
