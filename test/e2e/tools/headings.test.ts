/** The tools' forms: each group's title is a heading, inside the group, which keeps its name. */
import { describe, expect, it } from 'vitest';
import { openPage, waitForIslands } from '../support/browser.ts';

const tools = [
	{
		path: '/tools/certificate-checker/',
		headings: [
			['h1', 'Certificate path checker'],
			['h2', 'Plenary forums'],
			['h2', 'Electives'],
			['h3', 'Fair and effective governance of labour migration'],
			['h3', 'Protection of migrant workers'],
			['h3', 'Migration and sustainable development'],
			['h2', 'Individual essay'],
			['h2', 'The checker’s answer'],
		],
	},
	{
		path: '/fr/tools/certificate-checker/',
		headings: [
			['h1', 'Vérificateur de parcours de certificat'],
			['h2', 'Forums pléniers'],
			['h2', 'Cours au choix'],
			['h3', 'Gouvernance équitable et efficace des migrations de main-d’œuvre'],
			['h3', 'Protection des travailleurs migrants'],
			['h3', 'Migrations et développement durable'],
			['h2', 'Essai individuel'],
			['h2', 'Réponse du vérificateur'],
		],
	},
	{
		path: '/tools/refund-calculator/',
		headings: [
			['h1', 'Refund calculator'],
			['h2', 'Your cancellation'],
			['h2', 'What you would get back'],
		],
	},
	{
		path: '/fr/tools/refund-calculator/',
		headings: [
			['h1', 'Calculateur de remboursement'],
			['h2', 'Votre annulation'],
			['h2', 'Le montant qui vous serait remboursé'],
		],
	},
];

describe.each(tools)('$path', ({ path, headings }) => {
	it.each([
		['a 390 × 844 phone', { width: 390, height: 844 }],
		['a desktop', { width: 1440, height: 900 }],
	] as const)('goes from heading to heading through the form, on %s', async (_, viewport) => {
		const page = await openPage(path, { viewport });
		await waitForIslands(page);
		const found = await page
			.locator('main :is(h1, h2, h3)')
			.filter({ visible: true })
			.evaluateAll((elements) =>
				elements.map((element) => [element.tagName.toLowerCase(), element.textContent!.replace(/\s+/g, ' ').trim()]),
			);
		expect(found.slice(0, headings.length)).toEqual(headings);
		await page.context().close();
	});

	it('keeps each group named by its legend, the heading inside it', async () => {
		const page = await openPage(path);
		await waitForIslands(page);
		// Every heading but the page's title and the answer's.
		const groups = headings.slice(1, -1);
		expect(groups.length).toBeGreaterThan(0);
		for (const [level, name] of groups) {
			const group = page.getByRole('group', { name, exact: true });
			expect(await group.count(), name).toBe(1);
			expect(await group.locator(`legend > ${level}`).textContent()).toBe(name);
		}
		await page.context().close();
	});
});
