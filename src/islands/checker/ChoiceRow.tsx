/** One item on one row: its title, and "Not yet", "Done" and "Planned" as native radios shown as a segmented control. */
import type { ReactNode } from 'react';
import type { CheckerState, Choice } from './state.ts';
import type { CheckerEdition } from './props.ts';
import type { Text } from './text.ts';

const choices: readonly Choice[] = ['none', 'done', 'planned'];

/** What a group of rows (the forums, the electives, the essay) is given: its names' prefix, the state, and what a choice does. */
export interface ChoiceGroupProps {
	prefix: string;
	edition: CheckerEdition;
	state: CheckerState;
	text: Text;
	onChoose: (item: string, choice: Choice) => void;
}

interface Props {
	/** The radios' name: the island's prefix and the item, read back at hydration (`typedChoices`). */
	name: string;
	title: ReactNode;
	/** Null: none of the three is checked (the "all forums" row when forums differ). */
	choice: Choice | null;
	onChoose: (choice: Choice) => void;
	text: Text;
	className?: string;
}

export function ChoiceRow({ name, title, choice, onChoose, text, className = '' }: Props) {
	const titleId = `${name}-title`;
	return (
		// A group, not a fieldset: a fieldset laid out as a grid loses its legend's row in WebKit (issue 19).
		<div role="group" aria-labelledby={titleId} className={`checker__item ${className}`} data-choice={choice ?? 'mixed'}>
			<span id={titleId} className="checker__title">
				{title}
			</span>
			{/* The labels are the segments themselves, with no wrapper: a row is 8 elements, where it was 12 (the first layout of the page lays out 28 rows). */}
			{choices.map((option) => (
				<label key={option} className="checker__choice">
					<input type="radio" name={name} value={option} checked={choice === option} onChange={() => onChoose(option)} />
					{text.t(`choice.${option}`)}
				</label>
			))}
		</div>
	);
}
