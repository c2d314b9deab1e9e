import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import RefundCalculator from '@/islands/refund/RefundCalculator.tsx';
import { createFormat } from '@/i18n/format.ts';
import { catalogs, data, openCalculator, plain, props } from './helpers.ts';
import { edition2031 } from '../../fixtures/editions.ts';

/** A date with its weekday, as Intl writes it on this platform (with or without a comma). */
const full = (iso: string, locale: 'en' | 'fr' = 'en') => plain(createFormat(locale, 'EUR').date(iso, 'full'));
const withoutYear = (iso: string, locale: 'en' | 'fr' = 'en') => plain(createFormat(locale, 'EUR').date(iso, 'fullWithoutYear'));

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['Date'] });
	// Late evening on the reader's clock: "today" must be this calendar day, not UTC's.
	vi.setSystemTime(new Date(2020, 9, 30, 23, 30));
});
afterEach(() => {
	cleanup();
	vi.useRealTimers();
});

type Field = 'notice' | 'paid' | 'bank';
/** A field found as a reader finds it: by its label, in either language. */
function input(name: Field): HTMLInputElement {
	const labels = [catalogs.en[`refund.${name}.label`], catalogs.fr[`refund.${name}.label`]];
	const label = [...document.querySelectorAll('label')].find((each) => labels.includes(each.textContent ?? ''));
	return document.getElementById(label!.htmlFor) as HTMLInputElement;
}
/** What the field's aria-describedby points to. */
const descriptions = (name: Field) =>
	(input(name).getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id));
const hintOf = (name: Field) => descriptions(name).find((element) => element?.classList.contains('refund__hint')) ?? null;
const errorOf = (name: Field) => descriptions(name).find((element) => element?.classList.contains('refund__error')) ?? null;
const type = (name: 'notice' | 'paid' | 'bank', value: string) => fireEvent.change(input(name), { target: { value } });
const summary = () => plain(document.querySelector('.refund__summary')?.textContent);
const pageText = () => plain(document.body.textContent);
const numbers = (days: number, percent: number, penalty: number, refund: number, uncovered: number) => ({
	'data-days-before-start': String(days),
	'data-penalty-percent': String(percent),
	'data-penalty-cents': String(penalty),
	'data-refund-cents': String(refund),
	'data-uncovered-penalty-cents': String(uncovered),
});

/** No key or placeholder of the string catalogue may leak into what the reader sees. */
function expectNoRawStrings() {
	expect(pageText()).not.toMatch(/\{\w+\}/);
	expect(pageText()).not.toMatch(
		/\b(form|notice|paid|bank|error|result|summary|days|tier|figure|note|reading|substitution|timeline)\.[a-z]/,
	);
}

describe('before hydration', () => {
	it('renders no date and no answer, so the build day is never baked in', () => {
		const html = renderToString(<RefundCalculator {...props('en')} />);
		expect(html).not.toContain('2020-10-30');
		expect(html).not.toMatch(/data-(error|days-before-start|refund-cents)/);
		expect(html).toContain('value="1,500.00"');
		expect(html).toContain('data-result="refund"');
	});
});

describe('defaults', () => {
	it('opens with today on the reader’s calendar, the full price and no bank charges', () => {
		const { result } = openCalculator('en');
		expect(input('notice').value).toBe('2020-10-30');
		expect(input('paid').value).toBe('1,500.00');
		expect(input('bank').value).toBe('0.00');
		expect(input('paid').inputMode).toBe('decimal');
		expect(data(result())).toEqual(numbers(10, 50, 75_000, 75_000, 0));
		expect(location.search).toBe('?notice=2020-10-30&paid=1500.00&bank=0.00');
	});

	it('reminds the reader that notice must be given in writing', () => {
		openCalculator('en');
		expect(pageText()).toContain('only a written notice counts');
		expect(descriptions('notice')).toHaveLength(1);
		expect(hintOf('notice')?.textContent).toContain('in writing');
	});
});

