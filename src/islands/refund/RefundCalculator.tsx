import { useId } from 'react';
import { localToday } from '@/rules/dates.ts';
import { editionStatus } from '@/rules/status.ts';
import type { Locale } from '@/rules/edition.ts';
import type { Strings } from '@/i18n/translate.ts';
import { ToolActions, type ToolActionsStrings } from '@/islands/shared/ToolActions.tsx';
import { useQueryState } from '@/islands/shared/useQueryState.ts';
import type { RefundEdition } from './edition.ts';
import { defaultForm, evaluate, formFromQuery, toQuery, withField, type FieldName, type RefundForm } from './state.ts';
import { refundText } from './text.ts';
import type { TierLine } from './tiers.ts';
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

export default function RefundCalculator({ locale, edition, tiers, strings, actions }: Props) {
	const text = refundText(strings, locale, edition);
	const id = useId();
	// Today is the reader's, not the build machine's: the form is only filled once hydrated.
	const [form, update] = useQueryState<RefundForm>(
		(params) => formFromQuery(params, locale, localToday(), edition),
		(current) => toQuery(current, locale, edition),
	);
	const shown = form ?? defaultForm(locale, '', edition);
	// Only once hydrated: the reader's today, not the build machine's.
	const today = form && localToday();
	const evaluation = form ? evaluate(form, locale, edition) : null;
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
		<div className="refund" data-ready={form ? 'true' : undefined}>
			<form className="refund__form" noValidate onSubmit={(event) => event.preventDefault()}>
				<fieldset>
					<legend>{text.t('form.legend')}</legend>
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
				<NoticeOpener
					id={`${id}-letter`}
					evaluation={evaluation}
					tiers={tiers}
					text={text}
					today={today}
					stage={editionStatus(edition, today)}
					Field={Field}
				/>
			)}
		</div>
	);
}
