import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import RefundCalculator from '@/islands/refund/RefundCalculator.tsx';
import { createFormat } from '@/i18n/format.ts';
import { catalogs, data, openCalculator, plain, props } from './helpers.ts';
import { edition2031 } from '../../fixtures/editions.ts';

/** A date with its weekday, as Intl writes it on this platform (with or without a comma). */
const full = (iso: string, locale: 'en' | 'fr' = 'en') => plain(createFormat(locale, 'EUR').date(iso, 'full'));

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
const hintOf = (name: Field) => descriptions(name).find((element) => element?.classList.contains('tool-field__hint')) ?? null;
const errorOf = (name: Field) => descriptions(name).find((element) => element?.classList.contains('tool-field__error')) ?? null;
const type = (name: 'notice' | 'paid' | 'bank', value: string) => fireEvent.change(input(name), { target: { value } });
/** The one-line verdict, with what sending earlier would bring when it would. */
const verdict = () => plain(document.querySelector('[data-verdict] > span')?.textContent);
/** What sending the notice earlier would bring, said above the fields. */
const actNow = () => plain(document.querySelector('.refund__act-now')?.textContent) || null;
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
		expect(descriptions('notice')).toHaveLength(1);
		expect(hintOf('notice')?.textContent).toContain('in writing');
	});
});

describe('each tier', () => {
	it('14 days before: no penalty, everything back, substitution still open', () => {
		const { result } = openCalculator('en', 'notice=2020-10-26');
		expect(data(result())).toEqual(numbers(14, 0, 0, 150_000, 0));
		expect(verdict()).toBe('You pay no penalty and get €1,500.00 back.');
		expect(pageText()).toContain(`14 calendar days before the start of the course (${full('2020-11-09')})`);
		expect(pageText()).toContain(`notify the Centre in writing on or before ${full('2020-10-26')}`);
		expectNoRawStrings();
	});

	it('13 days before: half the price, and transfer or substitution is closed', () => {
		const { result } = openCalculator('en', 'notice=2020-10-27');
		expect(data(result())).toEqual(numbers(13, 50, 75_000, 75_000, 0));
		expect(verdict()).toBe('You pay a penalty of €750.00 and get €750.00 back.');
		expect(pageText()).toContain(`in writing on or before ${full('2020-10-26')}. Contact the Centre.`);
		expect(pageText()).toContain('Penalty (50% of the €1,500.00 course price)€750.00');
		expectNoRawStrings();
	});

	it('8 days before is still the 50 % tier', () => {
		expect(data(openCalculator('en', 'notice=2020-11-01').result())).toEqual(numbers(8, 50, 75_000, 75_000, 0));
	});

	it('7 days before: the whole price, nothing back', () => {
		const { result } = openCalculator('en', 'notice=2020-11-02');
		expect(data(result())).toEqual({
			...numbers(7, 100, 150_000, 0, 0),
			'data-better-by': '2020-11-01',
			'data-better-refund-cents': '75000',
		});
		// Today, 30 October, is in the 50 % tier: sending now instead of on 2 November gets half back.
		expect(verdict()).toBe('You pay a penalty of €1,500.00 and get nothing back.');
		expect(actNow()).toBe('Send your notice by 1 November 2020: you would get €750.00 back.');
		expect(result().getAttribute('data-better-by')).toBe('2020-11-01');
		expect(result().getAttribute('data-better-refund-cents')).toBe('75000');
	});

	it('on the start day and after it', () => {
		openCalculator('en', 'notice=2020-11-09');
		expect(pageText()).toContain(`On the start day of the course (${full('2020-11-09')})`);
		cleanup();
		const { result } = openCalculator('en', 'notice=2020-11-10');
		expect(data(result())).toMatchObject(numbers(-1, 100, 150_000, 0, 0));
		expect(pageText()).toContain(`1 calendar day after the start of the course (${full('2020-11-09')})`);
	});
});

