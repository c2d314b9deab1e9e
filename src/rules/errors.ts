/** Why an input was refused; the tools turn it into a message in the reader's language. */
export type RulesInputErrorCode =
	| 'required'
	| 'invalid-date'
	| 'not-a-number'
	| 'negative'
	| 'too-many-decimals'
	| 'not-an-integer'
	| 'above-price'
	| 'invalid-progress'
	| 'invalid-edition';

/** Thrown for any invalid input. The message starts with the name of the field. */
export class RulesInputError extends Error {
	readonly field: string;
	readonly code: RulesInputErrorCode;

	constructor(field: string, code: RulesInputErrorCode, detail: string) {
		super(`${field}: ${detail}`);
		this.name = 'RulesInputError';
		this.field = field;
		this.code = code;
	}
}
