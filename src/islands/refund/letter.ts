/**
 * The written notice the reader can send, in the first person and in the page's language: their
 * request, the course, the date and, for a cancellation, the figures this site computes. Pure text;
 * the writer (NoticeWriter) shows it for the reader to edit.
 */
import type { RequestQuote, RefundRequest } from '@/rules/refunds.ts';
import type { RefundText } from './text.ts';

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
	/** Where the reader writes from, for the date line; may stay empty. */
	place: string;
}

export type LetterField = 'name' | 'other' | 'place';
export type LetterErrors = Partial<Record<LetterField, 'required' | 'tooLong'>>;

/** A substitution or a transfer is only offered while its notice is still in time. */
export function effectiveRequest(form: LetterForm, substitutionOpen: boolean): NoticeRequest {
	return substitutionOpen ? form.request : 'cancel';
}

export function letterErrors(form: LetterForm, substitutionOpen: boolean): LetterErrors {
	const errors: LetterErrors = {};
	const check = (field: LetterField, required: boolean) => {
		const value = form[field].trim();
		if (!value && required) errors[field] = 'required';
		else if (value.length > nameMaxLength) errors[field] = 'tooLong';
	};
	check('name', true);
	check('place', false);
	if (effectiveRequest(form, substitutionOpen) !== 'cancel') check('other', true);
	return errors;
}

export interface Letter {
	subject: string;
	/** Date line, address, subject line and body, as the reader copies, mails or prints it. */
	text: string;
}

/** "3 calendar days before the start of the course, on …": when the notice comes, to sit inside a sentence. */
function noticeTiming(quote: RequestQuote, text: RefundText): string {
	const count = quote.daysBeforeStart;
	if (count === 0) return text.t('letter.days.startDay');
	return text.plural(count > 0 ? 'letter.days.before' : 'letter.days.after', Math.abs(count));
}

/**
 * The letter. A field left empty leaves no trace in it (no "[name]", no dangling "candidate: ."),
 * and a cancellation states only what the reader's payment covers: the penalty withheld from it,
 * never a part of the penalty it does not cover.
 */
export function noticeLetter(form: LetterForm, quote: RequestQuote, request: Required<RefundRequest>, text: RefundText): Letter {
	const { t } = text;
	const kind = effectiveRequest(form, quote.substitutionOpen);
	const name = form.name.trim();
	const other = form.other.trim();
	const place = form.place.trim();
	const date = text.date(request.noticeDate);
	const subject = t(`letter.subject.${kind}`);
	const withheldCents = request.amountPaidCents - quote.refundBeforeChargesCents;
	const figure = (key: string, cents: number) => t('letter.figure', { label: t(`letter.figure.${key}`), value: text.money(cents) });
	// French letter layout: the addressee, then the place and date, then the subject line.
	const lines = [
		t('letter.address'),
		'',
		place ? t('letter.placeDate', { place, date }) : t('letter.dateOnly', { date }),
		'',
		t('letter.subjectLine', { subject }),
		'',
		t('letter.greeting'),
		'',
		t(`letter.body.${kind}`, { other: other ? t(`letter.other.${kind}`, { other }) : '' }),
		'',
		...(request.amountPaidCents > 0 ? [t('letter.paid', { paid: text.money(request.amountPaidCents) }), ''] : []),
		...(kind === 'cancel'
			? [
					t('letter.policy', { when: noticeTiming(quote, text) }),
					...(withheldCents > 0 ? [figure('withheld', withheldCents)] : []),
					...(quote.bankChargesAppliedCents > 0 ? [figure('charges', quote.bankChargesAppliedCents)] : []),
					figure('refund', quote.refundCents),
					t('letter.confirm.cancel'),
				]
			: [t('letter.inTime'), t('letter.confirm.withdraw')]),
		'',
		t('letter.closing'),
		...(name ? [name] : []),
	];
	return { subject, text: lines.join('\n') };
}

/** An e-mail to write, with no address (the course page gives none): the letter's subject, and its text as the reader left it. */
export function mailtoHref(subject: string, body: string): string {
	return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
}