describe('each tier', () => {
	it('14 days before: no penalty, everything back, substitution still open', () => {
		const { result } = openCalculator('en', 'notice=2020-10-26');
		expect(data(result())).toEqual(numbers(14, 0, 0, 150_000, 0));
		expect(summary()).toBe(
			'If your written notice is dated 26 October 2020 and you paid €1,500.00, you pay no penalty and get €1,500.00 back.',
		);
		expect(pageText()).toContain(`14 calendar days before the start on ${full('2020-11-09')}`);
		expect(pageText()).toContain(`notify the Centre in writing on or before ${full('2020-10-26')}`);
		expect(pageText()).not.toContain('the penalty is a share of the course price');
		const current = document.querySelector('[aria-current="true"]')!;
		expect(plain(current.textContent)).toContain(`On or before ${full('2020-10-26')}`);
		expect(plain(current.textContent)).toContain('14 days or more before the start: no penalty');
		expect(plain(current.textContent)).toContain('Your notice (26 October 2020) falls here.');
		expectNoRawStrings();
	});

	it('13 days before: half the price, and transfer or substitution is closed', () => {
		const { result } = openCalculator('en', 'notice=2020-10-27');
		expect(data(result())).toEqual(numbers(13, 50, 75_000, 75_000, 0));
		expect(summary()).toBe(
			'If your written notice is dated 27 October 2020 and you paid €1,500.00, you pay a penalty of €750.00 and get €750.00 back.',
		);
		expect(pageText()).toContain(`was ${full('2020-10-26')}. It is time to contact the Centre.`);
		expect(pageText()).toContain('after that date this site promises nothing about a transfer or a substitution');
		expect(pageText()).toContain('the penalty is a share of the course price (€1,500.00), not of the amount paid');
		const current = document.querySelector('[aria-current="true"]')!;
		expect(plain(current.textContent)).toContain(`${withoutYear('2020-10-27')} to ${full('2020-11-01')}`);
		expect(plain(current.textContent)).toContain('8 to 13 days before the start: a penalty of 50% of the course price (€750.00)');
		expectNoRawStrings();
	});

	it('8 days before is still the 50 % tier', () => {
		expect(data(openCalculator('en', 'notice=2020-11-01').result())).toEqual(numbers(8, 50, 75_000, 75_000, 0));
	});

	it('7 days before: the whole price, nothing back', () => {
		const { result } = openCalculator('en', 'notice=2020-11-02');
		expect(data(result())).toEqual(numbers(7, 100, 150_000, 0, 0));
		expect(summary()).toBe(
			'If your written notice is dated 2 November 2020 and you paid €1,500.00, you pay a penalty of €1,500.00 and get nothing back.',
		);
		expect(plain(document.querySelector('[aria-current="true"]')?.textContent)).toContain(`From ${full('2020-11-02')}`);
		expect(document.querySelectorAll('.refund__timeline > li')).toHaveLength(3);
		expect(document.querySelectorAll('[aria-current]')).toHaveLength(1);
	});

	it('on the start day and after it', () => {
		openCalculator('en', 'notice=2020-11-09');
		expect(pageText()).toContain(`On the start day itself, ${full('2020-11-09')}`);
		cleanup();
		const { result } = openCalculator('en', 'notice=2020-11-10');
		expect(data(result())).toEqual(numbers(-1, 100, 150_000, 0, 0));
		expect(pageText()).toContain(`1 calendar day after the start on ${full('2020-11-09')}`);
	});
});

