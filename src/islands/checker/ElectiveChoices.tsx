/** The electives, by thematic area, key electives marked, one row each. */
import { choiceOf } from './state.ts';
import { ChoiceRow, type ChoiceGroupProps } from './ChoiceRow.tsx';

export function ElectiveChoices({ prefix, edition, state, text, onChoose }: ChoiceGroupProps) {
	const { t } = text;
	const badge = <span className="checker__key">{t('electives.keyBadge')}</span>;
	return (
		<fieldset className="checker__group" aria-describedby={`${prefix}key`}>
			<legend>
				<h2>{t('electives.legend')}</h2>
			</legend>
			<p className="checker__help" id={`${prefix}key`}>
				{badge} {t('electives.keyExplained')}
			</p>
			{edition.areas.map((area) => (
				<fieldset key={area.id} className="checker__area">
					<legend>
						<h3>{area.title}</h3>
					</legend>
					{edition.electives
						.filter((elective) => elective.area === area.id)
						.map((elective) => (
							<ChoiceRow
								key={elective.id}
								name={`${prefix}${elective.id}`}
								title={
									<>
										{elective.title}
										{elective.key && <> {badge}</>}
									</>
								}
								choice={choiceOf(state, elective.id)}
								onChoose={(choice) => onChoose(elective.id, choice)}
								text={text}
							/>
						))}
				</fieldset>
			))}
		</fieldset>
	);
}
