import { useEffect, useId, useMemo, useRef } from 'react';
import { certificateReport, type CertificateReport } from '@/rules/certificates.ts';
import type { Locale } from '@/rules/edition.ts';
import type { Strings } from '@/i18n/translate.ts';
import { ToolActions, type ToolActionsStrings } from '@/islands/shared/ToolActions.tsx';
import { useQueryState } from '@/islands/shared/useQueryState.ts';
import {
	choiceOf,
	doneProgress,
	emptyState,
	planProgress,
	queryFromState,
	stateFromQuery,
	withAllForums,
	withChoice,
	withEssay,
	withForum,
	type CheckerState,
	type ElectiveChoice,
	type StateFromLink,
} from './state.ts';
import { checkerText, type Text } from './text.ts';
import type { CheckerEdition } from './edition.ts';

export interface CertificateCheckerProps {
	locale: Locale;
	/** The edition's ids, thresholds and names, in the page's language. */
	edition: CheckerEdition;
	/** The `checker.*` strings of the page's language, prefix removed, prefilled (`checkerStrings`). */
	strings: Strings;
	actions: ToolActionsStrings;
}

const choices: readonly ElectiveChoice[] = ['none', 'done', 'planned'];
const fresh: StateFromLink = { state: emptyState, unknownIds: [], duplicateIds: [] };

export default function CertificateChecker({ locale, edition, strings, actions }: CertificateCheckerProps) {
	const text = useMemo(() => checkerText(strings, locale, edition), [strings, locale, edition]);
	const { t } = text;
	const id = useId();
	// Read before the first paint, so that a shared link never shows the empty answer first.
	const [loaded, setView] = useQueryState(
		(params) => stateFromQuery(params, edition),
		(current) => queryFromState(current.state, edition),
	);
	const view = loaded ?? fresh;
	const { state } = view;

	const update = (next: CheckerState) => setView((current) => ({ ...current, state: next }));
	const done = certificateReport(edition, doneProgress(state));
	const plan = certificateReport(edition, planProgress(state));
	const hasPlan = state.planned.length > 0;
	const verdict = [text.verdict(done), text.planVerdict(done, plan)].filter(Boolean).join(' ');
	// The plan includes what is done: a reading the plan relies on is one the reader's choices rely on.
	const twoKeys = plan.readings.includes('twoKeyElectives');

	return (
		<div className="checker not-content" data-ready={loaded ? true : undefined}>
			{view.unknownIds.length > 0 && (
				<p className="checker__notice" role="status">
					{t('notice.unknown', { ids: view.unknownIds.map(clip).join(', ') })}
				</p>
			)}
			<div className="checker__inputs">
				<form className="checker__form" onSubmit={(event) => event.preventDefault()}>
					<Forums edition={edition} state={state} update={update} text={text} />
					<fieldset className="checker__group" aria-describedby={`${id}-key`}>
						<legend>{t('electives.legend')}</legend>
						<p className="checker__help">{t('electives.help')}</p>
						<p className="checker__help" id={`${id}-key`}>
							<span className="checker__key">{t('electives.keyBadge')}</span>{' '}
							{t('electives.keyExplained')}
						</p>
						{edition.areas.map((area) => (
							<fieldset key={area.id} className="checker__area">
								<legend>{area.title}</legend>
								{edition.electives
									.filter((elective) => elective.area === area.id)
									.map((elective) => {
										const choice = choiceOf(state, elective.id);
										return (
											<fieldset key={elective.id} className="checker__elective" data-choice={choice}>
												<legend>
													{elective.title}
													{elective.key && (
														<>
															{' '}
															<span className="checker__key">{t('electives.keyBadge')}</span>
														</>
													)}
												</legend>
												<div className="checker__choices">
													{choices.map((option) => (
														<label key={option} className="checker__choice">
															<input
																type="radio"
																name={`${id}-${elective.id}`}
																value={option}
																checked={choice === option}
																onChange={() => update(withChoice(state, elective.id, option, edition))}
															/>
															<span>{t(`choice.${option}`)}</span>
														</label>
													))}
												</div>
											</fieldset>
										);
									})}
							</fieldset>
						))}
					</fieldset>
					<fieldset className="checker__group">
						<legend>{t('essay.legend')}</legend>
						<label className="checker__check">
							<input
								type="checkbox"
								checked={state.essay}
								aria-describedby={`${id}-essay`}
								onChange={(event) => update(withEssay(state, event.target.checked))}
							/>
							<span>{t('essay.done')}</span>
						</label>
						<p className="checker__help" id={`${id}-essay`}>
							{t('essay.help')}
						</p>
					</fieldset>
				</form>
				<p className="checker__sticky" aria-hidden="true">
					{verdict}
				</p>
			</div>
			<section className="checker__results" aria-live="polite" aria-labelledby={`${id}-results`}>
				<h2 id={`${id}-results`}>{t('results.heading')}</h2>
				<p className="checker__verdict">{verdict}</p>
				{twoKeys && <Reading text={text} body={t('reading.twoKeys')} />}
				{view.duplicateIds.length > 0 && (
					<Reading text={text} body={t('reading.duplicates', { ids: view.duplicateIds.join(', ') })} />
				)}
				<div className="checker__scenarios">
					<Scenario edition={edition} scenario="done" report={done} text={text} />
					<Scenario edition={edition} scenario="plan" report={plan} text={text} empty={!hasPlan} />
				</div>
			</section>
			<ToolActions strings={actions} onReset={() => setView(() => fresh)} />
		</div>
	);
}

