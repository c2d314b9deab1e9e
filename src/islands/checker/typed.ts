/** What the reader chose in the server-rendered controls before the island ran (a slow phone). */
import type { Choice } from './state.ts';

/** Every checked radio of the island's names (`prefix` + item) other than "Not yet", in the page's order. */
export function typedChoices(root: HTMLElement | null, prefix: string): Map<string, Choice> {
	const typed = new Map<string, Choice>();
	for (const input of root?.querySelectorAll<HTMLInputElement>('input[type=radio]:checked') ?? []) {
		if (input.name.startsWith(prefix) && input.value !== 'none') typed.set(input.name.slice(prefix.length), input.value as Choice);
	}
	return typed;
}
