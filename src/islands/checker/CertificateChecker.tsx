import { useId } from 'react';
import { planReport } from '@/rules/plans.ts';
import type { Locale } from '@/rules/edition.ts';
import type { Strings } from '@/i18n/translate.ts';
import { ToolShell, type ToolShellStrings } from '@/islands/shared/ToolShell.tsx';
import { Readings } from '@/islands/shared/Readings.tsx';
import { useToolState } from '@/islands/shared/useToolState.ts';
import { queryString } from '@/islands/shared/query.ts';
import {
	allForumsItem,
	doneProgress,
	emptyState,
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
import { checkerText } from './text.ts';
import { typedChoices } from './typed.ts';
import type { CheckerEdition } from './props.ts';
import { ForumChoices } from './ForumChoices.tsx';
import { ElectiveChoices } from './ElectiveChoices.tsx';
import { EssayChoice } from './EssayChoice.tsx';
import { DoneAnswer } from './DoneAnswer.tsx';
import { PlanAnswer } from './PlanAnswer.tsx';
import { KeptNote } from './KeptNote.tsx';

export interface CertificateCheckerProps {
	locale: Locale;
	/** The edition's ids, thresholds and names, in the page's language. */
	edition: CheckerEdition;
	/** The `checker.*` strings of the page's language, prefix removed, prefilled (`checkerStrings`). */
	strings: Strings;
	shell: ToolShellStrings;
}

/** What the page shows: the link's state, or the one kept on this device (`own`). */
interface View extends StateFromLink {
	/** The state came from a shared link, other than the selection kept on this device: that one is not overwritten. */
	readonly shared: boolean;
	readonly own: CheckerState;
	/** Kept on this device; false once the reader chose "Forget" (for this visit). */
	readonly kept: boolean;
}

/** The results section, which the pinned verdict links to. */
const answerId = 'checker-answer';
/** What the server renders, and what "Start again" returns to (keeping what is known of the device). */
const unread: View = { state: emptyState, unknownIds: [], duplicateIds: [], shared: false, own: emptyState, kept: true };

export default function CertificateChecker({ locale, edition, strings, shell }: CertificateCheckerProps) {
	const text = checkerText(strings, locale, edition);
	const { t } = text;
	const prefix = `${useId()}-`;
	const tool = useToolState<View>({
		// A shared link never shows the empty answer first; what the reader ticked before the island ran wins over the link.
		read: ({ params, stored, root }) => {
			const link = stateFromQuery(params, edition);
			const own = stored ? stateFromQuery(new URLSearchParams(stored), edition).state : emptyState;
			const fromLink = encode(link.state, edition);
			const state = withTyped(fromLink ? link.state : own, typedChoices(root, prefix), edition);
			return { ...link, state, own, kept: true, shared: !!fromLink && !!stored && fromLink !== stored };
		},
		toQuery: (view) => queryFromState(view.state, edition),
		store: { key: `elma-checker-${edition.year}`, value: (view) => (view.shared ? null : view.kept ? encode(view.state, edition) : '') },
		edition,
	});
	const view = tool.state ?? unread;
	const { state } = view;
	const update = (change: (current: CheckerState) => CheckerState) =>
		tool.update((current) => ({ ...current, state: change(current.state) }));
	const adopt = (next: CheckerState) => tool.update((current) => ({ ...current, state: next, own: next, shared: false }));
	const choose = (item: string, choice: Choice) =>
		update((current) => (item === allForumsItem ? withAllForums(current, choice, edition) : withChoice(current, item, choice, edition)));
	const report = planReport(edition, doneProgress(state), planProgress(state));
	const planned = hasPlan(state);
	const sticky = text.sticky(report, planned);
	const choices = { prefix, edition, state, text, onChoose: choose };

	return (
		<ToolShell
			className="checker"
			tool={tool}
			strings={shell}
			statusLine={(status) => t(`edition.${status}`)}
			notices={
				view.unknownIds.length > 0 && (
					<p className="checker__notice" role="status">
						{t('notice.unknown', { ids: view.unknownIds.map(clip).join(', ') })}
					</p>
				)
			}
			inputs={
				<form className="checker__form" onSubmit={(event) => event.preventDefault()}>
					<ForumChoices {...choices} />
					<ElectiveChoices {...choices} />
					<EssayChoice {...choices} />
				</form>
			}
			verdict={{ value: report.done.best ?? 'none', text: sticky }}
			live={text.live(report)}
			answerId={answerId}
			answerHeading={t('results.heading')}
			after={
				<KeptNote
					shared={view.shared}
					kept={view.kept}
					text={text}
					onKeepShared={() => adopt(state)}
					onBackToOwn={() => adopt(view.own)}
					onForget={() => tool.update((current) => ({ ...current, kept: false }))}
				/>
			}
			onStartAgain={() => tool.update((current) => ({ ...unread, shared: current.shared, own: current.own, kept: current.kept }))}
		>
			<p className="checker__verdict">
				{[text.verdict(report.done), text.planVerdict(report.done, report.plan)].filter(Boolean).join(' ')}
			</p>
			<div className="checker__scenarios">
				<DoneAnswer edition={edition} report={report} text={text} />
				<PlanAnswer edition={edition} report={report} text={text} planned={planned} />
			</div>
			<Readings
				label={t('reading.label')}
				readings={[
					report.plan.readings.includes('twoKeyElectives') && t('reading.twoKeys'),
					view.duplicateIds.length > 0 && t('reading.duplicates', { ids: view.duplicateIds.join(', ') }),
				]}
			/>
		</ToolShell>
	);
}

/** The state as kept on the device: its query string, '' when nothing is chosen. */
function encode(state: CheckerState, edition: CheckerEdition): string {
	return queryString(queryFromState(state, edition));
}

/** A tampered link may carry anything: the notice shows each unknown id as text, cut short. */
function clip(value: string): string {
	return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}
