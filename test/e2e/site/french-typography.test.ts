/**
 * French typography as readers (and screen readers) meet it in the built site: no ordinary space
 * before : ; ? ! or inside « », in the text of every French page, in the attribute values read out
 * or shown (aria-label, title, alt, placeholder, meta content), and in the French calendar file.
 * Scripts, styles and code are left out: they are not French text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { attributeValues, builtPages, isFrench, readHtml } from '../support/dist.ts';
import { ordinarySpaceFaults } from '../support/french.ts';

const distDir = inject('distDir');
const frenchPages = builtPages(distDir).filter((page) => isFrench(page.path));

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
		if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
		return entities[name] ?? entity;
	});
}

/** The text of a page as read: tags become nothing (inline) or a line break (so words never run together wrongly). */
function textOf(html: string): string {
	const body = html.replace(/<(script|style|code|pre|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<!--[\s\S]*?-->/g, '');
	return decodeEntities(body.replace(/<[^>]+>/g, ''));
}

const readAttributes = ['aria-label', 'title', 'alt', 'placeholder', 'content'];

function attributesOf(html: string): string[] {
	const tags = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
	return readAttributes.flatMap((attribute) => attributeValues(tags, attribute)).map(decodeEntities);
}

/** An iCalendar file's text values: folded lines joined again and RFC 5545 escapes undone. */
function calendarText(ics: string): string {
	return ics
		.replace(/\r\n[ \t]/g, '')
		.replace(/\\([;,\\])/g, '$1')
		.replace(/\\n/gi, '\n');
}

describe('French typography in the built site', () => {
	it('has French pages to check', () => {
		expect(frenchPages.length).toBeGreaterThan(10);
	});

	it.each(frenchPages.map((page) => [page.path, page] as const))('%s: no ordinary space before : ; ? ! or inside « »', (_, page) => {
		const html = readHtml(page);
		expect(ordinarySpaceFaults(textOf(html))).toEqual([]);
		expect(attributesOf(html).flatMap(ordinarySpaceFaults)).toEqual([]);
	});

	it.each(frenchPages.map((page) => [page.path, page] as const))('%s: Starlight’s labels are accented French', (_, page) => {
		expect(readHtml(page)).not.toMatch(/Selectionner/);
	});

	it('/fr/e-lma-2020-fr.ics: no ordinary space before : ; ? ! or inside « »', () => {
		const text = calendarText(readFileSync(join(distDir, 'fr/e-lma-2020-fr.ics'), 'utf8'));
		expect(text).toContain('SUMMARY');
		expect(ordinarySpaceFaults(text)).toEqual([]);
	});
});

describe('the check itself', () => {
	it('finds ordinary spaces, also across tags and in attributes, and accepts no-break ones', () => {
		expect(ordinarySpaceFaults(textOf('<p>Vous annulez <b>?</b> Oui : « non »</p>'))).toHaveLength(4);
		expect(ordinarySpaceFaults(textOf('<p>Oui&nbsp;: «&#160;non\u202f» ; voir https://www.itcilo.org</p><code>a ; b</code>'))).toEqual([
			'» ;',
		]);
		expect(attributesOf('<a aria-label="Section intitulée « Prix »" title="Oui\u00a0?">').flatMap(ordinarySpaceFaults)).toHaveLength(2);
		expect(ordinarySpaceFaults(calendarText('DESCRIPTION:Notification écrite\u00a0\\; rembou\r\n rsement :\r\n'))).toEqual([
			'emboursement :',
		]);
	});
});
