/**
 * The policy tables of the 2020 edition as a reader sees them, written out in both languages: a
 * rule worded backwards (at most / au plus), placeholders swapped or a wrong amount fails here,
 * whatever the strings and the code say. tables.test.ts checks the same tables against another edition.
 */
import { describe, expect, it } from 'vitest';
import CertificateRequirements from '@/components/policies/CertificateRequirements.astro';
import CheapestRoutes from '@/components/policies/CheapestRoutes.astro';
import PenaltyTable from '@/components/policies/PenaltyTable.astro';
import PenaltyTiersInBrief from '@/components/policies/PenaltyTiersInBrief.astro';
import { render, textOf } from './render.ts';

const rowsOf = (doc: Document, selector: string) =>
	[...doc.querySelectorAll(`${selector} tr`)].map((row) => [...row.querySelectorAll('th, td')].map((cell) => textOf(cell)));

describe('certificate requirements, 2020', () => {
	it('in English', async () => {
		expect(rowsOf(await render(CertificateRequirements, 'en'), '#requirements')).toEqual([
			['Certificate', 'Plenary forums', 'Electives', 'Individual essay', 'Qualifies for the Diploma'],
			['Certificate of Achievement', 'All 6', 'At least 5, or at least 3 if one of them is a key elective', 'Required', 'Yes'],
			['Certificate of Participation', 'All 6', 'At least 3, or at least 2 if one of them is a key elective', 'Not required', 'No'],
		]);
	});

	it('in French', async () => {
		expect(rowsOf(await render(CertificateRequirements, 'fr'), '#requirements')).toEqual([
			['Certificat', 'Forums pléniers', 'Cours au choix', 'Essai individuel', 'Pris en compte pour le diplôme'],
			['Certificat de réussite', 'Les 6', 'Au moins 5, ou au moins 3 si l’un d’eux est un cours clé', 'Exigé', 'Oui'],
			['Certificat de participation', 'Les 6', 'Au moins 3, ou au moins 2 si l’un d’eux est un cours clé', 'Non exigé', 'Non'],
		]);
	});
});

describe('cancellation penalties, 2020', () => {
	it('in English', async () => {
		const doc = await render(PenaltyTable, 'en');
		expect(textOf(doc.querySelector('#penalties caption'))).toBe('Cancellation penalties of the 2020 edition (start: 9 November 2020)');
		expect(rowsOf(doc, '#penalties')).toEqual([
			['Days before the start', 'Written notice dated', 'Penalty', 'Refund'],
			[
				'14 days or more before the start',
				'On or before Monday, 26 October 2020',
				'No penalty',
				'All you paid, less applicable bank charges',
			],
			[
				'8 to 13 days before the start',
				'Tuesday, 27 October to Sunday, 1 November 2020',
				'A penalty of 50% of the course price (€750.00)',
				'What you paid minus the penalty, if anything remains, less applicable bank charges Paid €1,500.00 in full: €750.00 back',
			],
			[
				'7 days or fewer before the start, the start day and later included',
				'From Monday, 2 November 2020',
				'A penalty of 100% of the course price (€1,500.00)',
				'Nothing',
			],
		]);
	});

	it('in French', async () => {
		const doc = await render(PenaltyTable, 'fr');
		expect(textOf(doc.querySelector('#penalties caption'))).toBe('Pénalités d’annulation de l’édition 2020 (début : 9 novembre 2020)');
		expect(rowsOf(doc, '#penalties')).toEqual([
			['Jours avant le début', 'Notification écrite datée', 'Pénalité', 'Remboursement'],
			[
				'14 jours ou plus avant le début',
				'Jusqu’au lundi 26 octobre 2020',
				'Aucune pénalité',
				'La totalité du montant versé, déduction faite des frais bancaires applicables',
			],
			[
				'De 8 à 13 jours avant le début',
				'Du mardi 27 octobre au dimanche 1er novembre 2020',
				'Une pénalité de 50 % du prix du cours, soit 750,00 €',
				'Le solde éventuel du montant versé après déduction de la pénalité, diminué des frais bancaires applicables Pour un paiement intégral de 1 500,00 € : 750,00 € remboursés',
			],
			[
				'7 jours ou moins avant le début, jour du début et jours suivants compris',
				'À partir du lundi 2 novembre 2020',
				'Une pénalité de 100 % du prix du cours, soit 1 500,00 €',
				'Aucun',
			],
		]);
	});

	it('in brief, in English', async () => {
		expect([...(await render(PenaltyTiersInBrief, 'en')).querySelectorAll('li')].map((item) => textOf(item))).toEqual([
			'Written notice dated on or before Monday, 26 October 2020: no penalty; refund: all you paid, less applicable bank charges.',
			'Written notice dated Tuesday, 27 October to Sunday, 1 November 2020: a penalty of 50% of the course price (€750.00); refund: what you paid minus the penalty, if anything remains, less applicable bank charges.',
			'Written notice dated from Monday, 2 November 2020: a penalty of 100% of the course price (€1,500.00); refund: nothing.',
		]);
	});

	it('in brief, in French', async () => {
		expect([...(await render(PenaltyTiersInBrief, 'fr')).querySelectorAll('li')].map((item) => textOf(item))).toEqual([
			'Notification écrite datée du lundi 26 octobre 2020 au plus tard : aucune pénalité ; remboursement : la totalité du montant versé, déduction faite des frais bancaires applicables.',
			'Notification écrite datée du mardi 27 octobre au dimanche 1er novembre 2020 : une pénalité de 50 % du prix du cours, soit 750,00 € ; remboursement : le solde éventuel du montant versé après déduction de la pénalité, diminué des frais bancaires applicables.',
			'Notification écrite datée du lundi 2 novembre 2020 ou d’une date ultérieure : une pénalité de 100 % du prix du cours, soit 1 500,00 € ; remboursement : aucun.',
		]);
	});
});

