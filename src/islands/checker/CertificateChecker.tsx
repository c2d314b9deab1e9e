import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import type { CertificateStatus } from '@/rules/certificates.ts';
import { planReport, type PlanReport } from '@/rules/plans.ts';
import type { Locale } from '@/rules/edition.ts';
import { editionStatus } from '@/rules/status.ts';
import { localToday } from '@/rules/dates.ts';
import type { Strings } from '@/i18n/translate.ts';
import { ToolActions, type ToolActionsStrings } from '@/islands/shared/ToolActions.tsx';
import { useQueryState } from '@/islands/shared/useQueryState.ts';
import { readStored, store } from '@/islands/shared/storage.ts';
import {
	choiceOf,
	doneProgress,
	emptyState,
	essayItem,
	hasPlan,
	planProgress,
	queryFromState,
	stateFromQuery,
	withAllForums,
	withChoice,
	withTyped,
	type CheckerState,
	type Choice,
	type StateFromLink,
} from './state.ts';
import { checkerText, type Text } from './text.ts';
import type { CheckerEdition } from './props.ts';

export interface CertificateCheckerProps {
	locale: Locale;
	/** The edition's ids, thresholds and names, in the page's language. */
	edition: CheckerEdition;
	/** The `checker.*` strings of the page's language, prefix removed, prefilled (`checkerStrings`). */
	strings: Strings;
	actions: ToolActionsStrings;
}

type Update = (change: (current: CheckerState) => CheckerState) => void;

/** What the page shows: the link's state, or the one kept on this device (`own`). */
interface View extends StateFromLink {
	/** The state came from a shared link, other than the selection kept on this device: that one is not overwritten. */
	readonly shared: boolean;
	readonly own: CheckerState;
}

const choices: readonly Choice[] = ['none', 'done', 'planned'];
const fresh: View = { state: emptyState, unknownIds: [], duplicateIds: [], shared: false, own: emptyState };
/** The results section, which the pinned verdict links to. */
const answerId = 'checker-answer';

