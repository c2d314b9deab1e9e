/**
 * The notice writer, loaded when the reader opens it: their request and name, the letter with the
 * figures of the answer, and ways to send it. Nothing typed here leaves the browser or enters the URL.
 */
import { useId, useState } from 'react';
import type { EditionStatus } from '@/rules/status.ts';
import type { Evaluation } from './state.ts';
import type { RefundText } from './text.ts';
import type { TierLine } from './props.ts';
import type { Field } from './fields.tsx';
import {
	effectiveRequest,
	letterErrors,
	mailtoHref,
	nameMaxLength,
	noticeLetter,
	noticeRequests,
	type LetterField,
	type LetterForm,
} from './letter.ts';

/**
 * What the writer needs from the calculator is handed down, not imported: the writer's chunk then
 * shares no module with the calculator's, which stays one file.
 */
interface Props {
	evaluation: Evaluation | null;
	tiers: readonly TierLine[];
	text: RefundText;
	/** The reader's calendar date. */
	today: string;
	/** Where the edition stands on that date. */
	stage: EditionStatus;
	/** The calculator's field, so that both forms look and read the same. */
	Field: typeof Field;
}

const textInput = { type: 'text', autoComplete: 'off' } as const;
/** Set on the document element while the letter, not the answer, is printed (refund.css). */
const printingLetter = 'refund-print-letter';

function printLetter() {
	const root = document.documentElement;
	const done = () => {
		root.classList.remove(printingLetter);
		removeEventListener('afterprint', done);
	};
	root.classList.add(printingLetter);
	addEventListener('afterprint', done);
	print();
}

export default function NoticeWriter({ evaluation, tiers, text, today, stage, Field }: Props) {
	const { t } = text;
	const id = useId();
	const [form, setForm] = useState<LetterForm>({ request: 'cancel', name: '', other: '' });
	const [touched, setTouched] = useState<Partial<Record<LetterField, boolean>>>({});
	const [status, setStatus] = useState('');
	const stageNote = stage !== 'upcoming' && <p className="refund-letter__stage">{t(`letter.${stage}`)}</p>;

	if (!evaluation?.valid) {
		return (
			<>
				{stageNote}
				<p className="refund-letter__note">{t('letter.fixFirst')}</p>
			</>
		);
	}

	const { quote, request } = evaluation;
	const open = quote.substitutionOpen;
	const kind = effectiveRequest(form, open);
	const errors = letterErrors(form, open);
	const complete = Object.keys(errors).length === 0;
	const letter = noticeLetter(form, quote, request, tiers, text);
	const errorText = (field: LetterField) => {
		const code = touched[field] && errors[field];
		if (!code) return undefined;
		return code === 'tooLong' ? t('letter.error.tooLong', { max: nameMaxLength }) : t(`letter.error.${field === 'name' ? 'name' : kind}`);
	};
	const change = (field: LetterField | 'request') => (value: string) => {
		setForm((current) => ({ ...current, [field]: value }));
		if (field !== 'request') setTouched((current) => ({ ...current, [field]: true }));
		setStatus('');
	};
	/** Sends the reader back to the first field to fill instead of acting on an incomplete letter. */
	const ready = () => {
		if (complete) return true;
		setTouched({ name: true, other: true });
		setStatus(t('letter.incomplete'));
		document.getElementById(`${id}-${errors.name ? 'name' : 'other'}`)?.focus();
		return false;
	};
	async function copy() {
		if (!ready()) return;
		try {
			await navigator.clipboard.writeText(letter.text);
			setStatus(t('letter.copied'));
		} catch {
			setStatus(t('letter.copyFailed'));
		}
	}

	return (
		<>
			{stageNote}
			<p>{t('letter.intro')}</p>
			{request.noticeDate !== today && (
				<p className="refund-letter__note">{t('letter.dateWarning', { date: text.date(request.noticeDate), today: text.date(today) })}</p>
			)}
			<form className="refund-letter__form" noValidate onSubmit={(event) => event.preventDefault()}>
				<fieldset className="refund-letter__request">
					<legend>{t('letter.request.legend')}</legend>
					{(open ? noticeRequests : (['cancel'] as const)).map((choice) => (
						<label key={choice}>
							<input
								type="radio"
								name="notice-request"
								value={choice}
								checked={kind === choice}
								onChange={() => change('request')(choice)}
							/>{' '}
							{t(`letter.request.${choice}`)}
						</label>
					))}
					{!open && <p className="refund-letter__note">{t('letter.requestClosed', { date: text.date(request.noticeDate) })}</p>}
				</fieldset>
				<Field
					id={`${id}-name`}
					name="notice-name"
					label={t('letter.name.label')}
					input={textInput}
					value={form.name}
					error={errorText('name')}
					onChange={change('name')}
				/>
				{kind !== 'cancel' && (
					<Field
						id={`${id}-other`}
						name="notice-other"
						label={t(`letter.${kind}.label`)}
						input={textInput}
						value={form.other}
						error={errorText('other')}
						onChange={change('other')}
					/>
				)}
			</form>
			<h3>{t('letter.textLabel')}</h3>
			<div className="refund-letter__text" data-notice-text>
				{letter.text}
			</div>
			<div className="refund-letter__actions">
				<button type="button" onClick={copy}>
					{t('letter.copy')}
				</button>
				<a
					className="refund-letter__mail"
					href={mailtoHref(letter)}
					data-notice-mailto
					aria-describedby={`${id}-address`}
					onClick={(event) => {
						if (!ready()) event.preventDefault();
					}}
				>
					{t('letter.mail')}
				</a>
				<p className="refund-letter__address" id={`${id}-address`}>
					{t('letter.noAddress')}
				</p>
				<button type="button" onClick={() => ready() && printLetter()}>
					{t('letter.print')}
				</button>
				<p className="refund-letter__status" role="status">
					{status}
				</p>
			</div>
		</>
	);
}