describe('payments and bank charges', () => {
	it('words the example of the brief exactly', () => {
		const { result } = openCalculator('en', 'notice=2020-10-30&paid=1000&bank=20');
		expect(data(result())).toEqual(numbers(10, 50, 75_000, 23_000, 0));
		expect(summary()).toBe(
			'If your written notice is dated 30 October 2020 and you paid €1,000.00, you pay a penalty of €750.00 and get €230.00 back after €20.00 of bank charges.',
		);
		expect(pageText()).toContain('bank charges are deducted only from a refund, and never make it negative');
	});

	it('shows the penalty not covered by a partial payment as a figure', () => {
		const { result } = openCalculator('en', 'notice=2020-10-30&paid=500');
		expect(data(result())).toEqual(numbers(10, 50, 75_000, 0, 25_000));
		expect(summary()).toBe(
			'If your written notice is dated 30 October 2020 and you paid €500.00, the penalty of €750.00 is €250.00 more than you paid, and you get nothing back.',
		);
		const uncovered = document.querySelector('.refund__figure--uncovered')!;
		expect(plain(uncovered.textContent)).toBe('Penalty not covered by your payment€250.00');
		expect(pageText()).toContain('it cannot tell you what the Centre will do about it');
	});

	it('does not show an uncovered penalty when the payment covers it', () => {
		openCalculator('en', 'notice=2020-10-30&paid=750');
		expect(document.querySelector('.refund__figure--uncovered')).toBeNull();
		expect(summary()).toContain('you pay a penalty of €750.00 and get nothing back.');
	});

	it('makes the refund 0, not negative, when bank charges exceed what remains, and says why', () => {
		const { result } = openCalculator('en', 'notice=2020-10-30&paid=760&bank=25');
		expect(data(result())).toEqual(numbers(10, 50, 75_000, 0, 0));
		expect(result().hasAttribute('data-error')).toBe(false);
		expect(input('bank').hasAttribute('aria-invalid')).toBe(false);
		expect(summary()).toContain(
			'you pay a penalty of €750.00, and bank charges of €25.00 use up the €10.00 left, so you get nothing back.',
		);
		expect(plain(document.querySelector('.refund__note')?.textContent)).toBe(
			'Your bank charges (€25.00) are not less than the €10.00 left to refund, so the refund is €0.00: only €10.00 of them is deducted.',
		);
	});

	it('says that no charges are deducted when nothing is left to refund', () => {
		openCalculator('en', 'notice=2020-11-02&bank=20');
		expect(plain(document.querySelector('.refund__note')?.textContent)).toBe('Nothing is left to refund, so no bank charges are deducted.');
	});

	it('words the no-penalty variants', () => {
		openCalculator('en', 'notice=2020-10-01&paid=1500&bank=20');
		expect(summary()).toContain('you pay no penalty and get €1,480.00 back after €20.00 of bank charges.');
		type('paid', '10');
		expect(summary()).toContain('you pay no penalty, but bank charges of €20.00 use up the €10.00 to refund, so you get nothing back.');
		type('paid', '0');
		type('bank', '0');
		expect(summary()).toContain('you pay no penalty and there is nothing to refund.');
	});
});

describe('bad input', () => {
	function expectError(name: 'notice' | 'paid' | 'bank', message: string) {
		const field = input(name);
		expect(field.getAttribute('aria-invalid')).toBe('true');
		expect(hintOf(name)).not.toBeNull();
		expect(plain(errorOf(name)?.textContent)).toBe(message);
		const result = document.querySelector<HTMLElement>('[data-result="refund"]')!;
		expect(data(result)).toEqual({ 'data-error': 'true' });
		// The last valid answer is gone, not left on screen as if current.
		expect(result.querySelector('.refund__figures, .refund__timeline')).toBeNull();
		expect(summary()).toBe('No result while a field above needs correcting: fix it and the answer appears here.');
	}

	it.each([
		['paid', '', 'Enter the amount you paid, for example 1,500.00.'],
		['paid', 'abc', 'Type the amount in euros with digits, for example 1,500.00.'],
		['paid', '-5', 'An amount cannot be negative.'],
		['paid', '100.005', 'Use at most two decimals (cents).'],
		['paid', '1,500.01', 'The amount paid cannot be more than the course price, €1,500.00.'],
		['paid', '1 500,50', 'Type the amount in euros with digits, for example 1,500.00.'],
		['bank', '', 'Enter the bank charges, or 0 if there are none.'],
		['bank', '12 euros', 'Type the bank charges in euros with digits, for example 1,500.00.'],
		['bank', '−3', 'An amount cannot be negative.'],
		['bank', '0.001', 'Use at most two decimals (cents).'],
		['notice', '', 'Enter the date of your written notice.'],
	] as const)('%s = %j: a message next to the field, then recovery', (name, value, message) => {
		const { result } = openCalculator('en', 'notice=2020-10-27');
		type(name, value);
		expectError(name, message);
		expect(screen.getByRole('region', { name: 'What you would get back' })).toBe(result());
		type(name, name === 'notice' ? '2020-10-27' : '20');
		expect(input(name).hasAttribute('aria-invalid')).toBe(false);
		expect(descriptions(name)).toEqual([hintOf(name)]);
		expect(errorOf(name)).toBeNull();
		expect(document.querySelector('.refund__error')).toBeNull();
		expect(result().getAttribute('data-penalty-percent')).toBe('50');
		expect(result().hasAttribute('data-error')).toBe(false);
		expectNoRawStrings();
	});

	it('shows every wrong field at once', () => {
		openCalculator('en');
		type('paid', 'x');
		type('bank', '-1');
		expect(input('paid').getAttribute('aria-invalid')).toBe('true');
		expect(input('bank').getAttribute('aria-invalid')).toBe('true');
		type('paid', '1500');
		expect(input('bank').getAttribute('aria-invalid')).toBe('true');
		expect(data(document.querySelector<HTMLElement>('[data-result="refund"]')!)).toEqual({ 'data-error': 'true' });
	});
});

