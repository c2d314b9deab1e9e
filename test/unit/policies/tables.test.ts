/**
 * The policy tables of another edition (test/fixtures/edition-2031.json: every number differs from
 * 2020's) as a reader sees them, written out in both languages: the tables take every date, amount,
 * threshold and name from the record they are given, and none from 2020. tables-2020.test.ts states
 * the 2020 tables the site shows.
 */
import { describe, expect, it } from 'vitest';
import CertificateRequirements from '@/components/policies/CertificateRequirements.astro';
import CheapestRoutes from '@/components/policies/CheapestRoutes.astro';
import PenaltyTable from '@/components/policies/PenaltyTable.astro';
import PenaltyTiersInBrief from '@/components/policies/PenaltyTiersInBrief.astro';
import { edition2031 } from '../../fixtures/editions.ts';
import { render, textOf } from './render.ts';

const props = { edition: edition2031 };
const rowsOf = (doc: Document | Element, selector: string) =>
	[...doc.querySelectorAll(`${selector} tr`)].map((row) => [...row.querySelectorAll('th, td')].map((cell) => textOf(cell)));

describe('certificate requirements, 2031', () => {
	it('in English', async () => {
		expect(rowsOf(await render(CertificateRequirements, 'en', props), '#requirements')).toEqual([
			['Certificate', 'Plenary forums', 'Electives', 'Individual essay', 'Qualifies for the Diploma'],
			['Certificate of Achievement', 'All 4', 'At least 7, or at least 4 if one of them is a key elective', 'Required', 'Yes'],
			['Certificate of Participation', 'All 4', 'At least 4, or at least 3 if one of them is a key elective', 'Not required', 'No'],
		]);
	});
	it('in French', async () => {
		expect(rowsOf(await render(CertificateRequirements, 'fr', props), '#requirements')).toEqual([
			['Certificat', 'Forums pléniers', 'Cours au choix', 'Essai individuel', 'Pris en compte pour le diplôme'],
			['Certificat de réussite', 'Les 4', 'Au moins 7, ou au moins 4 si l’un d’eux est un cours clé', 'Exigé', 'Oui'],
			['Certificat de participation', 'Les 4', 'Au moins 4, ou au moins 3 si l’un d’eux est un cours clé', 'Non exigé', 'Non'],
		]);
	});
});

describe('cancellation penalties, 2031', () => {
	it('in English', async () => {
		const doc = await render(PenaltyTable, 'en', props);
		expect(textOf(doc.querySelector('#penalties caption'))).toBe('Cancellation penalties of the 2031 edition (start: 11 March 2031)');
		expect(rowsOf(doc, '#penalties')).toEqual([
			['Days before the start', 'Written notice dated', 'Penalty', 'Refund'],
			[
				'30 days or more before the start',
				'On or before Sunday, 9 February 2031',
				'No penalty',
				'All you paid, less applicable bank charges',
			],
			[
				'20 to 29 days before the start',
				'Monday, 10 February to Wednesday, 19 February 2031',
				'A penalty of 25% of the course price (€607.50)',
				'What you paid minus the penalty, if anything remains, less applicable bank charges Paid €2,430.00 in full: €1,822.50 back',
			],
			[
				'10 to 19 days before the start',
				'Thursday, 20 February to Saturday, 1 March 2031',
				'A penalty of 60% of the course price (€1,458.00)',
				'What you paid minus the penalty, if anything remains, less applicable bank charges Paid €2,430.00 in full: €972.00 back',
			],
			[
				'9 days or fewer before the start, the start day and later included',
				'From Sunday, 2 March 2031',
				'A penalty of 100% of the course price (€2,430.00)',
				'Nothing',
			],
		]);
	});

	it('in French', async () => {
		const doc = await render(PenaltyTable, 'fr', props);
		expect(textOf(doc.querySelector('#penalties caption'))).toBe('Pénalités d’annulation de l’édition 2031 (début : 11 mars 2031)');
		expect(rowsOf(doc, '#penalties')).toEqual([
			['Jours avant le début', 'Notification écrite datée', 'Pénalité', 'Remboursement'],
			[
				'30 jours ou plus avant le début',
				'Jusqu’au dimanche 9 février 2031',
				'Aucune pénalité',
				'La totalité du montant versé, déduction faite des frais bancaires applicables',
			],
			[
				'De 20 à 29 jours avant le début',
				'Du lundi 10 février au mercredi 19 février 2031',
				'Une pénalité de 25 % du prix du cours, soit 607,50 €',
				'Le solde éventuel du montant versé après déduction de la pénalité, diminué des frais bancaires applicables Pour un paiement intégral de 2 430,00 € : 1 822,50 € remboursés',
			],
			[
				'De 10 à 19 jours avant le début',
				'Du jeudi 20 février au samedi 1er mars 2031',
				'Une pénalité de 60 % du prix du cours, soit 1 458,00 €',
				'Le solde éventuel du montant versé après déduction de la pénalité, diminué des frais bancaires applicables Pour un paiement intégral de 2 430,00 € : 972,00 € remboursés',
			],
			[
				'9 jours ou moins avant le début, jour du début et jours suivants compris',
				'À partir du dimanche 2 mars 2031',
				'Une pénalité de 100 % du prix du cours, soit 2 430,00 €',
				'Aucun',
			],
		]);
	});

	it('marks each tier with its penalty and its first and last notice dates', async () => {
		const rows = [...(await render(PenaltyTable, 'en', props)).querySelectorAll('#penalties tbody tr')];
		expect(
			rows.map((row) => [
				row.getAttribute('data-penalty-kind'),
				row.getAttribute('data-penalty-percent'),
				row.getAttribute('data-first-notice'),
				row.getAttribute('data-last-notice'),
			]),
		).toEqual([
			['none', '0', null, '2031-02-09'],
			['partial', '25', '2031-02-10', '2031-02-19'],
			['partial', '60', '2031-02-20', '2031-03-01'],
			['full', '100', '2031-03-02', null],
		]);
	});
});

