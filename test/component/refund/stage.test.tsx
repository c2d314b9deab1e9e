/** Issue 11 (tools) and issue 14: the calculator after the start, and what a reader typed before hydration. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup } from '@testing-library/react';
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import RefundCalculator from '@/islands/refund/RefundCalculator.tsx';
import { data, openCalculator, plain, props } from './helpers.ts';

afterEach(() => {
	cleanup();
	vi.useRealTimers();
	document.body.innerHTML = '';
});

const stageNote = () => document.querySelector<HTMLElement>('[data-edition-status]');
const at = (date: Date) => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(date);
};

describe('once the edition has started', () => {
	it('says when the course starts, before the start', () => {
		at(new Date(2020, 10, 8, 23, 30));
		openCalculator('en');
		expect(stageNote()?.getAttribute('data-edition-status')).toBe('upcoming');
		expect(plain(stageNote()?.textContent)).toBe('The course starts on 9 November 2020.');
	});

	it('says so above the form, keeps today as the default and answers in the last tier', () => {
		at(new Date(2020, 10, 9, 0, 5));
		const { result } = openCalculator('en');
		expect(stageNote()?.getAttribute('data-edition-status')).toBe('running');
		expect(plain(stageNote()?.textContent)).toBe(
			'The course began on 9 November 2020: a notice sent now carries a penalty of 100% of the course price.',
		);
		expect(stageNote()!.compareDocumentPosition(document.querySelector('form')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		expect(data(result())['data-penalty-percent']).toBe('100');
		expect(data(result())['data-days-before-start']).toBe('0');
	});

	it('says the edition is over, in French, and still answers for a linked date', () => {
		at(new Date(2021, 0, 5, 10));
		const { result } = openCalculator('fr', 'notice=2020-10-20');
		expect(stageNote()?.getAttribute('data-edition-status')).toBe('ended');
		expect(plain(stageNote()?.textContent)).toBe(
			'Le cours a pris fin le 18 décembre 2020 : une notification envoyée maintenant entraîne une pénalité de 100 % du prix du cours.',
		);
		expect(data(result())['data-penalty-percent']).toBe('0');
	});
});

describe('what a reader typed before the island was ready', () => {
	it('is kept at hydration, over the defaults and the link', async () => {
		at(new Date(2020, 9, 30, 12));
		history.replaceState(null, '', '/tools/refund-calculator/?paid=1000');
		const container = document.createElement('div');
		container.innerHTML = renderToString(createElement(RefundCalculator, props('en')));
		document.body.append(container);
		const field = (name: string) => container.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
		// Typed on a slow phone, before the script arrived.
		field('notice').value = '2020-10-20';
		field('paid').value = '500';
		await act(async () => {
			hydrateRoot(container, createElement(RefundCalculator, props('en')));
		});
		expect(field('notice').value).toBe('2020-10-20');
		expect(field('paid').value).toBe('500');
		// Untouched: the default.
		expect(field('bank').value).toBe('0.00');
		const result = container.querySelector<HTMLElement>('[data-result="refund"]')!;
		expect(data(result)).toMatchObject({ 'data-days-before-start': '20', 'data-refund-cents': '50000' });
		expect(location.search).toBe('?notice=2020-10-20&paid=500.00&bank=0.00');
	});

	it('leaves the link’s values when nothing was typed', async () => {
		at(new Date(2020, 9, 30, 12));
		history.replaceState(null, '', '/tools/refund-calculator/?paid=1000');
		const container = document.createElement('div');
		container.innerHTML = renderToString(createElement(RefundCalculator, props('en')));
		document.body.append(container);
		await act(async () => {
			hydrateRoot(container, createElement(RefundCalculator, props('en')));
		});
		expect(container.querySelector<HTMLInputElement>('input[name="paid"]')!.value).toBe('1,000.00');
		expect(container.querySelector<HTMLInputElement>('input[name="notice"]')!.value).toBe('2020-10-30');
	});
});

describe('a shared link', () => {
	it('brings the verdict into view, scrolling no more than needed, so that the title stays in view', () => {
		at(new Date(2020, 9, 30, 12));
		const scroll = vi.fn();
		Element.prototype.scrollIntoView = scroll;
		openCalculator('en', 'notice=2020-10-20&paid=1000&bank=0');
		expect(scroll).toHaveBeenCalledWith({ block: 'nearest' });
		const verdict = scroll.mock.contexts[0] as Element;
		expect(verdict.hasAttribute('data-verdict')).toBe(true);
		expect(plain(verdict.querySelector('span')?.textContent)).toBe('You pay no penalty and get €1,000.00 back.');
	});
});
