/**
 * What a plan adds to what is done: the forums, electives and essay it brings, and for each
 * certificate whether it is reached now, reached only with the plan, or still out of reach.
 */
import { knownProgressReport, type CertificateReport, type CertificateRules, type Progress } from './certificates.ts';
import type { CertificateId } from './edition.ts';

/** `now`: reached with what is done; `plan`: reached once the plan is complete; `short`: not even with the plan. */
type PlanOutcome = 'now' | 'plan' | 'short';

export interface PlanReport {
	done: CertificateReport;
	plan: CertificateReport;
	adds: {
		/** Forum ids the plan adds, in the edition's order. */
		forums: string[];
		/** Distinct electives the plan adds. */
		electives: number;
		essay: boolean;
	};
	outcomes: Record<CertificateId, PlanOutcome>;
}

/** `plan` is the whole progress once the plan is complete: what is done plus what is planned; both hold only the edition's ids, each once (`knownProgressReport`). */
export function planReport(edition: CertificateRules, done: Progress, plan: Progress): PlanReport {
	const doneReport = knownProgressReport(edition, done);
	const planReport = knownProgressReport(edition, plan);
	const outcomes = Object.fromEntries(
		edition.certificates.map(({ id }) => [id, doneReport[id].qualifies ? 'now' : planReport[id].qualifies ? 'plan' : 'short']),
	) as Record<CertificateId, PlanOutcome>;
	return {
		done: doneReport,
		plan: planReport,
		adds: {
			forums: edition.forums.map((f) => f.id).filter((id) => plan.forums.includes(id) && !done.forums.includes(id)),
			electives: planReport.distinctElectives - doneReport.distinctElectives,
			essay: plan.essay && !done.essay,
		},
		outcomes,
	};
}
