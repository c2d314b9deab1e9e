import { useEffect, useState, type ReactNode } from 'react';
import { formatDate, intlLocale, localToday } from '@/rules/dates.ts';
import type { Locale } from '@/rules/edition.ts';
import type { RulesInputErrorCode } from '@/rules/errors.ts';
import { formatAmountInput, formatMoney } from '@/rules/money.ts';
import { substitutionDeadline, type RefundQuote, type RefundRules } from '@/rules/refunds.ts';
import { fill, type Strings } from '@/i18n/strings.ts';
import { readQuery, replaceQuery } from '@/islands/shared/query.ts';
import { ToolActions, type ToolActionsStrings } from '@/islands/shared/ToolActions.tsx';
import { defaultForm, evaluate, formFromQuery, toQuery, withField, type FieldName, type RefundForm } from './state.ts';
import { chargesNoteKey, daysKey, summaryKey, type TierLine } from './wording.ts';

interface Props {
	locale: Locale;
	/** The edition's start date, price, penalty tiers and substitution notice. */
	edition: RefundRules;
	/** The edition's tiers, worded by the page (see `tierLines`). */
	tiers: readonly TierLine[];
	strings: Strings;
	actions: ToolActionsStrings;
}

export default function RefundCalculator({ locale, edition, tiers, strings, actions }: Props) {
	const t = (key: string, values: Record<string, string | number> = {}) => fill(strings[key] ?? key, values);
	const money = (cents: number) => formatMoney(cents, locale);
	const date = (iso: string, style: 'long' | 'full' = 'long') => formatDate(iso, locale, style);
	const percent = (value: number) => new Intl.NumberFormat(intlLocale[locale], { style: 'percent' }).format(value / 100);
	const price = money(edition.priceCents);
	const example = formatAmountInput(edition.priceCents, locale);

	// Today is the reader's, not the build machine's: the form is only filled once hydrated.
	const [form, setForm] = useState<RefundForm | null>(null);
	useEffect(() => setForm(formFromQuery(readQuery(), locale, localToday(), edition)), [locale]);
	useEffect(() => {
		if (form) replaceQuery(toQuery(form, locale, edition));
	}, [form, locale, edition]);

	const shown = form ?? defaultForm(locale, '', edition);
	const evaluation = form ? evaluate(form, locale, edition) : null;
	const errors = evaluation && !evaluation.valid ? evaluation.errors : {};
	const change = (field: FieldName) => (event: { target: { value: string } }) =>
		setForm((current) => withField(current ?? shown, field, event.target.value));

	function message(field: FieldName, code: RulesInputErrorCode): string {
		const keys = [`error.${field}.${code}`, `error.amount.${code}`, 'error.other'];
		const text = t(keys.find((key) => key in strings) ?? 'error.other', { example, price });
		return form?.fromLink.includes(field) ? `${t('error.fromLink')} ${text}` : text;
	}

	function field(name: FieldName, hint: string, input: (describedBy: string, invalid: boolean) => ReactNode) {
		const code = errors[name];
		const describedBy = `refund-${name}-hint${code ? ` refund-${name}-error` : ''}`;
		return (
			<div className="refund__field">
				<label htmlFor={`refund-${name}`}>{t(`${name}.label`)}</label>
				{input(describedBy, Boolean(code))}
				<p className="refund__hint" id={`refund-${name}-hint`}>
					{hint}
				</p>
				{code && (
					<p className="refund__error" id={`refund-${name}-error`}>
						{message(name, code)}
					</p>
				)}
			</div>
		);
	}

	const amountInput = (name: 'paid' | 'bank') => (describedBy: string, invalid: boolean) => (
		<input
			id={`refund-${name}`}
			type="text"
			inputMode="decimal"
			autoComplete="off"
			spellCheck={false}
			value={shown[name]}
			onChange={change(name)}
			aria-invalid={invalid || undefined}
			aria-describedby={describedBy}
		/>
	);

	const quote = evaluation?.valid ? evaluation.quote : null;
	const resultData = quote
		? {
				'data-days-before-start': quote.daysBeforeStart,
				'data-penalty-percent': quote.penaltyPercent,
				'data-penalty-cents': quote.penaltyCents,
				'data-refund-cents': quote.refundCents,
				'data-uncovered-penalty-cents': quote.uncoveredPenaltyCents,
			}
		: evaluation
			? { 'data-error': 'true' }
			: {};

	return (
		<div className="refund" data-ready={form ? 'true' : undefined}>
			<form className="refund__form" noValidate onSubmit={(event) => event.preventDefault()}>
				<fieldset>
					<legend>{t('form.legend')}</legend>
					{field('notice', t('notice.hint'), (describedBy, invalid) => (
						<input
							id="refund-notice"
							type="date"
							value={form && !errors.notice ? form.notice : ''}
							onChange={change('notice')}
							aria-invalid={invalid || undefined}
							aria-describedby={describedBy}
						/>
					))}
					{field('paid', t('paid.hint', { example, price }), amountInput('paid'))}
					{field('bank', t('bank.hint'), amountInput('bank'))}
				</fieldset>
			</form>

			<section className="refund__result" data-result="refund" aria-labelledby="refund-result-heading" {...resultData}>
				<h2 id="refund-result-heading">{t('result.heading')}</h2>
				<p className="refund__summary" aria-live="polite">
					{quote && evaluation?.valid
						? `${t('summary.intro', { date: date(evaluation.request.noticeDate), paid: money(evaluation.request.amountPaidCents) })} ${summary(quote, evaluation.request.bankChargesCents)}`
						: evaluation && t('result.invalid')}
				</p>
				{quote && evaluation?.valid && details(quote, evaluation.request.noticeDate, evaluation.request.amountPaidCents, evaluation.request.bankChargesCents)}
				<p className="refund__writing">{t('writing')}</p>
			</section>

			<ToolActions strings={actions} onReset={() => setForm(defaultForm(locale, localToday(), edition))} />
		</div>
	);

	function summary(q: RefundQuote, bankCents: number): string {
		return t(`summary.${summaryKey(q, bankCents)}`, {
			penalty: money(q.penaltyCents),
			refund: money(q.refundCents),
			charges: money(bankCents),
			remaining: money(q.refundBeforeChargesCents),
			uncovered: money(q.uncoveredPenaltyCents),
		});
	}

	function reading(text: string) {
		return (
			<p className="refund__reading">
				<strong>{t('reading.label')}</strong> {text}
			</p>
		);
	}

	function details(q: RefundQuote, notice: string, paidCents: number, bankCents: number) {
		const days = Math.abs(q.daysBeforeStart);
		const daysText = t(`${daysKey(q.daysBeforeStart)}${q.daysBeforeStart === 0 ? '' : `.${new Intl.PluralRules(intlLocale[locale]).select(days)}`}`, {
			days: new Intl.NumberFormat(intlLocale[locale]).format(days),
			start: date(edition.startDate, 'full'),
		});
		const chargesNote = chargesNoteKey(q, bankCents);
		const substitutionBy = date(substitutionDeadline(edition), 'full');
		const yourTier = tiers.find((line) => line.penaltyPercent === q.penaltyPercent);
		const row = (label: string, value: string, modifier = '') => (
			<div className={`refund__figure${modifier}`}>
				<dt>{label}</dt>
				<dd>{value}</dd>
			</div>
		);
		return (
			<>
				<p className="refund__days">
					{daysText}
					{yourTier && <span className="refund__days-tier">{t('figure.tier', { tier: yourTier.rule })}</span>}
				</p>
				{reading(t('reading.dayCount'))}
				<dl className="refund__figures">
					{row(t('figure.paid'), money(paidCents))}
					{row(t('figure.penalty', { percent: percent(q.penaltyPercent), price }), money(q.penaltyCents))}
					{row(t('figure.remaining'), money(q.refundBeforeChargesCents))}
					{row(t('figure.charges'), money(q.bankChargesAppliedCents))}
					{row(t('figure.refund'), money(q.refundCents), ' refund__figure--total')}
					{q.uncoveredPenaltyCents > 0 &&
						row(t('figure.uncovered'), money(q.uncoveredPenaltyCents), ' refund__figure--uncovered')}
				</dl>
				{chargesNote && (
					<p className="refund__note">
						{t(`note.${chargesNote}`, {
							charges: money(bankCents),
							remaining: money(q.refundBeforeChargesCents),
							refund: money(q.refundCents),
							applied: money(q.bankChargesAppliedCents),
						})}
					</p>
				)}
				{q.penaltyPercent > 0 && reading(t('reading.penalty', { price }))}
				{q.uncoveredPenaltyCents > 0 && reading(t('reading.uncovered'))}
				{bankCents > 0 && reading(t('reading.bank'))}

				<h3>{t('substitution.heading')}</h3>
				<p className={`refund__substitution refund__substitution--${q.substitutionOpen ? 'open' : 'closed'}`}>
					{t(q.substitutionOpen ? 'substitution.open' : 'substitution.closed', { date: substitutionBy })}
				</p>
				{!q.substitutionOpen && reading(t('reading.substitution'))}

				<h3>{t('timeline.heading')}</h3>
				<ol className="refund__timeline">
					{tiers.map((line) => {
						const current = line === yourTier;
						return (
							<li
								key={line.penaltyPercent}
								className={`refund__tier refund__tier--${line.penaltyPercent}`}
								aria-current={current || undefined}
							>
								<span className="refund__tier-dates">{line.dates}</span>
								<span className="refund__tier-rule">{line.rule}</span>
								{current && <strong className="refund__tier-yours">{t('timeline.yours', { date: date(notice) })}</strong>}
							</li>
						);
					})}
				</ol>
			</>
		);
	}

}
