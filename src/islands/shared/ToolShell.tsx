import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { EditionStatus } from '@/rules/status.ts';
import type { ToolState } from './useToolState.ts';
import { Actions, type ActionStrings } from './Actions.tsx';

export interface ToolShellStrings extends ActionStrings {
	/** The pinned verdict's link to the full answer. */
	toAnswer: string;
}

interface Props {
	/** The tool's own block class, beside `tool`. */
	className: string;
	tool: Pick<ToolState<unknown>, 'state' | 'root' | 'linked' | 'status'>;
	strings: ToolShellStrings;
	/** Where the edition stands on the reader's day, in one line. */
	statusLine: (status: EditionStatus) => string;
	/** Notices about the link or the device, above the inputs. */
	notices?: ReactNode;
	inputs: ReactNode;
	/** The one-line verdict, pinned beside the inputs: its `data-verdict` value and its words, also the summary a share sends. */
	verdict: { value: string; text: string };
	/** One short sentence (at most 200 characters) that screen readers hear after each change; the full answer is not live. */
	live: string;
	answerId: string;
	answerHeading: string;
	/** The full answer. */
	children: ReactNode;
	/** After the answer: what is kept on this device, say. */
	after?: ReactNode;
	onStartAgain: () => void;
}

/**
 * What both tools share around their inputs and answer: the edition's status, `data-ready` once
 * the island has read its state, the pinned one-line verdict (`data-verdict`), one live sentence,
 * the answer brought into view when the page is opened from a link, and the actions.
 */
export function ToolShell(props: Props) {
	const { tool, strings, verdict, answerId } = props;
	const ready = tool.state !== null;
	const pinned = useRef<HTMLParagraphElement>(null);
	// Said once the reader changes something, not when the island wakes up.
	const firstLive = useRef<string | null>(null);
	const changed = useRef(false);
	if (ready) {
		firstLive.current ??= props.live;
		changed.current ||= props.live !== firstLive.current;
	}
	// Opened from a link: the verdict is brought into view, scrolling no more than needed, so that the title stays in view.
	// Before the first paint, in the same task as `data-ready`: the page never moves under a tap that follows (issue 19).
	useLayoutEffect(() => {
		if (ready && tool.linked) pinned.current?.scrollIntoView({ block: 'nearest' });
	}, [ready]);
	return (
		<div className={`tool ${props.className} not-content`} ref={tool.root} data-ready={ready || undefined}>
			{/* The reader's day is known only in the browser: the line is reserved empty, so that it arriving moves nothing. */}
			<p className="tool__status" data-edition-status={tool.status ?? undefined}>
				{tool.status && props.statusLine(tool.status)}
			</p>
			{props.notices}
			<div className="tool__inputs">
				{props.inputs}
				<p className="tool__verdict" data-verdict={verdict.value} ref={pinned}>
					<span>{verdict.text}</span> <a href={`#${answerId}`}>{strings.toAnswer}</a>
				</p>
			</div>
			<section id={answerId} className="tool__answer" aria-labelledby={`${answerId}-heading`}>
				<h2 id={`${answerId}-heading`}>{props.answerHeading}</h2>
				{props.children}
			</section>
			<p className="sr-only" role="status">
				{changed.current ? props.live : ''}
			</p>
			{props.after}
			<Actions strings={strings} summary={verdict.text} onStartAgain={props.onStartAgain} />
		</div>
	);
}
