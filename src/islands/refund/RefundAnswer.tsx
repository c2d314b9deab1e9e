/**
 * The answer, not live (the verdict above it is): the days, the figures, the note on bank charges,
 * substitution. The readings it relies on are listed by the page (RefundCalculator.astro).
 */
import type { Evaluation } from './state.ts';
import type { RefundText } from './text.ts';

interface Props {
	id: string;
	/** Null until the form is read (server rendering, before hydration). */
	evaluation: Evaluation | null;
	/** The answer's sentences, when the form is valid (`RefundText.answer`). */
	words: ReturnType<RefundText['answer']> | null | false;
	text: RefundText;
}

export function RefundAnswer({ id, evaluation, words, text }: Props) {
	const { t } = text;
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

	return (
		<section className="refund__result" data-result="refund" aria-labelledby={`${id}-heading`} {...resultData}>
			<h2 id={`${id}-heading`}>{t('result.heading')}</h2>
			{words && (
				<>
					<p className="refund__days">{words.days}</p>
					<dl className="refund__figures">
						{words.figures.map((figure) => (
							<div key={figure.label} className={`refund__figure${figure.modifier ? ` refund__figure--${figure.modifier}` : ''}`}>
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
		</section>
	);
}
