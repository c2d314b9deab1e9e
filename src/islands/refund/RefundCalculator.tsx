import { useEffect, useId, useRef } from 'react';
import { localToday } from '@/rules/dates.ts';
import { editionStatus } from '@/rules/status.ts';
import { bandPosition } from '@/islands/shared/tier-band.ts';
import type { Locale } from '@/rules/edition.ts';
import type { Strings } from '@/i18n/translate.ts';
import { ToolActions, type ToolActionsStrings } from '@/islands/shared/ToolActions.tsx';
import { useQueryState } from '@/islands/shared/useQueryState.ts';
import type { RefundEdition, TierLine } from './props.ts';
import { defaultForm, evaluate, fieldNames, formFromQuery, toQuery, withField, type FieldName, type RefundForm } from './state.ts';
import { refundText } from './text.ts';
import { RefundAnswer } from './RefundAnswer.tsx';
import { Field } from './fields.tsx';
import { NoticeOpener } from './NoticeOpener.tsx';

const dateInput = { type: 'date' };
const amountInput = { type: 'text', inputMode: 'decimal', autoComplete: 'off', spellCheck: false } as const;

interface Props {
	locale: Locale;
	edition: RefundEdition;
	/** The edition's tiers, worded by the page (see `tierLines`). */
	tiers: readonly TierLine[];
	/** The `refund.*` strings of the page's language, prefix removed, prefilled (`refundStrings`). */
	strings: Strings;
	actions: ToolActionsStrings;
}

/** Moves the marker of the page's tier timeline (TierTimeline.astro) to the notice date, or hides it. */
function placeNotice(date: string | null) {
	const figure = document.querySelector<HTMLElement>('.tier-timeline[data-from]');
	const marker = figure?.querySelector('.tier-timeline__marker');
	if (!figure || !marker) return;
	marker.toggleAttribute('data-placed', date !== null);
	if (date === null) return;
	const x = `${bandPosition({ from: figure.dataset.from!, days: Number(figure.dataset.days) }, date)}%`;
	for (const end of ['x1', 'x2']) marker.firstElementChild!.setAttribute(end, x);
}

/**
 * What the reader typed into the server-rendered fields before the island was ready (a slow
 * phone): it wins over the defaults and the link, so that nothing typed is lost.
 */
function withTypedValues(form: RefundForm, root: HTMLElement | null): RefundForm {
	for (const field of fieldNames) {
		const input = root?.querySelector<HTMLInputElement>(`input[name="${field}"]`);
		if (input && input.value !== input.defaultValue) form = withField(form, field, input.value);
	}
	return form;
}

export default function RefundCalculator({ locale, edition, tiers, strings, actions }: Props) {
	const text = refundText(strings, locale, edition);
	const id = useId();
	const root = useRef<HTMLDivElement>(null);
	/** Whether the page was opened from a link with figures: then the answer is brought into view. */
	const linked = useRef(false);
	// Today is the reader's, not the build machine's: the form is only filled once hydrated.
	const [form, update] = useQueryState<RefundForm>(
		(params) => {
			linked.current = fieldNames.some((field) => params.has(field));
			return withTypedValues(formFromQuery(params, locale, localToday(), edition), root.current);
		},
		(current) => toQuery(current, locale, edition),
	);
	const hydrated = form !== null;
	useEffect(() => {
		if (hydrated && linked.current) root.current?.querySelector('.refund__result')?.scrollIntoView({ block: 'nearest' });
	}, [hydrated]);
	const shown = form ?? defaultForm(locale, '', edition);
	// Only once hydrated: the reader's today, not the build machine's.
	const today = form && localToday();
	const stage = today ? editionStatus(edition, today) : 'upcoming';
	const evaluation = form ? evaluate(form, locale, edition) : null;
	const noticeDate = evaluation?.valid ? evaluation.request.noticeDate : null;
	useEffect(() => placeNotice(noticeDate), [noticeDate]);
	const errors = evaluation && !evaluation.valid ? evaluation.errors : {};
	const change = (field: FieldName) => (value: string) => update((current) => withField(current, field, value));
	const fieldProps = (field: FieldName) => {
		const code = errors[field];
		return {
			id: `${id}-${field}`,
			name: field,
			label: text.t(`${field}.label`),
			error: code && text.error(field, code, shown.fromLink.includes(field)),
			onChange: change(field),
		};
	};

	return (
		<div className="refund" ref={root} data-ready={form ? 'true' : undefined}>
			{stage !== 'upcoming' && (
				<p className="refund__stage" data-edition-status={stage}>
					{text.t(`status.${stage}`, { tier: tiers.at(-1)!.rule })}
				</p>
			)}
			<form className="refund__form" noValidate onSubmit={(event) => event.preventDefault()}>
				<fieldset>
					<legend>
						<h2>{text.t('form.legend')}</h2>
					</legend>
					<Field
						{...fieldProps('notice')}
						input={dateInput}
						hint={text.t('notice.hint')}
						value={form && !errors.notice ? form.notice : ''}
					/>
					<Field {...fieldProps('paid')} input={amountInput} hint={text.t('paid.hint')} value={shown.paid} />
					<Field {...fieldProps('bank')} input={amountInput} hint={text.t('bank.hint')} value={shown.bank} />
				</fieldset>
			</form>
			<RefundAnswer id={`${id}-result`} evaluation={evaluation} tiers={tiers} text={text} />
			<ToolActions strings={actions} onReset={() => update(() => defaultForm(locale, localToday(), edition))} />
			{today && (
				<NoticeOpener id={`${id}-letter`} evaluation={evaluation} tiers={tiers} text={text} today={today} stage={stage} Field={Field} />
			)}
		</div>
	);
}
