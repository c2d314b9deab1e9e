/**
 * The written notice the reader can send: their request, the course, the date and the figures
 * this site computes, in the page's language. Pure text; the writer (NoticeWriter) shows it.
 */
import type { RefundQuote, RefundRequest } from '@/rules/refunds.ts';
import type { RefundText } from './text.ts';
import type { TierLine } from './props.ts';

export type NoticeRequest = 'cancel' | 'substitute' | 'transfer';
export const noticeRequests: readonly NoticeRequest[] = ['cancel', 'substitute', 'transfer'];

/** Longer than any real name or course title: a longer text is a paste gone wrong. */
export const nameMaxLength = 200;

export interface LetterForm {
	request: NoticeRequest;
	/** The reader's own name. */
	name: string;
	/** The substitute's name, or the course applied to instead. */
	other: string;
}

export type LetterField = 'name' | 'other';
export type LetterErrors = Partial<Record<LetterField, 'required' | 'tooLong'>>;

/** A substitution or a transfer is only offered while its notice is still in time. */
export function effectiveRequest(form: LetterForm, substitutionOpen: boolean): NoticeRequest {
	return substitutionOpen ? form.request : 'cancel';
}

export function letterErrors(form: LetterForm, substitutionOpen: boolean): LetterErrors {
	const errors: LetterErrors = {};
	const check = (field: LetterField) => {
		const value = form[field].trim();
		if (!value) errors[field] = 'required';
		else if (value.length > nameMaxLength) errors[field] = 'tooLong';
	};
	check('name');
	if (effectiveRequest(form, substitutionOpen) !== 'cancel') check('other');
	return errors;
}

export interface Letter {
	subject: string;
	/** The letter without its subject line, as an e-mail body. */
	body: string;
	/** Subject line and body, as the reader copies or prints it. */
	text: string;
}

export function noticeLetter(
	form: LetterForm,
	quote: RefundQuote,
	request: Required<RefundRequest>,
	tiers: readonly TierLine[],
	text: RefundText,
): Letter {
	const { t } = text;
	const kind = effectiveRequest(form, quote.substitutionOpen);
	const words = text.answer(quote, request);
	const name = form.name.trim() || t('letter.blank');
	const tier = tiers.find((line) => line.index === quote.tier.index)?.rule ?? '';
	const subject = t(`letter.subject.${kind}`);
	const lines = [
		t('letter.greeting'),
		'',
		t(`letter.body.${kind}`, { name, other: form.other.trim() }),
		'',
		t('letter.date', { date: text.date(request.noticeDate) }),
		t('letter.paid', { paid: text.money(request.amountPaidCents) }),
		...(kind === 'cancel' ? [] : [t('letter.inTime')]),
		'',
		t(kind === 'cancel' ? 'letter.policy.cancel' : 'letter.policy.withdraw', { tier, when: words.days }),
		...words.figures.map((figure) => t('letter.figure', { label: figure.label, value: figure.value })),
		t('letter.confirm'),
		'',
		t('letter.closing'),
		name,
	];
	const body = lines.join('\n');
	return { subject, body, text: `${t('letter.subjectLine', { subject })}\n\n${body}` };
}

/** An e-mail to write, with no address: the course page gives none. */
export function mailtoHref(letter: Letter): string {
	return `mailto:?subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(letter.body.replace(/\n/g, '\r\n'))}`;
}
