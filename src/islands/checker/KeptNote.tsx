/** What is kept on this device: the reader's own selection (with "Forget"), or, from a shared link, the choice between the two. */
import type { Text } from './text.ts';

interface Props {
	/** Opened from a shared link other than the selection kept on this device. */
	shared: boolean;
	kept: boolean;
	text: Text;
	onKeepShared: () => void;
	onBackToOwn: () => void;
	onForget: () => void;
}

export function KeptNote({ shared, kept, text: { t }, onKeepShared, onBackToOwn, onForget }: Props) {
	if (shared) {
		return (
			<div className="tool-actions checker__saved" role="status">
				<p>{t('shared.note')}</p>
				<button type="button" onClick={onKeepShared}>
					{t('shared.keep')}
				</button>
				<button type="button" onClick={onBackToOwn}>
					{t('shared.back')}
				</button>
			</div>
		);
	}
	return (
		<div className="tool-actions checker__saved">
			<p>{t(kept ? 'saved.note' : 'saved.forgotten')}</p>
			{kept && (
				<button type="button" onClick={onForget}>
					{t('saved.forget')}
				</button>
			)}
		</div>
	);
}
