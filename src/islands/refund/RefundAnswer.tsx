/**
 * The answer, inside the shell's (ToolShell), not live: the contract's data attributes (README),
 * the verdict, the days, the figures, the note on bank charges, substitution. The pinned verdict is the shell's; the
 * readings the answer relies on are listed by the page (RefundCalculator.astro).
 */
import type { Evaluation } from './state.ts';
import type { RefundText } from './text.ts';

interface Props {
	/** Null until the form is read (server rendering, before hydration). */
	evaluation: Evaluation | null;
	/** The answer's sentences, when the form is valid (`RefundText.answer`). */
	words: ReturnType<RefundText['answer']> | null | false;
}

export function RefundAnswer({ evaluation, words }: Props) {
	const valid = evaluation?.valid ? evaluation : null;
	const quote = valid?.quote;
	const better = valid?.better;
	const resultData = quote
		? {
				'data-days-before-start': quote.daysBeforeStart,
				'data-penalty-percent': quote.penaltyPercent,
				'data-penalty-cents': quote.penaltyCents,
				'data-refund-cents': quote.refundCents,
				'data-uncovered-penalty-cents': quote.uncoveredPenaltyCents,
				...(better && { 'data-better-by': better.by, 'data-better-refund-cents': better.refundCents }),
			}
		: evaluation
			? { 'data-error': 'true' }
			: {};

	// The shell's answer section takes no attributes: the contract's sit on a block of their own inside it.
	return (
		<div className="refund__result" data-result="refund" {...resultData}>
			{words && (
				<>
					{/* The verdict again, for a wide screen, where the pinned one is not shown. */}
					<p className="refund__summary">{words.verdict}</p>
					<p className="refund__days">{words.days}</p>
					<dl className="refund__figures">
						{words.figures.map((figure) => (
							<div key={figure.name} className={`refund__figure refund__figure--${figure.name}`}>
								<dt>{figure.label}</dt>
								<dd>{figure.value}</dd>
							</div>
						))}
					</dl>
					{words.chargesNote && <p className="refund__note">{words.chargesNote}</p>}
					<p className={`refund__substitution refund__substitution--${quote!.substitutionOpen ? 'open' : 'closed'}`}>
						{words.substitution}
					</p>
				</>
			)}
		</div>
	);
}
