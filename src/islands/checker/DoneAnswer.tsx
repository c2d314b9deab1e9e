/** The DONE state, with the contract's data attributes (README: the contract the tools keep); the missing forums named once. */
import { electivesProgress, missingForums } from '@/rules/certificates.ts';
import type { PlanReport } from '@/rules/plans.ts';
import type { CheckerEdition } from './props.ts';
import type { Text } from './text.ts';
import { Diploma } from './Diploma.tsx';

export function DoneAnswer({ edition, report: { done }, text }: { edition: CheckerEdition; report: PlanReport; text: Text }) {
	const { t, list } = text;
	const forums = new Set(missingForums(edition, done));
	const titles = edition.forums.filter((forum) => forums.has(forum.id)).map((forum) => forum.title);
	return (
		<section className="checker__scenario" data-scenario="done">
			<h3>{t('scenario.done')}</h3>
			{titles.length > 0 && (
				<p className="checker__forums">{t('missingForums', { forums: list(titles.map((title) => t('quoted', { title }))) })}</p>
			)}
			{edition.certificates.map((rule) => {
				const { id: certificate, name } = rule;
				const status = done[certificate];
				const electives = electivesProgress(done, rule);
				return (
					<article
						key={certificate}
						className="checker__certificate"
						data-reached={status.qualifies}
						data-certificate={certificate}
						data-qualifies={status.qualifies}
						data-electives-needed={status.electivesNeeded}
						data-needs-key-elective={status.needsKeyElective}
					>
						<h4>{name}</h4>
						<p className="checker__status">
							{t(status.qualifies ? 'status.reached' : 'status.notReached')}
							{' · '}
							{t('progress.electives', { done: electives.counted, count: electives.required })}
						</p>
						{!status.qualifies && <p>{t('stillNeeded', { missing: text.missing(status) })}</p>}
					</article>
				);
			})}
			<Diploma eligible={done.diplomaEligible} text={text} />
		</section>
	);
}