describe('act now', () => {
	it('says by which date and for how much an earlier notice gets more back (today 20 October, notice planned for 3 November)', () => {
		vi.setSystemTime(new Date(2020, 9, 20, 9));
		const { result } = openCalculator('en', 'notice=2020-11-03&paid=750');
		expect(verdict()).toBe('The penalty of €1,500.00 is €750.00 more than you paid: you get nothing back.');
		expect(actNow()).toBe('Send your notice by 26 October 2020: you would get €750.00 back.');
		expect(result().getAttribute('data-better-by')).toBe('2020-10-26');
		expect(result().getAttribute('data-better-refund-cents')).toBe('75000');
		// Sending on the day planned is then as good: nothing more to say.
		type('notice', '2020-10-24');
		expect(verdict()).toBe('You pay no penalty and get €750.00 back.');
		expect(actNow()).toBeNull();
		expect(result().hasAttribute('data-better-by')).toBe(false);
		expect(result().hasAttribute('data-better-refund-cents')).toBe(false);
	});

	it('in French', () => {
		vi.setSystemTime(new Date(2020, 9, 20, 9));
		const { result } = openCalculator('fr', 'notice=2020-11-03&paid=750');
		expect(verdict()).toBe('La pénalité de 1 500,00 € dépasse de 750,00 € le montant versé : rien ne vous est remboursé.');
		expect(actNow()).toBe('Envoyez votre notification au plus tard le 26 octobre 2020 : vous seriez remboursé de 750,00 €.');
		expect(result().getAttribute('data-better-by')).toBe('2020-10-26');
	});

	it('names the smaller penalty when nothing would be refunded either way', () => {
		vi.setSystemTime(new Date(2020, 9, 28, 9));
		const { result } = openCalculator('en', 'notice=2020-11-03&paid=500');
		expect(verdict()).toBe('The penalty of €1,500.00 is €1,000.00 more than you paid: you get nothing back.');
		expect(actNow()).toBe('Send your notice by 1 November 2020: the penalty would be €750.00 instead of €1,500.00.');
		expect(result().getAttribute('data-better-refund-cents')).toBe('0');
	});

	it('is what a screen reader hears after a change, at most 200 characters; the answer itself is not live', () => {
		vi.setSystemTime(new Date(2020, 9, 20, 9));
		openCalculator('fr', 'notice=2020-11-02');
		type('paid', '750');
		const live = [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"]')].filter((element) => element.textContent);
		expect(live).toHaveLength(1);
		expect(plain(live[0]!.textContent)).toBe(
			'La pénalité de 1 500,00 € dépasse de 750,00 € le montant versé : rien ne vous est remboursé. Envoyez votre notification au plus tard le 26 octobre 2020 : vous seriez remboursé de 750,00 €.',
		);
		expect(live[0]!.textContent!.length).toBeLessThanOrEqual(200);
		expect(document.querySelector('[data-result="refund"]')!.closest('[aria-live], [role="status"]')).toBeNull();
	});
});

describe('the verdict and the fields', () => {
	it('come first: what to do now, the first input, the verdict pinned under the fields, then the answer', () => {
		openCalculator('en', 'notice=2020-11-02');
		const order = [
			document.querySelector('.refund__act-now')!,
			input('notice'),
			document.querySelector('[data-verdict]')!,
			document.querySelector('[data-result="refund"]')!,
		];
		expect(order[2]!.compareDocumentPosition(order[3]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		expect(order[0]!.compareDocumentPosition(order[1]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		expect(order[1]!.compareDocumentPosition(order[2]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
	});

	it('select the prefilled amount on focus, so that typing 750 replaces 1,500.00', () => {
		openCalculator('en', 'notice=2020-10-30');
		const paid = input('paid');
		fireEvent.focus(paid);
		expect([paid.selectionStart, paid.selectionEnd]).toEqual([0, '1,500.00'.length]);
	});

	it('read 750,00 on the English page as €750.00', () => {
		const { result } = openCalculator('en', 'notice=2020-10-30');
		type('paid', '750,00');
		expect(input('paid').hasAttribute('aria-invalid')).toBe(false);
		expect(verdict()).toBe('You pay a penalty of €750.00 and get nothing back.');
		expect(location.search).toBe('?notice=2020-10-30&paid=750.00&bank=0.00');
		type('paid', '1,400');
		expect(result().getAttribute('data-refund-cents')).toBe('65000');
	});
});

describe('payments and bank charges', () => {
	it('words the example of the brief exactly', () => {
		const { result } = openCalculator('en', 'notice=2020-10-30&paid=1000&bank=20');
		expect(data(result())).toEqual(numbers(10, 50, 75_000, 23_000, 0));
		expect(verdict()).toBe('You pay a penalty of €750.00 and get €230.00 back after €20.00 of bank charges.');
	});

	it('shows the penalty not covered by a partial payment as a figure', () => {
		const { result } = openCalculator('en', 'notice=2020-10-30&paid=500');
		expect(data(result())).toEqual(numbers(10, 50, 75_000, 0, 25_000));
		expect(verdict()).toBe('The penalty of €750.00 is €250.00 more than you paid: you get nothing back.');
		const uncovered = document.querySelector('.refund__figure--uncovered')!;
		expect(plain(uncovered.textContent)).toBe('Penalty not covered by your payment€250.00');
	});

	it('does not show an uncovered penalty when the payment covers it', () => {
		openCalculator('en', 'notice=2020-10-30&paid=750');
		expect(document.querySelector('.refund__figure--uncovered')).toBeNull();
		expect(verdict()).toBe('You pay a penalty of €750.00 and get nothing back.');
	});

	it('makes the refund 0, not negative, when bank charges exceed what remains, and says why', () => {
		const { result } = openCalculator('en', 'notice=2020-10-30&paid=760&bank=25');
		expect(data(result())).toEqual(numbers(10, 50, 75_000, 0, 0));
		expect(result().hasAttribute('data-error')).toBe(false);
		expect(input('bank').hasAttribute('aria-invalid')).toBe(false);
		expect(verdict()).toBe('You pay a penalty of €750.00, and bank charges of €25.00 use up the €10.00 left: you get nothing back.');
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
		expect(verdict()).toBe('You pay no penalty and get €1,480.00 back after €20.00 of bank charges.');
		type('paid', '10');
		expect(verdict()).toBe('You pay no penalty, but bank charges of €20.00 use up the €10.00 to refund: you get nothing back.');
		type('paid', '0');
		type('bank', '0');
		expect(verdict()).toBe('You pay no penalty and there is nothing to refund.');
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
		expect(result.querySelector('.refund__figures')).toBeNull();
		expect(verdict()).toBe('No result while a field above needs correcting: fix it and the answer appears here.');
	}

	it.each([
		['paid', '', 'Enter the amount you paid, for example 1,500.00.'],
		['paid', 'abc', 'Type the amount in euros with digits, for example 1,500.00.'],
		['paid', '-5', 'An amount cannot be negative.'],
		['paid', '100.005', 'Use at most two decimals (cents).'],
		['paid', '1,500.01', 'The amount paid cannot be more than the course price, €1,500.00.'],
		['paid', '1.500,50', 'Type the amount in euros with digits, for example 1,500.00.'],
		['bank', '', 'Enter the bank charges, or 0 if there are none.'],
		['bank', '12 euros', 'Type the bank charges in euros with digits, for example 1,500.00.'],
		['bank', '−3', 'An amount cannot be negative.'],
		['bank', '0.001', 'Use at most two decimals (cents).'],
		['notice', '', 'Enter the date of your written notice.'],
	] as const)('%s = %j: a message next to the field, then recovery', (name, value, message) => {
		const { result } = openCalculator('en', 'notice=2020-10-27');
		type(name, value);
		expectError(name, message);
		expect(screen.getByRole('region', { name: 'What you would get back' }).contains(result())).toBe(true);
		type(name, name === 'notice' ? '2020-10-27' : '20');
		expect(input(name).hasAttribute('aria-invalid')).toBe(false);
		expect(descriptions(name)).toEqual([hintOf(name)]);
		expect(errorOf(name)).toBeNull();
		expect(document.querySelector('.tool-field__error')).toBeNull();
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

	it('is set back to the defaults by Start again', () => {
		const { result } = openCalculator('en', 'notice=2020-11-02&paid=10&bank=x');
		fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
		expect(input('paid').value).toBe('1,500.00');
		expect(input('bank').value).toBe('0.00');
		expect(input('notice').value).toBe('2020-10-30');
		expect(data(result())).toEqual(numbers(10, 50, 75_000, 75_000, 0));
		expect(location.search).toBe('?notice=2020-10-30&paid=1500.00&bank=0.00');
	});

	it('is copied by Share where the browser cannot share', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		openCalculator('en', 'notice=2020-10-30');
		await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Share' })));
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
		expect(verdict()).toBe(
			'Vous payez une pénalité de 750,00 € et êtes remboursé de 230,00 €, déduction faite de 20,50 € de frais bancaires.',
		);
		expect(pageText()).toContain(`10 jours calendaires avant le début du cours (${full('2020-11-09', 'fr')})`);
		expect(pageText()).toContain('Pénalité (50 % du prix du cours de 1 500,00 €)750,00 €');
		expect(pageText()).toContain('Adressez-vous au Centre.');
		expect(location.search).toBe('?notice=2020-10-30&paid=1000.50&bank=20.50');
		expectNoRawStrings();
	});

	it('gives its messages in French', () => {
		openCalculator('fr', 'notice=2020-10-26');
		type('paid', '1,500.50');
		expect(plain(errorOf('paid')?.textContent)).toBe('Saisissez le montant en euros, en chiffres, par exemple 1 500,00.');
		type('paid', '1600');
		expect(plain(errorOf('paid')?.textContent)).toBe('Le montant versé ne peut pas dépasser le prix du cours, soit 1 500,00 €.');
		type('notice', '');
		expect(plain(errorOf('notice')?.textContent)).toBe('Indiquez la date de votre notification écrite.');
		expect(verdict()).toContain('Pas de résultat tant qu’un champ ci-dessus est à corriger');
		type('notice', '2020-10-26');
		type('paid', '1 500');
		expect(verdict()).toBe('Vous ne payez aucune pénalité et êtes remboursé de 1 500,00 €.');
		expect(pageText()).toContain(`prévenez le Centre par écrit au plus tard le ${full('2020-10-26', 'fr')}`);
	});
});

describe('another edition', () => {
	it('takes its dates, price, four tiers and 21 days of substitution notice from the record it is given', () => {
		const { result } = openCalculator('en', 'notice=2031-02-20', edition2031);
		// Today, 30 October 2020, is long before: sending now would cost no penalty.
		expect(data(result())).toEqual({
			...numbers(19, 60, 145_800, 97_200, 0),
			'data-better-by': '2031-02-09',
			'data-better-refund-cents': '243000',
		});
		expect(input('paid').value).toBe('2,430.00');
		expect(verdict()).toBe('You pay a penalty of €1,458.00 and get €972.00 back.');
		expect(actNow()).toBe('Send your notice by 9 February 2031: you would get €2,430.00 back.');
		expect(pageText()).toContain(`19 calendar days before the start of the course (${full('2031-03-11')})`);
		expect(pageText()).toContain(`in writing on or before ${full('2031-02-18')}. Contact the Centre.`);
		expect(pageText()).toContain('Penalty (60% of the €2,430.00 course price)€1,458.00');
		expect(pageText()).not.toMatch(/1,500\.00|50%|2020/);
		cleanup();
		openCalculator('en', 'notice=2031-02-18', edition2031);
		expect(pageText()).toContain(`notify the Centre in writing on or before ${full('2031-02-18')}`);
		expect(pageText()).toContain('Penalty (25% of the €2,430.00 course price)€607.50');
	});
});
