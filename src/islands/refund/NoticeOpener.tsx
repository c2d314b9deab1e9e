/** "Write your notice": loads the writer (its own chunk) only when a reader opens it. */
import { useState, type ComponentProps, type ComponentType } from 'react';
import type NoticeWriterType from './NoticeWriter.tsx';

type WriterProps = ComponentProps<typeof NoticeWriterType>;

export function NoticeOpener(props: WriterProps & { id: string }) {
	const { t } = props.text;
	const [Writer, setWriter] = useState<ComponentType<WriterProps> | null>(null);
	/** Null once loading the writer failed: closed, with a message. */
	const [open, setOpen] = useState<boolean | null>(false);

	async function toggle() {
		setOpen(!open);
		if (open || Writer) return;
		try {
			const loaded = (await import('./NoticeWriter.tsx')).default;
			setWriter(() => loaded);
		} catch {
			setOpen(null);
		}
	}

	return (
		<section className="refund-letter" aria-labelledby={`${props.id}-heading`}>
			<h2 id={`${props.id}-heading`}>{t('letter.heading')}</h2>
			<button
				type="button"
				className="refund-letter__open"
				data-notice-open
				aria-expanded={!!open}
				aria-controls={props.id}
				onClick={toggle}
			>
				{t('letter.open')}
			</button>
			<div id={props.id} className="refund-letter__body" aria-busy={!!open && !Writer} hidden={!open}>
				{open && (Writer ? <Writer {...props} /> : <p>{t('letter.loading')}</p>)}
			</div>
			{open === null && (
				<p className="tool-field__error" role="alert">
					{t('letter.loadFailed')}
				</p>
			)}
		</section>
	);
}
