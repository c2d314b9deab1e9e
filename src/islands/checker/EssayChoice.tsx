/** The individual essay, and which certificate needs it. */
import { essayItem, type CheckerState, type Choice } from './state.ts';
import type { Text } from './text.ts';
import { ChoiceRow } from './ChoiceRow.tsx';

interface Props {
	prefix: string;
	state: CheckerState;
	text: Text;
	onChoose: (item: string, choice: Choice) => void;
}

export function EssayChoice({ prefix, state, text, onChoose }: Props) {
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