describe('a tampered link', () => {
	it('says which values of the link cannot be used, and renders nothing from it as HTML', () => {
		const { result, container } = openCalculator(
			'en',
			`notice=2020-02-30&paid=${encodeURIComponent('<img src=x onerror=alert(1)>')}&bank=1.234`,
		);
		expect(data(result())).toEqual({ 'data-error': 'true' });
		expect(input('notice').value).toBe('');
		expect(plain(errorOf('notice')?.textContent)).toBe(
			'The link you opened gives a value that cannot be used. This date does not exist on the calendar: enter a real date.',
		);
		expect(input('paid').value).toBe('<img src=x onerror=alert(1)>');
		expect(container.querySelector('img')).toBeNull();
		expect(plain(errorOf('paid')?.textContent)).toBe(
			'The link you opened gives a value that cannot be used. Type the amount in euros with digits, for example 1,500.00.',
		);
		expect(plain(errorOf('bank')?.textContent)).toBe(
			'The link you opened gives a value that cannot be used. Use at most two decimals (cents).',
		);
		// The link keeps its values until the reader replaces them.
		expect(new URLSearchParams(location.search).get('notice')).toBe('2020-02-30');

		type('notice', '2020-10-26');
		type('paid', '1500');
		type('bank', '0');
		expect(data(result())).toEqual(numbers(14, 0, 0, 150_000, 0));
		expect(location.search).toBe('?notice=2020-10-26&paid=1500.00&bank=0.00');
	});

	it.each([
		['notice=', 'notice', 'Enter the date of your written notice.'],
		['notice=26/10/2020', 'notice', 'This date does not exist on the calendar: enter a real date.'],
		['paid=', 'paid', 'Enter the amount you paid, for example 1,500.00.'],
		['paid=-1', 'paid', 'An amount cannot be negative.'],
		['paid=1,500.00', 'paid', 'Type the amount in euros with digits, for example 1,500.00.'],
		['paid=99999', 'paid', 'The amount paid cannot be more than the course price, €1,500.00.'],
		['bank=abc', 'bank', 'Type the bank charges in euros with digits, for example 1,500.00.'],
	] as const)('?%s', (query, name, message) => {
		const { result } = openCalculator('en', query);
		expect(result().getAttribute('data-error')).toBe('true');
		expect(plain(errorOf(name)?.textContent)).toContain(message);
	});
});

describe('the link', () => {
	it('follows every change in the canonical form', () => {
		openCalculator('en', 'notice=2020-10-30');
		type('paid', '1,000.5');
		type('bank', '20');
		expect(location.search).toBe('?notice=2020-10-30&paid=1000.50&bank=20.00');
		type('notice', '2020-11-01');
		expect(new URLSearchParams(location.search).get('notice')).toBe('2020-11-01');
	});

	it('opens the same answer in the other language', () => {
		const english = openCalculator('en', 'notice=2020-10-30&paid=1000.50&bank=20');
		const answer = data(english.result());
		const search = location.search;
		cleanup();
		const french = openCalculator('fr', search.slice(1));
		expect(data(french.result())).toEqual(answer);
		expect(location.search).toBe(search);
	});

	it('is reset to the defaults by Reset', () => {
		const { result } = openCalculator('en', 'notice=2020-11-02&paid=10&bank=x');
		fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
		expect(input('paid').value).toBe('1,500.00');
		expect(input('bank').value).toBe('0.00');
		expect(input('notice').value).toBe('2020-10-30');
		expect(data(result())).toEqual(numbers(10, 50, 75_000, 75_000, 0));
		expect(location.search).toBe('?notice=2020-10-30&paid=1500.00&bank=0.00');
	});

	it('is copied by Copy link', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		openCalculator('en', 'notice=2020-10-30');
		await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
		expect(writeText).toHaveBeenCalledWith(location.href);
		expect(location.href).toContain('notice=2020-10-30&paid=1500.00&bank=0.00');
	});
});