describe('the penalties in brief, 2031', () => {
	it('in English', async () => {
		expect([...(await render(PenaltyTiersInBrief, 'en', props)).querySelectorAll('li')].map((item) => textOf(item))).toEqual([
			'Written notice dated on or before Sunday, 9 February 2031: no penalty; refund: all you paid, less applicable bank charges.',
			'Written notice dated Monday, 10 February to Wednesday, 19 February 2031: a penalty of 25% of the course price (€607.50); refund: what you paid minus the penalty, if anything remains, less applicable bank charges.',
			'Written notice dated Thursday, 20 February to Saturday, 1 March 2031: a penalty of 60% of the course price (€1,458.00); refund: what you paid minus the penalty, if anything remains, less applicable bank charges.',
			'Written notice dated from Sunday, 2 March 2031: a penalty of 100% of the course price (€2,430.00); refund: nothing.',
		]);
	});
	it('in French', async () => {
		expect([...(await render(PenaltyTiersInBrief, 'fr', props)).querySelectorAll('li')].map((item) => textOf(item))).toEqual([
			'Notification écrite datée du dimanche 9 février 2031 au plus tard : aucune pénalité ; remboursement : la totalité du montant versé, déduction faite des frais bancaires applicables.',
			'Notification écrite datée du lundi 10 février au mercredi 19 février 2031 : une pénalité de 25 % du prix du cours, soit 607,50 € ; remboursement : le solde éventuel du montant versé après déduction de la pénalité, diminué des frais bancaires applicables.',
			'Notification écrite datée du jeudi 20 février au samedi 1er mars 2031 : une pénalité de 60 % du prix du cours, soit 1 458,00 € ; remboursement : le solde éventuel du montant versé après déduction de la pénalité, diminué des frais bancaires applicables.',
			'Notification écrite datée du dimanche 2 mars 2031 ou d’une date ultérieure : une pénalité de 100 % du prix du cours, soit 2 430,00 € ; remboursement : aucun.',
		]);
	});
});

describe('the cheapest routes to each certificate, 2031', () => {
	it('in English', async () => {
		const doc = await render(CheapestRoutes, 'en', props);
		const tables = [...doc.querySelectorAll('#cheapest-route [data-rule]')].map((table) => [
			table.getAttribute('data-rule'),
			textOf(table.querySelector('caption')),
			rowsOf(table, 'tbody'),
		]);
		expect(tables).toEqual([
			[
				'achievement',
				'Certificate of Achievement: further electives needed',
				[
					['0', '4 more, including a key elective', 'Not applicable'],
					['1', '3 more, including a key elective', '3 more, any'],
					['2', '2 more, including a key elective', '2 more, any'],
					['3', '1 more: a key elective', '1 more, any'],
					['4', '1 more: a key elective', 'None: requirement met'],
					['5', '1 more: a key elective', 'None: requirement met'],
					['6', '1 more, any', 'None: requirement met'],
					['7', 'None: requirement met', 'None: requirement met'],
				],
			],
			[
				'participation',
				'Certificate of Participation: further electives needed',
				[
					['0', '3 more, including a key elective', 'Not applicable'],
					['1', '2 more, including a key elective', '2 more, any'],
					['2', '1 more: a key elective', '1 more, any'],
					['3', '1 more, any', 'None: requirement met'],
					['4', 'None: requirement met', 'None: requirement met'],
				],
			],
		]);
	});
	it('in French', async () => {
		const doc = await render(CheapestRoutes, 'fr', props);
		const tables = [...doc.querySelectorAll('#cheapest-route [data-rule]')].map((table) => [
			table.getAttribute('data-rule'),
			textOf(table.querySelector('caption')),
			rowsOf(table, 'tbody'),
		]);
		expect(tables).toEqual([
			[
				'achievement',
				'Certificat de réussite : cours au choix restant à terminer',
				[
					['0', 'Encore 4, dont un cours clé', 'Sans objet'],
					['1', 'Encore 3, dont un cours clé', 'Encore 3, quels qu’ils soient'],
					['2', 'Encore 2, dont un cours clé', 'Encore 2, quels qu’ils soient'],
					['3', 'Encore 1 : un cours clé', 'Encore 1, quel qu’il soit'],
					['4', 'Encore 1 : un cours clé', 'Aucun : condition remplie'],
					['5', 'Encore 1 : un cours clé', 'Aucun : condition remplie'],
					['6', 'Encore 1, quel qu’il soit', 'Aucun : condition remplie'],
					['7', 'Aucun : condition remplie', 'Aucun : condition remplie'],
				],
			],
			[
				'participation',
				'Certificat de participation : cours au choix restant à terminer',
				[
					['0', 'Encore 3, dont un cours clé', 'Sans objet'],
					['1', 'Encore 2, dont un cours clé', 'Encore 2, quels qu’ils soient'],
					['2', 'Encore 1 : un cours clé', 'Encore 1, quel qu’il soit'],
					['3', 'Encore 1, quel qu’il soit', 'Aucun : condition remplie'],
					['4', 'Aucun : condition remplie', 'Aucun : condition remplie'],
				],
			],
		]);
	});
});
