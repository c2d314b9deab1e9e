import { describe, expect, it } from 'vitest';
import {
	checkCertificates,
	computeRefund,
	edition2020,
	formatDate,
	formatMoney,
	tierWindows,
	type Edition,
	type Locale,
} from '@/rules/index.ts';
import { fill } from '@/i18n/strings.ts';
import { formatPercent, plural } from '@/components/policies/format.ts';
import { stringsWithPrefix } from '@/i18n/strings.ts';
import CertificateRequirements from '@/components/policies/CertificateRequirements.astro';
import PenaltyTable from '@/components/policies/PenaltyTable.astro';
import CheapestRoutes from '@/components/policies/CheapestRoutes.astro';
import { plain, render, textOf, uiStrings } from './render.ts';

/** Another edition, so that a table copying the 2020 values instead of reading the record fails. */
const edition2021: Edition = {
	...edition2020,
	year: 2021,
	startDate: '2021-03-01',
	endDate: '2021-04-09',
	priceCents: 99_950,
	forums: edition2020.forums.slice(0, 4),
	certificates: edition2020.certificates.map((rule) =>
		rule.id === 'achievement' ? { ...rule, electives: 6, electivesWithKey: 4 } : rule,
	),
	penaltyTiers: [
		{ minDaysBeforeStart: 21, penaltyPercent: 0 },
		{ minDaysBeforeStart: 10, penaltyPercent: 50 },
		{ minDaysBeforeStart: Number.NEGATIVE_INFINITY, penaltyPercent: 100 },
	],
};

const strings = (locale: Locale, prefix: string) => stringsWithPrefix(uiStrings[locale], prefix);
const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((cell) => textOf(cell));

describe.each(['en', 'fr'] as const)('policy tables in %s', (locale) => {
	describe.each([
		['2020', edition2020],
		['another edition', edition2021],
	] as const)('certificate requirements (%s)', (_, edition) => {
		it('has one row per certificate, with the forums, electives, essay and Diploma of its rule', async () => {
			const text = strings(locale, 'policies.req.');
			const doc = await render(CertificateRequirements, locale, { edition });
			expect(doc.querySelector('#requirements table')).not.toBeNull();
			const rows = [...doc.querySelectorAll('#requirements tbody tr')];
			expect(rows.map((row) => row.getAttribute('data-rule'))).toEqual(edition.certificates.map((c) => c.id));
			rows.forEach((row, index) => {
				const rule = edition.certificates[index]!;
				expect(cells(row)).toEqual(
					[
					rule.name[locale],
					fill(text.forumsAll!, { count: edition.forums.length }),
					fill(text.electivesRule!, { electives: rule.electives, withKey: rule.electivesWithKey }),
					rule.essayRequired ? text.essayRequired : text.essayNotRequired,
					rule.diplomaEligible ? text.yes : text.no,
					].map((value) => plain(value!)),
				);
			});
		});
	});

	describe.each([
		['2020', edition2020],
		['another edition', edition2021],
	] as const)('penalty table (%s)', (_, edition) => {
		it('has one row per tier, with its days, penalty, refund of a full payment and dates of written notice', async () => {
			const doc = await render(PenaltyTable, locale, { edition });
			const rows = [...doc.querySelectorAll('#penalties tbody tr')];
			const windows = tierWindows(edition);
			expect(rows).toHaveLength(windows.length);
			rows.forEach((row, index) => {
				const window = windows[index]!;
				const [days, dates, penalty, refund] = cells(row) as [string, string, string, string];
				const quote = computeRefund(
					{ noticeDate: (window.lastNoticeDate ?? window.firstNoticeDate)!, amountPaidCents: edition.priceCents },
					edition,
				);
				expect(row.getAttribute('data-penalty-percent')).toBe(String(window.tier.penaltyPercent));
				for (const bound of [window.minDaysBeforeStart, window.maxDaysBeforeStart]) {
					if (bound !== null) expect(days).toContain(String(bound));
				}
				if (quote.penaltyCents > 0) {
					expect(penalty).toContain(plain(formatPercent(window.tier.penaltyPercent, locale)));
					expect(penalty).toContain(plain(formatMoney(quote.penaltyCents, locale)));
				}
				const example = row.querySelector('.policy-table__example');
				if (quote.penaltyCents > 0 && quote.refundCents > 0) {
					expect(textOf(example)).toContain(plain(formatMoney(edition.priceCents, locale)));
					expect(textOf(example)).toContain(plain(formatMoney(quote.refundCents, locale)));
					expect(refund).toContain(textOf(example));
				} else {
					expect(example).toBeNull();
				}
				for (const date of [window.firstNoticeDate, window.lastNoticeDate]) {
					if (date) expect(dates).toContain(plain(formatDate(date, locale, 'full')));
				}
				expect(row.getAttribute('data-first-notice')).toBe(window.firstNoticeDate);
				expect(row.getAttribute('data-last-notice')).toBe(window.lastNoticeDate);
			});
		});

		it('gives the start date of the edition', async () => {
			const doc = await render(PenaltyTable, locale, { edition });
			expect(textOf(doc.querySelector('#penalties caption'))).toContain(
				plain(formatDate(edition.startDate, locale, 'full')),
			);
		});
	});

	it('shows no full refund after the first tier and nothing back in the last', async () => {
		const text = strings(locale, 'policies.pen.');
		const rows = [...(await render(PenaltyTable, locale)).querySelectorAll('#penalties tbody tr')].map(cells);
		expect(rows[0]![2]).toBe(plain(text['penalty.none']!));
		expect(rows[0]![3]).toBe(plain(text['refund.all']!));
		expect(rows.at(-1)![3]).toBe(plain(text['refund.none']!));
	});

	describe.each([
		['2020', edition2020],
		['another edition', edition2021],
	] as const)('cheapest routes (%s)', (_, edition) => {
		it('gives, for every number of completed electives, the certificate path checker’s own answer', async () => {
			const text = strings(locale, 'policies.route.');
			const doc = await render(CheapestRoutes, locale, { edition });
			const forums = edition.forums.map((f) => f.id);
			const keyId = edition.electives.find((e) => e.key)!.id;
			const others = edition.electives.filter((e) => !e.key).map((e) => e.id);
			const expected = (id: 'achievement' | 'participation', electives: string[]) => {
				const status = checkCertificates({ forums, electives, essay: true }, edition)[id];
				if (status.electivesNeeded === 0) return plain(text.met!);
				return plain(plural(text, status.needsKeyElective ? 'key' : 'any', status.electivesNeeded, locale));
			};
			for (const rule of edition.certificates) {
				const rows = [...doc.querySelectorAll(`#cheapest-route [data-rule="${rule.id}"] tbody tr`)].map(cells);
				expect(rows).toHaveLength(rule.electives + 1);
				rows.forEach(([done, without, withKey], n) => {
					expect(done).toBe(String(n));
					expect(without).toBe(expected(rule.id, others.slice(0, n)));
					expect(withKey).toBe(n === 0 ? plain(text.impossible!) : expected(rule.id, [keyId, ...others.slice(0, n - 1)]));
				});
				expect(textOf(doc.querySelector(`#cheapest-route [data-rule="${rule.id}"] caption`))).toContain(
					rule.name[locale],
				);
			}
		});
	});
});
