/** One field of the calculator: a label, the input, a hint and, when the value cannot be used, its message. */
import type { InputHTMLAttributes } from 'react';

interface FieldProps {
	id: string;
	/** The form field's name, which is also its query parameter. */
	name: string;
	label: string;
	hint?: string;
	/** The message for a value that cannot be used. */
	error: string | undefined;
	value: string;
	onChange: (value: string) => void;
	/** What kind of input: a date, or an amount typed as text. */
	input: InputHTMLAttributes<HTMLInputElement>;
}

export function Field({ id, name, label, hint, error, value, onChange, input }: FieldProps) {
	const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
	return (
		<div className="refund__field">
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
				<p className="refund__hint" id={`${id}-hint`}>
					{hint}
				</p>
			)}
			{error && (
				<p className="refund__error" id={`${id}-error`}>
					{error}
				</p>
			)}
		</div>
	);
}
