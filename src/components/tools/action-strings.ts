/** The strings of the tools' Copy link, Reset and Print row, from the page's UI strings. */
import { stringsWithPrefix } from '@/i18n/translate.ts';
import type { ToolActionsStrings } from '@/islands/shared/ToolActions.tsx';

export function toolActionStrings(all: Record<string, string>): ToolActionsStrings {
	const { copyLink, linkCopied, copyFailed, reset, print } = stringsWithPrefix(all, 'tools.');
	return { copyLink, linkCopied, copyFailed, reset, print } as ToolActionsStrings;
}
