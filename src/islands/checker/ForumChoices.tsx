/** The plenary forums: a row that sets them all ("all done", "all planned"), then one row per forum. */
import { allForumsChoice, allForumsItem, choiceOf } from './state.ts';
import { ChoiceRow, type ChoiceGroupProps } from './ChoiceRow.tsx';

export function ForumChoices({ prefix, edition, state, text, onChoose }: ChoiceGroupProps) {
	return (
		<fieldset className="checker__group">
			<legend>
				<h2>{text.t('forums.legend')}</h2>
			</legend>
			<ChoiceRow
				name={`${prefix}${allForumsItem}`}
				className="checker__item--all"
				title={text.t('forums.all', { count: edition.forums.length })}
				choice={allForumsChoice(state, edition)}
				onChoose={(choice) => onChoose(allForumsItem, choice)}
				text={text}
			/>
			{edition.forums.map((forum) => (
				<ChoiceRow
					key={forum.id}
					name={`${prefix}${forum.id}`}
					title={forum.title}
					choice={choiceOf(state, forum.id)}
					onChoose={(choice) => onChoose(forum.id, choice)}
					text={text}
				/>
			))}
		</fieldset>
	);
}
