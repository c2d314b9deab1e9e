/**
 * The notice writer, loaded when the reader opens it: their request, name and place, then the
 * letter with the figures of the answer, which the reader may edit, and ways to send it as edited.
 * Nothing typed here leaves the browser or enters the URL.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { EditionStatus } from '@/rules/status.ts';
import type { Evaluation } from './state.ts';
import type { RefundText } from './text.ts';
import type { Field } from '@/islands/shared/Field.tsx';
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

/**
 * Prints the letter alone, as the reader left it: on a sheet of its own at the end of the body, the
 * only thing shown while printing (refund.css), so that nothing else of the page takes room on paper.
 */
function printLetter(letter: string) {
	const root = document.documentElement;
	const sheet = document.body.appendChild(document.createElement('div'));
	sheet.className = 'refund-letter-sheet';
	sheet.textContent = letter;
	const done = () => {
		root.classList.remove(printingLetter);
		sheet.remove();
		removeEventListener('afterprint', done);
	};
	root.classList.add(printingLetter);
	addEventListener('afterprint', done);
	print();
}

/**
 * The letter as the reader may edit it: the whole letter in view, never a scroller inside the
 * page, as tall as its text at the width it has (refitted when the window's width changes).
 */
function LetterText({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
	const area = useRef<HTMLTextAreaElement>(null);
	const fit = () => {
		const element = area.current;
		// Hidden (the page printing, say), it has no size to fit.
		if (!element?.clientWidth) return;
		// Collapsing it to measure may clamp the page's scroll near its end: the reader's place is put back.
		const top = scrollY;
		element.style.height = 'auto';
		element.style.height = `${element.scrollHeight + element.offsetHeight - element.clientHeight}px`;
		scrollTo({ top });
	};
	useLayoutEffect(fit, [value]);
	useEffect(() => {
		addEventListener('resize', fit);
		return () => removeEventListener('resize', fit);
	}, []);
	return (
		<textarea
			ref={area}
			id={id}
			className="refund-letter__text"
			data-notice-text
			aria-describedby={`${id}-hint`}
			value={value}
			onChange={(event) => onChange(event.target.value)}
		/>
	);
}

export default function NoticeWriter({ evaluation, text, today, stage, Field }: Props) {
	const { t } = text;
	const id = useId();
	const [form, setForm] = useState<LetterForm>({ request: 'cancel', name: '', other: '', place: '' });
	const [touched, setTouched] = useState<Partial<Record<LetterField, boolean>>>({});
	/** The text as the reader edited it; null while it follows the fields and the answer. */
	const [edited, setEdited] = useState<string | null>(null);
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
	const letter = noticeLetter(form, quote, request, text);
	const letterText = edited ?? letter.text;
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
		setTouched({ name: true, other: true, place: true });
		setStatus(t('letter.incomplete'));
		document.getElementById(`${id}-${(['name', 'other', 'place'] as const).find((field) => errors[field])}`)?.focus();
		return false;
	};
	async function copy() {
		if (!ready()) return;
		try {
			await navigator.clipboard.writeText(letterText);
			setStatus(t('letter.copied'));
		} catch {
			setStatus(t('letter.copyFailed'));
		}
	}
	const field = (name: LetterField, label: string) => (
		<Field
			id={`${id}-${name}`}
			name={`notice-${name}`}
			label={label}
			input={textInput}
			value={form[name]}
			error={errorText(name)}
			onChange={change(name)}
		/>
	);

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
				{field('name', t('letter.name.label'))}
				{kind !== 'cancel' && field('other', t(`letter.${kind}.label`))}
				{field('place', t('letter.place.label'))}
			</form>
			<label className="refund-letter__label" htmlFor={`${id}-text`}>
				{t('letter.textLabel')}
			</label>
			<p className="tool-field__hint" id={`${id}-text-hint`}>
				{t(edited === null ? 'letter.editHint' : 'letter.editedHint')}
			</p>
			<LetterText
				id={`${id}-text`}
				value={letterText}
				onChange={(value) => {
					setEdited(value);
					setStatus('');
				}}
			/>
			<div className="refund-letter__actions">
				{edited !== null && (
					<button type="button" onClick={() => setEdited(null)}>
						{t('letter.rewrite')}
					</button>
				)}
				<button type="button" onClick={copy}>
					{t('letter.copy')}
				</button>
				<a
					className="refund-letter__mail"
					href={mailtoHref(letter.subject, letterText)}
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
				<button type="button" onClick={() => ready() && printLetter(letterText)}>
					{t('letter.print')}
				</button>
				<p className="refund-letter__status" role="status">
					{status}
				</p>
			</div>
		</>
	);
}
