import { useState } from 'react';

export interface ToolActionsStrings {
	copyLink: string;
	linkCopied: string;
	copyFailed: string;
	reset: string;
	print: string;
}

/** Copy link, Reset and Print, with a polite status line for the copy. */
export function ToolActions({ strings, onReset }: { strings: ToolActionsStrings; onReset: () => void }) {
	const [status, setStatus] = useState('');

	async function copyLink() {
		try {
			await navigator.clipboard.writeText(location.href);
			setStatus(strings.linkCopied);
		} catch {
			setStatus(strings.copyFailed);
		}
	}

	return (
		<div className="tool-actions">
			<button type="button" onClick={copyLink}>
				{strings.copyLink}
			</button>
			<button
				type="button"
				onClick={() => {
					setStatus('');
					onReset();
				}}
			>
				{strings.reset}
			</button>
			<button type="button" onClick={() => window.print()}>
				{strings.print}
			</button>
			<p className="tool-actions__status" role="status">
				{status}
			</p>
		</div>
	);
}
