import { describe, expect, it } from 'vitest';
import { checkCertificates, computeRefund, edition2020, tierWindows } from '@/rules/index.ts';
import CertificateRequirements from '@/components/policies/CertificateRequirements.astro';
import PenaltyTable from '@/components/policies/PenaltyTable.astro';
import PenaltyTiersInBrief from '@/components/policies/PenaltyTiersInBrief.astro';
import CheapestRoutes from '@/components/policies/CheapestRoutes.astro';
import { edition2031 } from '../../fixtures/editions.ts';
import { sentenceCase } from '@/i18n/format.ts';
import { plain, render, textOf, translatorFor } from './render.ts';

const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((cell) => textOf(cell));

describe.each(['en', 'fr'] as const)('policy tables in %s', (locale) => {
	describe.each([
		['2020', edition2020],
		['another edition', edition2031],
	] as const)('certificate requirements (%s)', (_, edition) => {
		it('has one row per certificate, with the forums, electives, essay and Diploma of its rule', async () => {
			const { t } = translatorFor(locale, edition);
			const doc = await render(CertificateRequirements, locale, { edition });
			expect(doc.querySelector('#requirements table')).not.toBeNull();
			const rows = [...doc.querySelectorAll('#requirements tbody tr')];
			expect(rows.map((row) => row.getAttribute('data-rule'))).toEqual(edition.certificates.map((c) => c.id));
			rows.forEach((row, index) => {
				const rule = edition.certificates[index]!;
				expect(cells(row)).toEqual(
					[
						sentenceCase(locale, rule.name[locale]),
						t('policies.req.forumsAll', { count: edition.forums.length }),
						t('policies.req.electivesRule', { electives: rule.electives, withKey: rule.electivesWithKey }),
						t(rule.essayRequired ? 'policies.req.essayRequired' : 'policies.req.essayNotRequired'),
						t(rule.diplomaEligible ? 'policies.req.yes' : 'policies.req.no'),
					].map(plain),
				);
			});
		});
	});

	describe.each([
		['2020', edition2020],
		['another edition', edition2031],
	] as const)('penalty table (%s)', (_, edition) => {
		it('has one row per tier, with its days, penalty, refund of a full payment and dates of written notice', async () => {
			const { format } = translatorFor(locale, edition);
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
				expect(row.getAttribute('data-penalty-percent')).toBe(String(window.penaltyPercent));
				expect(row.getAttribute('data-penalty-kind')).toBe(window.kind);
				for (const bound of [window.minDaysBeforeStart, window.maxDaysBeforeStart]) {
					if (bound !== null) expect(days).toContain(format.integer(bound));
				}
				if (quote.penaltyCents > 0) {
					expect(penalty).toContain(plain(format.percent(window.penaltyPercent)));
					expect(penalty).toContain(plain(format.money(quote.penaltyCents)));
				}
				const example = row.querySelector('.policy-table__example');
				if (quote.penaltyCents > 0 && quote.refundCents > 0) {
					expect(textOf(example)).toContain(plain(format.money(edition.priceCents)));
					expect(textOf(example)).toContain(plain(format.money(quote.refundCents)));
					expect(refund).toContain(textOf(example));
				} else {
					expect(example).toBeNull();
				}
				// The first date of a range drops its year when the last one has it.
				if (window.lastNoticeDate) expect(dates).toContain(plain(format.date(window.lastNoticeDate, 'full')));
				if (window.firstNoticeDate) {
					const style = window.lastNoticeDate ? 'fullWithoutYear' : 'full';
					expect(dates).toContain(plain(format.date(window.firstNoticeDate, style)));
				}
				expect(row.getAttribute('data-first-notice')).toBe(window.firstNoticeDate);
				expect(row.getAttribute('data-last-notice')).toBe(window.lastNoticeDate);
			});
		});

		it('gives the start date of the edition', async () => {
			const { format } = translatorFor(locale, edition);
			const doc = await render(PenaltyTable, locale, { edition });
			const caption = textOf(doc.querySelector('#penalties caption'));
			expect(caption).toContain(plain(format.date(edition.startDate)));
			expect(caption).toContain(String(edition.year));
		});
	});

	it('shows no penalty in the first tier and nothing back in the last', async () => {
		const { t } = translatorFor(locale, edition2020);
		const rows = [...(await render(PenaltyTable, locale)).querySelectorAll('#penalties tbody tr')].map(cells);
		expect(rows[0]![2]).toBe(plain(sentenceCase(locale, t('tier.penalty.none'))));
		expect(rows[0]![3]).toBe(plain(sentenceCase(locale, t('tier.refund.none'))));
		expect(rows.at(-1)![3]).toBe(plain(sentenceCase(locale, t('tier.refund.full'))));
	});

	it.each([
		['2020', edition2020],
		['another edition', edition2031],
	] as const)('states every tier in brief, with its dates and penalty (%s)', async (_, edition) => {
		const { format } = translatorFor(locale, edition);
		const doc = await render(PenaltyTiersInBrief, locale, { edition });
		const items = [...doc.querySelectorAll('li')];
		const windows = tierWindows(edition);
		expect(items.map((item) => item.getAttribute('data-penalty-kind'))).toEqual(windows.map((window) => window.kind));
		items.forEach((item, index) => {
			const window = windows[index]!;
			const date = window.lastNoticeDate ?? window.firstNoticeDate!;
			expect(textOf(item)).toContain(plain(format.date(date, 'full')));
			if (window.kind !== 'none') expect(textOf(item)).toContain(plain(format.percent(window.penaltyPercent)));
		});
	});

	describe.each([
		['2020', edition2020],
		['another edition', edition2031],
	] as const)('cheapest routes (%s)', (_, edition) => {
		it('gives, for every number of completed electives, the certificate path checker’s own answer', async () => {
			const { t, plural } = translatorFor(locale, edition);
			const doc = await render(CheapestRoutes, locale, { edition });
			const forums = edition.forums.map((f) => f.id);
			const keyId = edition.electives.find((e) => e.key)!.id;
			const others = edition.electives.filter((e) => !e.key).map((e) => e.id);
			const expected = (id: 'achievement' | 'participation', electives: string[]) => {
				const status = checkCertificates({ forums, electives, essay: true }, edition)[id];
				if (status.electivesNeeded === 0) return plain(t('policies.route.met'));
				return plain(plural(status.needsKeyElective ? 'policies.route.key' : 'policies.route.any', status.electivesNeeded));
			};
			for (const rule of edition.certificates) {
				const rows = [...doc.querySelectorAll(`#cheapest-route [data-rule="${rule.id}"] tbody tr`)].map(cells);
				expect(rows).toHaveLength(rule.electives + 1);
				rows.forEach(([done, without, withKey], n) => {
					expect(done).toBe(String(n));
					expect(without).toBe(expected(rule.id, others.slice(0, n)));
					expect(withKey).toBe(n === 0 ? plain(t('policies.route.impossible')) : expected(rule.id, [keyId, ...others.slice(0, n - 1)]));
				});
				expect(textOf(doc.querySelector(`#cheapest-route [data-rule="${rule.id}"] caption`))).toContain(
					sentenceCase(locale, rule.name[locale]),
				);
			}
		});
	});
});
