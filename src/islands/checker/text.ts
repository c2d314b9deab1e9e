/** The checker's sentences: UI strings filled with the report's numbers, plurals and lists in the reader's language. */
import { createTranslator, type Strings } from '@/i18n/translate.ts';
import { nextCertificate, type CertificateReport, type CertificateStatus } from '@/rules/certificates.ts';
import type { PlanReport } from '@/rules/plans.ts';
import type { CertificateId, Locale } from '@/rules/edition.ts';
import type { CheckerEdition } from './props.ts';

export type Text = ReturnType<typeof checkerText>;

/** `strings` come prefilled by `checkerStrings` (src/components/tools/checker-props.ts). */
export function checkerText(strings: Strings, locale: Locale, edition: CheckerEdition) {
	// The checker shows no date and no amount: the translation system is all it needs.
	const { t, plural, list } = createTranslator(strings, locale);
	const nameOf = (id: CertificateId) => edition.certificates.find((rule) => rule.id === id)!.name;

	/** "2 plenary forums, one key elective and the individual essay". */
	function missing(status: Omit<CertificateStatus, 'qualifies'>): string {
		const parts: string[] = [];
		if (status.missingForums.length > 0) parts.push(plural('frag.forums', status.missingForums.length));
		if (status.electivesNeeded > 0) {
			parts.push(plural(status.needsKeyElective ? 'frag.electivesKey' : 'frag.electives', status.electivesNeeded));
		}
		if (status.essayMissing) parts.push(t('frag.essay'));
		return list(parts);
	}

	/** What is reached, and what the next certificate up still needs. */
	function verdict(report: CertificateReport): string {
		const next = nextCertificate(edition, report);
		if (next === null) return t(report.diplomaEligible ? 'verdict.top' : 'verdict.topOnly', { certificate: nameOf(report.best!) });
		const values = { certificate: nameOf(next), missing: missing(report[next]) };
		return report.best ? t('verdict.reached', { ...values, reached: nameOf(report.best) }) : t('verdict.none', values);
	}

	/** A sentence when the plan reaches a better certificate than what is done, else ''. */
	function planVerdict(done: CertificateReport, plan: CertificateReport): string {
		if (plan.best === null || plan.best === done.best) return '';
		return t('verdict.plan', { certificate: nameOf(plan.best) });
	}

	/** The one sentence a screen reader hears after a change (at most 200 characters): the verdict, and the plan's better certificate. */
	function live({ done, plan }: PlanReport): string {
		const better = plan.best !== null && plan.best !== done.best;
		return better ? `${verdict(done)} ${t('sticky.plan', { certificate: nameOf(plan.best!) })}` : verdict(done);
	}

	/** "one plenary forum, 2 more electives and the individual essay": what the plan brings, worded as what it makes up for. */
	function adds({ adds: { forums, electives, essay } }: PlanReport): string {
		return missing({ missingForums: forums, electivesNeeded: electives, needsKeyElective: false, essayMissing: essay });
	}

	/** The pinned verdict: the best certificate now and, once there is a plan, the plan's. */
	function sticky(report: PlanReport, hasPlan: boolean): string {
		const { done, plan } = report;
		const now = done.best ? t('sticky.now', { certificate: nameOf(done.best) }) : t('sticky.none');
		if (!hasPlan) return now;
		return `${now} ${plan.best ? t('sticky.plan', { certificate: nameOf(plan.best) }) : t('sticky.planNone')}`;
	}

	return { t, plural, list, missing, verdict, planVerdict, live, adds, sticky };
}