export default function CertificateChecker({ locale, edition, strings, actions }: CertificateCheckerProps) {
	const text = useMemo(() => checkerText(strings, locale, edition), [strings, locale, edition]);
	const { t } = text;
	const id = useId();
	const form = useRef<HTMLFormElement>(null);
	const storageKey = `elma-checker-${edition.year}`;
	// Read before the first paint, so that a shared link never shows the empty answer first; what the
	// reader ticked in the server-rendered form before the island ran is kept, over the link.
	const [loaded, setView] = useQueryState<View>(
		(params) => {
			const link = stateFromQuery(params, edition);
			const stored = readStored(storageKey);
			const own = stored ? stateFromQuery(new URLSearchParams(stored), edition).state : emptyState;
			const fromLink = encode(link.state, edition);
			const state = withTyped(fromLink ? link.state : own, typedChoices(form.current, `${id}-`, edition), edition);
			return { ...link, state, own, shared: !!fromLink && !!stored && fromLink !== stored };
		},
		(current) => queryFromState(current.state, edition),
	);
	useEffect(() => {
		if (loaded && !loaded.shared) store(storageKey, encode(loaded.state, edition));
	}, [loaded]);
	const view = loaded ?? fresh;
	const { state } = view;
	const opened = loaded !== null;
	// A shared link is opened for its answer: bring it into view once the link is read.
	useEffect(() => {
		if (opened && location.search) document.getElementById(answerId)?.scrollIntoView();
	}, [opened]);

	const update: Update = (change) => setView((current) => ({ ...current, state: change(current.state) }));
	const adopt = (next: CheckerState) => setView((current) => ({ ...current, state: next, own: next, shared: false }));
	const report = planReport(edition, doneProgress(state), planProgress(state));
	const { done, plan } = report;
	const planned = hasPlan(state);
	const verdict = [text.verdict(done), text.planVerdict(done, plan)].filter(Boolean).join(' ');
	// The plan includes what is done: a reading the plan relies on is one the reader's choices rely on.
	const twoKeys = plan.readings.includes('twoKeyElectives');
	const choose = (item: string, legend: ReactNode, className = 'checker__elective', help?: ReactNode) => (
		<Choices
			key={item}
			name={`${id}-${item}`}
			className={className}
			legend={legend}
			text={text}
			choice={choiceOf(state, item)}
			onChoose={(choice) => update((current) => withChoice(current, item, choice, edition))}
		>
			{help}
		</Choices>
	);

	return (
		<div className="checker not-content" data-ready={loaded ? true : undefined}>
			{/* The reader's day is known only in the browser: the server renders no status. */}
			{/* Rendered empty before hydration, its line reserved, so that the line arriving does not move the tool. */}
			<p className="checker__edition">{opened && t(`edition.${editionStatus(edition, localToday())}`)}</p>
			{view.unknownIds.length > 0 && (
				<p className="checker__notice" role="status">
					{t('notice.unknown', { ids: view.unknownIds.map(clip).join(', ') })}
				</p>
			)}
			{view.shared && (
				<div className="tool-actions checker__saved" role="status">
					<p>{t('shared.note')}</p>
					<button type="button" onClick={() => adopt(state)}>
						{t('shared.keep')}
					</button>
					<button type="button" onClick={() => adopt(view.own)}>
						{t('shared.back')}
					</button>
				</div>
			)}
			<div className="checker__inputs">
				<form ref={form} className="checker__form" onSubmit={(event) => event.preventDefault()}>
					<p className="checker__help">{t('electives.help')}</p>
					<Forums edition={edition} state={state} update={update} text={text}>
						{edition.forums.map((forum) => choose(forum.id, forum.title))}
					</Forums>
					<fieldset className="checker__group" aria-describedby={`${id}-key`}>
						<legend>
							<h2>{t('electives.legend')}</h2>
						</legend>
						<p className="checker__help" id={`${id}-key`}>
							<span className="checker__key">{t('electives.keyBadge')}</span> {t('electives.keyExplained')}
						</p>
						{edition.areas.map((area) => (
							<fieldset key={area.id} className="checker__area">
								<legend>
									<h3>{area.title}</h3>
								</legend>
								{edition.electives
									.filter((elective) => elective.area === area.id)
									.map((elective) =>
										choose(
											elective.id,
											<>
												{elective.title}
												{elective.key && (
													<>
														{' '}
														<span className="checker__key">{t('electives.keyBadge')}</span>
													</>
												)}
											</>,
										),
									)}
							</fieldset>
						))}
					</fieldset>
					{choose(essayItem, <h2>{t('essay.legend')}</h2>, 'checker__group', <p className="checker__help">{t('essay.help')}</p>)}
				</form>
				<p className="checker__sticky" data-verdict={done.best ?? 'none'}>
					<span>{text.sticky(report, planned)}</span> <a href={`#${answerId}`}>{t('sticky.link')}</a>
				</p>
			</div>
			{/* Focusable: beside the form on wide screens, the answer scrolls on its own, and a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable). */}
			<section
				id={answerId}
				className="checker__results"
				// eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex -- a scrolling region, see above
				tabIndex={0}
				aria-live="polite"
				aria-labelledby={`${id}-results`}
			>
				<h2 id={`${id}-results`}>{t('results.heading')}</h2>
				<p className="checker__verdict">{verdict}</p>
				<Readings
					text={text}
					readings={[
						twoKeys && t('reading.twoKeys'),
						view.duplicateIds.length > 0 && t('reading.duplicates', { ids: view.duplicateIds.join(', ') }),
					]}
				/>
				<div className="checker__scenarios">
					<Done edition={edition} report={report} text={text} />
					<Plan edition={edition} report={report} text={text} planned={planned} />
				</div>
			</section>
			{!view.shared && (
				<div className="tool-actions checker__saved">
					<p>{t('saved.note')}</p>
					<button type="button" onClick={() => adopt(emptyState)}>
						{t('saved.forget')}
					</button>
				</div>
			)}
			<ToolActions strings={actions} onReset={() => setView((current) => ({ ...fresh, shared: current.shared, own: current.own }))} />
		</div>
	);
}

/** The state as kept on the device: its query string, '' when nothing is chosen. */
function encode(state: CheckerState, edition: CheckerEdition): string {
	const entries = Object.entries(queryFromState(state, edition)).filter((entry): entry is [string, string] => !!entry[1]);
	return new URLSearchParams(entries).toString();
}

/** What the reader chose in the server-rendered controls: every checked radio of the island's names, and the "all" box. */
function typedChoices(form: HTMLFormElement | null, prefix: string, edition: CheckerEdition): Map<string, Choice> {
	const typed = new Map<string, Choice>();
	if (!form) return typed;
	if (form.querySelector<HTMLInputElement>('.checker__check--all input')?.checked) {
		for (const forum of edition.forums) typed.set(forum.id, 'done');
	}
	for (const input of form.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')) {
		if (input.name.startsWith(prefix) && input.value !== 'none') typed.set(input.name.slice(prefix.length), input.value as Choice);
	}
	return typed;
}

function Choices({
	name,
	className,
	legend,
	choice,
	onChoose,
	text,
	children,
}: {
	name: string;
	className: string;
	legend: ReactNode;
	choice: Choice;
	onChoose: (choice: Choice) => void;
	text: Text;
	children?: ReactNode;
}) {
	return (
		<fieldset className={className} data-choice={choice}>
			<legend>{legend}</legend>
			<div className="checker__choices">
				{choices.map((option) => (
					<label key={option} className="checker__choice">
						<input type="radio" name={name} value={option} checked={choice === option} onChange={() => onChoose(option)} />
						<span>{text.t(`choice.${option}`)}</span>
					</label>
				))}
			</div>
			{children}
		</fieldset>
	);
}

