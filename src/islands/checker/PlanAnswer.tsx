/** What the plan adds, and per certificate whether it is reached now, with the plan, or not even then. */
import type { PlanReport } from '@/rules/plans.ts';
import type { CheckerEdition } from './props.ts';
import type { Text } from './text.ts';
import { Diploma } from './Diploma.tsx';

interface Props {
	edition: CheckerEdition;
	report: PlanReport;
	text: Text;
	planned: boolean;
}

export function PlanAnswer({ edition, report, text, planned }: Props) {
	const { t } = text;
	const { plan, outcomes } = report;
	return (
		<section className="checker__scenario" data-scenario="plan">
			<h3>{t('scenario.plan')}</h3>
			<p className={planned ? 'checker__adds' : 'checker__help'}>
				{planned ? t('plan.adds', { adds: text.adds(report) }) : t('scenario.planEmpty')}
			</p>
			<div hidden={!planned}>
				{edition.certificates.map(({ id: certificate, name }) => {
					const status = plan[certificate];
					return (
						<article
							key={certificate}
							className="checker__certificate"
							data-reached={status.qualifies}
							data-plan-certificate={certificate}
							data-qualifies={status.qualifies}
							data-plan-outcome={outcomes[certificate]}
							data-plan-electives-needed={status.electivesNeeded}
							data-plan-needs-key-elective={status.needsKeyElective}
						>
							<h4>{name}</h4>
							<p>{t(`plan.${outcomes[certificate]}`, { missing: text.missing(status) })}</p>
						</article>
					);
				})}
				{/* The diploma is said again only when the plan changes it. */}
				{plan.diplomaEligible !== report.done.diplomaEligible && <Diploma eligible={plan.diplomaEligible} text={text} />}
			</div>
		</section>
	);
}
