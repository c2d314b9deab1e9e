/** The checker's sentences: UI strings filled with the report's numbers, plurals and lists in the reader's language. */
import { fill, type Strings } from '@/i18n/strings.ts';
import { certificateRule, type CertificateReport, type CertificateStatus } from '@/rules/certificates.ts';
import type { CertificateId, Locale } from '@/rules/edition.ts';
import type { CheckerEdition } from './edition.ts';

export type Text = ReturnType<typeof checkerText>;

export function checkerText(strings: Strings, locale: Locale, edition: CheckerEdition) {
	const pluralRules = new Intl.PluralRules(locale);
	const t = (key: string, values: Record<string, string | number> = {}) => fill(strings[key] ?? key, values);
	/** `key.one`, `key.other`…: the form the language needs for `count`, `other` when it has no string of its own. */
	const plural = (key: string, count: number, values: Record<string, string | number> = {}) => {
		const form = `${key}.${pluralRules.select(count)}`;
		return t(form in strings ? form : `${key}.other`, { count, ...values });
	};
	const list = (items: string[], type: 'conjunction' | 'disjunction') =>
		new Intl.ListFormat(locale, { type }).format(items);

	const rule = (id: CertificateId) => certificateRule(edition, id);
	const names = {
		achievement: rule('achievement').name,
		participation: rule('participation').name,
		diploma: edition.diploma,
		keyElectives: list(
			edition.electives.filter((e) => e.key).map((e) => e.title),
			'disjunction',
		),
	};
	const thresholds = {
		achievementElectives: rule('achievement').electives,
		achievementWithKey: rule('achievement').electivesWithKey,
		participationElectives: rule('participation').electives,
		participationWithKey: rule('participation').electivesWithKey,
	};

	/** "2 plenary forums, one key elective and the individual essay". */
	function missing(status: CertificateStatus): string {
		const parts: string[] = [];
		if (status.missingForums.length > 0) parts.push(plural('frag.forums', status.missingForums.length));
		if (status.electivesNeeded > 0) {
			parts.push(plural(status.needsKeyElective ? 'frag.electivesKey' : 'frag.electives', status.electivesNeeded));
		}
		if (status.essayMissing) parts.push(t('frag.essay'));
		return list(parts, 'conjunction');
	}

	function verdict(report: CertificateReport): string {
		if (report.best === 'achievement') return t('verdict.achievement', names);
		if (report.best === 'participation') {
			return t('verdict.participation', { ...names, missing: missing(report.achievement) });
		}
		return t('verdict.none', { ...names, missing: missing(report.participation) });
	}

	/** A sentence when the plan reaches a better certificate than what is done, else ''. */
	function planVerdict(done: CertificateReport, plan: CertificateReport): string {
		if (plan.best === null || plan.best === done.best) return '';
		return t('verdict.plan', { certificate: names[plan.best] });
	}

	return { t, plural, list, names, thresholds, missing, verdict, planVerdict };
}
