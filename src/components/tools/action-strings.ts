/** The strings of the tools' shell and its actions row, from the page's UI strings. */
import { stringsWithPrefix } from '@/i18n/translate.ts';
import type { ToolShellStrings } from '@/islands/shared/ToolShell.tsx';

export function toolShellStrings(all: Record<string, string>): ToolShellStrings {
	const { share, linkCopied, copyFailed, startAgain, print, toAnswer } = stringsWithPrefix(all, 'tools.');
	return { share, linkCopied, copyFailed, startAgain, print, toAnswer } as ToolShellStrings;
}