function Forums({
	edition,
	state,
	update,
	text,
}: {
	edition: CheckerEdition;
	state: CheckerState;
	update: (next: CheckerState) => void;
	text: Text;
}) {
	const all = state.forums.length === edition.forums.length;
	const some = state.forums.length > 0 && !all;
	const allBox = useRef<HTMLInputElement>(null);
	useEffect(() => {
		if (allBox.current) allBox.current.indeterminate = some;
	}, [some]);
	return (
		<fieldset className="checker__group">
			<legend>{text.t('forums.legend')}</legend>
			<label className="checker__check checker__check--all">
				<input
					ref={allBox}
					type="checkbox"
					checked={all}
					onChange={(event) => update(withAllForums(state, event.target.checked, edition))}
				/>
				<span>{text.t('forums.all', { count: edition.forums.length })}</span>
			</label>
			{edition.forums.map((forum) => (
				<label key={forum.id} className="checker__check">
					<input
						type="checkbox"
						checked={state.forums.includes(forum.id)}
						onChange={(event) => update(withForum(state, forum.id, event.target.checked, edition))}
					/>
					<span>{forum.title}</span>
				</label>
			))}
		</fieldset>
	);
}

function Reading({ text, body }: { text: Text; body: string }) {
	return (
		<p className="checker__reading">
			<strong>{text.t('reading.label')}</strong> {body}
		</p>
	);
}

function Scenario({
	edition,
	scenario,
	report,
	text,
	empty = false,
}: {
	edition: CheckerEdition;
	scenario: 'done' | 'plan';
	report: CertificateReport;
	text: Text;
	empty?: boolean;
}) {
	const { t, plural } = text;
	return (
		<section className="checker__scenario" data-scenario={scenario}>
			<h3>{t(`scenario.${scenario}`)}</h3>
			{empty && <p className="checker__help">{t('scenario.planEmpty')}</p>}
			<div hidden={empty}>
				{edition.certificates.map(({ id: certificate, name }) => {
					const status = report[certificate];
					const prefix = scenario === 'done' ? 'data' : 'data-plan';
					const data = {
						[`${prefix}-certificate`]: certificate,
						[`${prefix}-qualifies`]: String(status.qualifies),
						[`${prefix}-electives-needed`]: String(status.electivesNeeded),
						[`${prefix}-needs-key-elective`]: String(status.needsKeyElective),
					};
					return (
						<article key={certificate} className="checker__certificate" data-reached={status.qualifies} {...data}>
							<h4>{name}</h4>
							<p className="checker__status">{t(status.qualifies ? 'status.reached' : 'status.notReached')}</p>
							{!status.qualifies && (
								<ul className="checker__missing">
									{status.missingForums.length > 0 && (
										<li>
											{plural('needs.forums', status.missingForums.length)}
											<ul>
												{status.missingForums.map((forumId) => (
													<li key={forumId}>{edition.forums.find((f) => f.id === forumId)!.title}</li>
												))}
											</ul>
										</li>
									)}
									{status.electivesNeeded > 0 && (
										<li>
											{plural(status.needsKeyElective ? 'needs.electivesKey' : 'needs.electives', status.electivesNeeded)}
										</li>
									)}
									{status.essayMissing && <li>{t('needs.essay')}</li>}
								</ul>
							)}
						</article>
					);
				})}
				<p className="checker__diploma" data-diploma-eligible={report.diplomaEligible}>
					{t(report.diplomaEligible ? 'diploma.yes' : 'diploma.no')}
				</p>
			</div>
		</section>
	);
}

/** A tampered link may carry anything: the notice shows each unknown id as text, cut short. */
function clip(value: string): string {
	return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}