describe('the cheapest route to each certificate, 2020', () => {
	const routes = async (locale: 'en' | 'fr', id: string) => {
		const doc = await render(CheapestRoutes, locale);
		return {
			caption: textOf(doc.querySelector(`#cheapest-route [data-rule="${id}"] caption`)),
			rows: rowsOf(doc, `#cheapest-route [data-rule="${id}"]`),
		};
	};

	it('in English', async () => {
		expect(await routes('en', 'participation')).toEqual({
			caption: 'Certificate of Participation: further electives needed',
			rows: [
				['Completed', 'None of them a key elective', 'A key elective among them'],
				['0', '2 more, including a key elective', 'Not applicable'],
				['1', '1 more: a key elective', '1 more, any'],
				['2', '1 more, any', 'None: requirement met'],
				['3', 'None: requirement met', 'None: requirement met'],
			],
		});
		expect(await routes('en', 'achievement')).toEqual({
			caption: 'Certificate of Achievement: further electives needed',
			rows: [
				['Completed', 'None of them a key elective', 'A key elective among them'],
				['0', '3 more, including a key elective', 'Not applicable'],
				['1', '2 more, including a key elective', '2 more, any'],
				['2', '1 more: a key elective', '1 more, any'],
				['3', '1 more: a key elective', 'None: requirement met'],
				['4', '1 more, any', 'None: requirement met'],
				['5', 'None: requirement met', 'None: requirement met'],
			],
		});
	});

	it('in French', async () => {
		expect(await routes('fr', 'participation')).toEqual({
			caption: 'Certificat de participation : cours au choix restant à terminer',
			rows: [
				['Terminés', 'Aucun n’est un cours clé', 'Un cours clé en fait partie'],
				['0', 'Encore 2, dont un cours clé', 'Sans objet'],
				['1', 'Encore 1 : un cours clé', 'Encore 1, quel qu’il soit'],
				['2', 'Encore 1, quel qu’il soit', 'Aucun : condition remplie'],
				['3', 'Aucun : condition remplie', 'Aucun : condition remplie'],
			],
		});
		expect(await routes('fr', 'achievement')).toEqual({
			caption: 'Certificat de réussite : cours au choix restant à terminer',
			rows: [
				['Terminés', 'Aucun n’est un cours clé', 'Un cours clé en fait partie'],
				['0', 'Encore 3, dont un cours clé', 'Sans objet'],
				['1', 'Encore 2, dont un cours clé', 'Encore 2, quels qu’ils soient'],
				['2', 'Encore 1 : un cours clé', 'Encore 1, quel qu’il soit'],
				['3', 'Encore 1 : un cours clé', 'Aucun : condition remplie'],
				['4', 'Encore 1, quel qu’il soit', 'Aucun : condition remplie'],
				['5', 'Aucun : condition remplie', 'Aucun : condition remplie'],
			],
		});
	});
});