function Forums({
	edition,
	state,
	update,
	text,
	children,
}: {
	edition: CheckerEdition;
	state: CheckerState;
	update: Update;
	text: Text;
	children: ReactNode;
}) {
	const all = state.forums.length === edition.forums.length;
	const some = state.forums.length > 0 && !all;
	const allBox = useRef<HTMLInputElement>(null);
	useEffect(() => {
		if (allBox.current) allBox.current.indeterminate = some;
	}, [some]);
	return (
		<fieldset className="checker__group">
			<legend>
				<h2>{text.t('forums.legend')}</h2>
			</legend>
			<label className="checker__check checker__check--all">
				<input
					ref={allBox}
					type="checkbox"
					checked={all}
					onChange={(event) => {
						const checked = event.target.checked;
						update((current) => withAllForums(current, checked, edition));
					}}
				/>
				<span>{text.t('forums.all', { count: edition.forums.length })}</span>
			</label>
			{children}
		</fieldset>
	);
}

/** The readings of the course page the answer relies on (README: the contract the tools keep), gathered in one short disclosure. */
function Readings({ text, readings }: { text: Text; readings: (string | false)[] }) {
	const shown = readings.filter((reading): reading is string => Boolean(reading));
	if (shown.length === 0) return null;
	return (
		<details className="checker__reading">
			<summary>{text.t('reading.label')}</summary>
			<ul>
				{shown.map((reading) => (
					<li key={reading}>{reading}</li>
				))}
			</ul>
		</details>
	);
}

/** The DONE state, with the contract's data attributes (README: the contract the tools keep); the missing forums named once. */
function Done({ edition, report: { done }, text }: { edition: CheckerEdition; report: PlanReport; text: Text }) {
	const { t, list } = text;
	// Every certificate needs every forum: the participation's missing forums are everyone's.
	const missingForums = edition.forums.filter((forum) => done.participation.missingForums.includes(forum.id));
	return (
		<section className="checker__scenario" data-scenario="done">
			<h3>{t('scenario.done')}</h3>
			<div>
				{missingForums.length > 0 && (
					<p className="checker__forums">{t('missingForums', { forums: list(missingForums.map((forum) => forum.title)) })}</p>
				)}
				{edition.certificates.map((rule) => {
					const { id: certificate, name } = rule;
					const status = done[certificate];
					const forums = edition.forums.length - status.missingForums.length;
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
							<p className="checker__status">{t(status.qualifies ? 'status.reached' : 'status.notReached')}</p>
							<ul className="checker__progress">
								<li>{t('progress.forums', { done: forums, count: edition.forums.length })}</li>
								<li>
									{t('progress.electives', {
										done: done.distinctElectives,
										count: done.distinctElectives + status.electivesNeeded,
									})}
								</li>
								{rule.essayRequired && <li>{t(status.essayMissing ? 'progress.essayMissing' : 'progress.essayDone')}</li>}
							</ul>
							{!status.qualifies && <Missing status={status} text={text} />}
						</article>
					);
				})}
				<Diploma eligible={done.diplomaEligible} text={text} />
			</div>
		</section>
	);
}

/** What the plan adds, and per certificate whether it is reached now, with the plan, or not even then. */
function Plan({ edition, report, text, planned }: { edition: CheckerEdition; report: PlanReport; text: Text; planned: boolean }) {
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
							<p className="checker__status">{t(status.qualifies ? 'status.reached' : 'status.notReached')}</p>
							<p>{t(`plan.${outcomes[certificate]}`, { missing: text.missing(status) })}</p>
						</article>
					);
				})}
				<Diploma eligible={plan.diplomaEligible} text={text} />
			</div>
		</section>
	);
}

function Missing({ status, text: { t, plural } }: { status: CertificateStatus; text: Text }) {
	return (
		<ul className="checker__missing">
			{status.missingForums.length > 0 && <li>{plural('needs.forums', status.missingForums.length)}</li>}
			{status.electivesNeeded > 0 && (
				<li>{plural(status.needsKeyElective ? 'needs.electivesKey' : 'needs.electives', status.electivesNeeded)}</li>
			)}
			{status.essayMissing && <li>{t('needs.essay')}</li>}
		</ul>
	);
}

function Diploma({ eligible, text }: { eligible: boolean; text: Text }) {
	return (
		<p className="checker__diploma" data-diploma-eligible={eligible}>
			{text.t(eligible ? 'diploma.yes' : 'diploma.no')}
		</p>
	);
}

/** A tampered link may carry anything: the notice shows each unknown id as text, cut short. */
function clip(value: string): string {
	return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}
