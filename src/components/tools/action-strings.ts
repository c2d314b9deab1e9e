/** The strings of the tools' shell and actions row, from the page's UI strings. */
import { stringsWithPrefix } from '@/i18n/translate.ts';
import type { ToolActionsStrings } from '@/islands/shared/ToolActions.tsx';
import type { ToolShellStrings } from '@/islands/shared/ToolShell.tsx';

export function toolActionStrings(all: Record<string, string>): ToolActionsStrings {
	const { copyLink, linkCopied, copyFailed, reset, print } = stringsWithPrefix(all, 'tools.');
	return { copyLink, linkCopied, copyFailed, reset, print } as ToolActionsStrings;
}

export function toolShellStrings(all: Record<string, string>): ToolShellStrings {
	const { share, linkCopied, copyFailed, startAgain, print, toAnswer } = stringsWithPrefix(all, 'tools.');
	return { share, linkCopied, copyFailed, startAgain, print, toAnswer } as ToolShellStrings;
}
