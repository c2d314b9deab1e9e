/** The DONE state, with the contract's data attributes (README: the contract the tools keep); the missing forums named once. */
import { electivesRequired, missingForums } from '@/rules/certificates.ts';
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
			{titles.length > 0 && <p className="checker__forums">{t('missingForums', { forums: list(titles) })}</p>}
			{edition.certificates.map(({ id: certificate, name }) => {
				const status = done[certificate];
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
							{t('progress.electives', { done: done.distinctElectives, count: electivesRequired(done, certificate) })}
						</p>
						{!status.qualifies && <p>{t('stillNeeded', { missing: text.missing(status) })}</p>}
					</article>
				);
			})}
			<Diploma eligible={done.diplomaEligible} text={text} />
		</section>
	);
}