describe('in French', () => {
	it('reads French amounts and writes money, dates and percentages the French way', () => {
		const { result } = openCalculator('fr', 'notice=2020-10-30');
		expect(input('paid').value).toBe('1\u202f500,00');
		type('paid', '1 000,50');
		type('bank', '20,5');
		expect(data(result())).toEqual(numbers(10, 50, 75_000, 23_000, 0));
		expect(summary()).toBe(
			'Si votre notification écrite est datée du 30 octobre 2020 et que vous avez payé 1 000,50 €, vous payez une pénalité de 750,00 € et récupérez 230,00 €, après déduction de 20,50 € de frais bancaires.',
		);
		expect(pageText()).toContain(`10 jours calendaires avant le début, le ${full('2020-11-09', 'fr')}`);
		expect(pageText()).toContain('De 8 à 13 jours avant le début : une pénalité de 50 % du prix du cours, soit 750,00 €');
		expect(pageText()).toContain(`Du ${withoutYear('2020-10-27', 'fr')} au ${full('2020-11-01', 'fr')}`);
		expect(pageText()).toContain('Il est temps de contacter le Centre.');
		expect(location.search).toBe('?notice=2020-10-30&paid=1000.50&bank=20.50');
		expectNoRawStrings();
	});

	it('gives its messages in French', () => {
		openCalculator('fr', 'notice=2020-10-26');
		type('paid', '1,500.50');
		expect(plain(errorOf('paid')?.textContent)).toBe('Saisissez le montant en euros, en chiffres, par exemple 1 500,00.');
		type('paid', '1600');
		expect(plain(errorOf('paid')?.textContent)).toBe('Le montant payé ne peut pas dépasser le prix du cours, soit 1 500,00 €.');
		type('notice', '');
		expect(plain(errorOf('notice')?.textContent)).toBe('Indiquez la date de votre notification écrite.');
		expect(summary()).toContain('Pas de résultat tant qu’un champ ci-dessus est à corriger');
		type('notice', '2020-10-26');
		type('paid', '1 500');
		expect(summary()).toContain('vous ne payez aucune pénalité et récupérez 1 500,00 €.');
		expect(pageText()).toContain(`prévenez le Centre par écrit au plus tard le ${full('2020-10-26', 'fr')}`);
		expect(within(document.querySelector('.refund__timeline')!).getByText(/Du lundi 26 octobre 2020 au plus tard/)).toBeTruthy();
	});
});

describe('another edition', () => {
	it('takes its dates, price, four tiers and 21 days of substitution notice from the record it is given', () => {
		const { result } = openCalculator('en', 'notice=2031-02-20', edition2031);
		expect(data(result())).toEqual(numbers(19, 60, 145_800, 97_200, 0));
		expect(input('paid').value).toBe('2,430.00');
		expect(summary()).toBe(
			'If your written notice is dated 20 February 2031 and you paid €2,430.00, you pay a penalty of €1,458.00 and get €972.00 back.',
		);
		expect(pageText()).toContain(`19 calendar days before the start on ${full('2031-03-11')}`);
		expect(pageText()).toContain(`was ${full('2031-02-18')}`);
		expect(document.querySelectorAll('.refund__timeline > li')).toHaveLength(4);
		const current = plain(document.querySelector('[aria-current="true"]')?.textContent);
		expect(current).toContain('10 to 19 days before the start: a penalty of 60% of the course price (€1,458.00)');
		expect(pageText()).not.toMatch(/1,500\.00|50%|2020/);
		cleanup();
		openCalculator('en', 'notice=2031-02-18', edition2031);
		expect(pageText()).toContain(`notify the Centre in writing on or before ${full('2031-02-18')}`);
		expect(plain(document.querySelector('[aria-current="true"]')?.textContent)).toContain('a penalty of 25%');
	});
});
