import { useEffect, useId } from 'react';
import { localToday } from '@/rules/dates.ts';
import { bandPosition } from '@/islands/shared/tier-band.ts';
import type { Locale } from '@/rules/edition.ts';
import type { RefundReading } from '@/rules/refunds.ts';
import type { Strings } from '@/i18n/translate.ts';
import { ToolShell, type ToolShellStrings } from '@/islands/shared/ToolShell.tsx';
import { Field } from '@/islands/shared/Field.tsx';
import { useToolState } from '@/islands/shared/useToolState.ts';
import type { RefundEdition } from './props.ts';
import {
	defaultForm,
	evaluate,
	formFromQuery,
	toQuery,
	withField,
	type FieldName,
	type RefundForm,
	type ValidEvaluation,
} from './state.ts';
import { refundText } from './text.ts';
import { RefundAnswer } from './RefundAnswer.tsx';
import { NoticeOpener } from './NoticeOpener.tsx';

const dateInput = { type: 'date' };
/**
 * An amount: a text field (no `type`, the default; a number field would refuse "1 500,00") with
 * the decimal keypad; the prefilled one is selected on focus, so that typing "750" replaces it.
 */
const amountInput = {
	inputMode: 'decimal',
	autoComplete: 'off',
	onFocus: (event: { target: HTMLInputElement }) => event.target.select(),
} as const;

interface Props {
	locale: Locale;
	edition: RefundEdition;
	/** The `refund.*` strings of the page's language, prefix removed, prefilled (`refundStrings`). */
	strings: Strings;
	actions: ToolShellStrings;
}

/**
 * Marks the answer on what the page draws and lists at build time (RefundCalculator.astro): the
 * marker of the timeline (TierTimeline.astro) on the notice date, the tier it falls in as
 * `aria-current`, and only the readings the quote relies on. Without a valid form: no marker, every reading.
 */
function markPage(valid: ValidEvaluation | null) {
	const quote = valid?.quote;
	for (const line of document.querySelectorAll<HTMLElement>('.refund__tier'))
		line.ariaCurrent = line.dataset.tier === String(quote?.tier.index) ? 'true' : null;
	for (const item of document.querySelectorAll<HTMLElement>('[data-reading]'))
		item.hidden = !!quote && !quote.readings.includes(item.dataset.reading as RefundReading);
	const figure = document.querySelector<HTMLElement>('.tier-timeline[data-from]');
	const marker = figure?.querySelector('.tier-timeline__marker');
	if (!figure || !marker) return;
	marker.toggleAttribute('data-placed', !!valid);
	if (!valid) return;
	const x = `${bandPosition({ from: figure.dataset.from!, days: Number(figure.dataset.days) }, valid.request.noticeDate)}%`;
	for (const end of ['x1', 'x2']) marker.firstElementChild!.setAttribute(end, x);
}

/**
 * What the reader typed into the server-rendered fields before the island was ready (a slow
 * phone): it wins over the defaults and the link, so that nothing typed is lost.
 */
function withTypedValues(form: RefundForm, root: HTMLElement | null): RefundForm {
	// Rendered on the server, the tool has no inputs but the form's, each named for its field.
	for (const input of root?.querySelectorAll('input') ?? []) {
		if (input.value !== input.defaultValue) form = withField(form, input.name as FieldName, input.value);
	}
	return form;
}

export default function RefundCalculator({ locale, edition, strings, actions }: Props) {
	const text = refundText(strings, locale, edition);
	const id = useId();
	// Today is the reader's, not the build machine's: the form is only filled once hydrated.
	const tool = useToolState<RefundForm>({
		read: ({ params, root, today }) => withTypedValues(formFromQuery(params, locale, today, edition), root),
		toQuery: (form) => toQuery(form, locale, edition),
		edition,
	});
	const { state: form, today, status } = tool;
	const shown = form ?? defaultForm(locale, '', edition);
	const evaluation = form && today ? evaluate(form, locale, edition, today) : null;
	const valid = evaluation?.valid ? evaluation : null;
	const words = valid && text.answer(valid);
	const verdict = (words ? words.verdict : evaluation && text.t('result.invalid')) || '';
	// After every render: a few attributes, set only where they change.
	useEffect(() => markPage(valid));
	const errors = evaluation && !evaluation.valid ? evaluation.errors : {};
	const change = (field: FieldName) => (value: string) => tool.update((current) => withField(current, field, value));
	const fieldProps = (field: FieldName) => {
		const code = errors[field];
		return {
			id: `${id}-${field}`,
			name: field,
			label: text.t(`${field}.label`),
			hint: text.t(`${field}.hint`),
			error: code && text.error(field, code, shown.fromLink.includes(field)),
			onChange: change(field),
		};
	};

	return (
		<ToolShell
			className="refund"
			tool={tool}
			strings={actions}
			statusLine={(stage) => text.t(`status.${stage}`)}
			// What sending earlier would bring, above the fields: in the first screen of a phone.
			notices={words && words.actNow && <p className="refund__act-now">{words.actNow}</p>}
			inputs={
				<form className="refund__form" noValidate onSubmit={(event) => event.preventDefault()}>
					<fieldset>
						<legend>
							<h2>{text.t('form.legend')}</h2>
						</legend>
						<Field {...fieldProps('notice')} input={dateInput} value={form && !errors.notice ? form.notice : ''} />
						<Field {...fieldProps('paid')} input={amountInput} value={shown.paid} />
						<Field {...fieldProps('bank')} input={amountInput} value={shown.bank} />
					</fieldset>
				</form>
			}
			verdict={{ value: valid ? valid.quote.outcome : evaluation ? 'error' : '', text: verdict }}
			live={words && words.actNow ? `${verdict} ${words.actNow}` : verdict}
			answerId={`${id}-result`}
			answerHeading={text.t('result.heading')}
			after={today && <NoticeOpener id={`${id}-letter`} evaluation={evaluation} text={text} today={today} stage={status!} Field={Field} />}
			onStartAgain={() => tool.update(() => defaultForm(locale, localToday(), edition))}
		>
			<RefundAnswer evaluation={evaluation} words={words} />
		</ToolShell>
	);
}
