/** Runs axe-core (from node_modules, never a CDN) against WCAG 2.x A and AA rules. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeViolations(page: Page): Promise<Result[]> {
	// Evaluated, not added as a <script>: the site's Content Security Policy blocks inline scripts.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const results = await page.evaluate(
		(tags) =>
			(window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
				runOnly: { type: 'tag', values: tags },
			}),
		wcagTags,
	);
	return results.violations;
}

/** A readable one-line-per-node summary, for assertion messages. */
export function describeViolations(violations: Result[]): string {
	return violations
		.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary}`))
		.join('\n');
}
