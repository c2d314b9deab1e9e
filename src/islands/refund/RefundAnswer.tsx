/** The answer: the summary, the figures, the readings that apply, substitution, and the tiers with the reader's marked. */
import type { Evaluation } from './state.ts';
import type { RefundText } from './text.ts';
import type { TierLine } from './props.ts';

interface Props {
	id: string;
	/** Null until the form is read (server rendering, before hydration). */
	evaluation: Evaluation | null;
	tiers: readonly TierLine[];
	text: RefundText;
}

export function RefundAnswer({ id, evaluation, tiers, text }: Props) {
	const { t } = text;
	const valid = evaluation?.valid ? evaluation : null;
	const quote = valid?.quote;
	const resultData = quote
		? {
				'data-days-before-start': quote.daysBeforeStart,
				'data-penalty-percent': quote.penaltyPercent,
				'data-penalty-cents': quote.penaltyCents,
				'data-refund-cents': quote.refundCents,
				'data-uncovered-penalty-cents': quote.uncoveredPenaltyCents,
			}
		: evaluation
			? { 'data-error': 'true' }
			: {};
	const yourTier = quote && tiers.find((line) => line.index === quote.tier.index);
	const words = valid && text.answer(valid.quote, valid.request);

	return (
		<section className="refund__result" data-result="refund" aria-labelledby={`${id}-heading`} {...resultData}>
			<h2 id={`${id}-heading`}>{t('result.heading')}</h2>
			<p className="refund__summary" aria-live="polite">
				{words ? words.summary : evaluation && t('result.invalid')}
			</p>
			{valid && words && (
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

					<h3>{t('substitution.heading')}</h3>
					<p className={`refund__substitution refund__substitution--${valid.quote.substitutionOpen ? 'open' : 'closed'}`}>
						{words.substitution}
					</p>

					<details className="refund__readings">
						<summary>{t('reading.label')}</summary>
						<ul>
							{words.readings.map((reading) => (
								<li key={reading}>{reading}</li>
							))}
						</ul>
					</details>

					<h3>{t('timeline.heading')}</h3>
					<ol className="refund__timeline">
						{tiers.map((line) => {
							const current = line === yourTier;
							return (
								<li key={line.index} className={`refund__tier refund__tier--${line.kind}`} aria-current={current || undefined}>
									<span className="refund__tier-dates">{line.dates}</span>
									<span className="refund__tier-rule">{line.rule}</span>
									{current && (
										<strong className="refund__tier-yours">{t('timeline.yours', { date: text.date(valid.request.noticeDate) })}</strong>
									)}
								</li>
							);
						})}
					</ol>
				</>
			)}
			<p className="refund__writing">{t('writing')}</p>
		</section>
	);
}
