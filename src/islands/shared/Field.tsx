/** One field of a tool: a label, the input, a hint and, when the value cannot be used, its message next to it. */
import type { InputHTMLAttributes } from 'react';

export interface FieldProps {
	id: string;
	/** The form field's name, which is also its query parameter. */
	name: string;
	label: string;
	hint?: string;
	/** The message for a value that cannot be used. */
	error: string | undefined;
	value: string;
	onChange: (value: string) => void;
	/** What kind of input (a date, an amount typed as text) and its other attributes. */
	input: InputHTMLAttributes<HTMLInputElement>;
}

export function Field({ id, name, label, hint, error, value, onChange, input }: FieldProps) {
	const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
	return (
		<div className="tool-field">
			<label htmlFor={id}>{label}</label>
			<input
				{...input}
				id={id}
				name={name}
				value={value}
				onChange={(event) => onChange(event.target.value)}
				aria-invalid={Boolean(error) || undefined}
				aria-describedby={describedBy || undefined}
			/>
			{hint && (
				<p className="tool-field__hint" id={`${id}-hint`}>
					{hint}
				</p>
			)}
			{error && (
				<p className="tool-field__error" id={`${id}-error`}>
					{error}
				</p>
			)}
		</div>
	);
}
