/** The checker's sentences: UI strings filled with the report's numbers, plurals and lists in the reader's language. */
import { createTranslator, type Strings } from '@/i18n/translate.ts';
import type { CertificateReport, CertificateStatus } from '@/rules/certificates.ts';
import type { PlanReport } from '@/rules/plans.ts';
import type { CertificateId, Locale } from '@/rules/edition.ts';
import type { CheckerEdition } from './props.ts';

export type Text = ReturnType<typeof checkerText>;

/** `strings` come prefilled by `checkerStrings` (src/components/tools/checker-props.ts). */
export function checkerText(strings: Strings, locale: Locale, edition: CheckerEdition) {
	// The checker shows no date and no amount: the translation system is all it needs.
	const { t, plural, list } = createTranslator(strings, locale);
	const nameOf = (id: CertificateId) => edition.certificates.find((rule) => rule.id === id)!.name;
	const [mostDemanding] = edition.certificates;

	/** "2 plenary forums, one key elective and the individual essay". */
	function missing(status: CertificateStatus): string {
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
		const best = edition.certificates.findIndex((rule) => rule.id === report.best);
		if (best === 0) {
			return t(report.diplomaEligible ? 'verdict.top' : 'verdict.topOnly', { certificate: mostDemanding!.name });
		}
		const next = edition.certificates[best === -1 ? edition.certificates.length - 1 : best - 1]!;
		const values = { certificate: next.name, missing: missing(report[next.id]) };
		return best === -1 ? t('verdict.none', values) : t('verdict.reached', { ...values, reached: nameOf(report.best!) });
	}

	/** A sentence when the plan reaches a better certificate than what is done, else ''. */
	function planVerdict(done: CertificateReport, plan: CertificateReport): string {
		if (plan.best === null || plan.best === done.best) return '';
		return t('verdict.plan', { certificate: nameOf(plan.best) });
	}

	/** "one plenary forum, 2 more electives and the individual essay": what the plan brings. */
	function adds({ adds: { forums, electives, essay } }: PlanReport): string {
		const parts: string[] = [];
		if (forums.length > 0) parts.push(plural('frag.forums', forums.length));
		if (electives > 0) parts.push(plural('frag.electives', electives));
		if (essay) parts.push(t('frag.essay'));
		return list(parts);
	}

	/** The pinned verdict: the best certificate now and, once there is a plan, the plan's. */
	function sticky(report: PlanReport, hasPlan: boolean): string {
		const { done, plan } = report;
		const now = done.best ? t('sticky.now', { certificate: nameOf(done.best) }) : t('sticky.none');
		if (!hasPlan) return now;
		return `${now} ${plan.best ? t('sticky.plan', { certificate: nameOf(plan.best) }) : t('sticky.planNone')}`;
	}

	return { t, plural, list, missing, verdict, planVerdict, adds, sticky };
}
