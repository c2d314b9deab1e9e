import { useState } from 'react';

export interface ActionStrings {
	share: string;
	linkCopied: string;
	copyFailed: string;
	startAgain: string;
	print: string;
}

interface Props {
	strings: ActionStrings;
	/** The answer in one line, shared with the link where the browser can share. */
	summary: string;
	onStartAgain: () => void;
}

/** Share (the Web Share API where the browser has it, else the link copied), Start again and Print, with a polite line for the copy. */
export function Actions({ strings, summary, onStartAgain }: Props) {
	const [status, setStatus] = useState('');

	async function share() {
		const url = location.href;
		if (navigator.share) {
			try {
				return await navigator.share({ title: document.title, text: summary, url });
			} catch (error) {
				// The reader closed the share sheet: nothing to do. Any other failure falls back to the copy.
				if ((error as Error).name === 'AbortError') return;
			}
		}
		try {
			await navigator.clipboard.writeText(url);
			setStatus(strings.linkCopied);
		} catch {
			setStatus(strings.copyFailed);
		}
	}

	return (
		<div className="tool-actions tool__actions">
			<button type="button" data-share onClick={share}>
				{strings.share}
			</button>
			<button
				type="button"
				onClick={() => {
					setStatus('');
					onStartAgain();
				}}
			>
				{strings.startAgain}
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
