/** The individual essay, and which certificate needs it. */
import { essayItem } from './state.ts';
import { ChoiceRow, type ChoiceGroupProps } from './ChoiceRow.tsx';

export function EssayChoice({ prefix, state, text, onChoose }: Omit<ChoiceGroupProps, 'edition'>) {
	return (
		<fieldset className="checker__group">
			<legend>
				<h2>{text.t('essay.legend')}</h2>
			</legend>
			<ChoiceRow
				name={`${prefix}${essayItem}`}
				title={text.t('essay.help')}
				choice={state.essay}
				onChoose={(choice) => onChoose(essayItem, choice)}
				text={text}
			/>
		</fieldset>
	);
}
