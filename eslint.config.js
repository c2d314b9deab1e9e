// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What the browser is never given: build-time modules, whole edition records, Node and Astro APIs. */
const buildTimeOnly = [
	{ group: ['astro:*', 'node:*', 'astro', 'astro/*', '@astrojs/*'], message: 'Islands run in the browser: no Astro or Node API.' },
	{
		group: ['@/rules/index.ts', '@/rules/editions.ts'],
		message: 'Islands are given their part of the edition as props, never the whole record.',
	},
	{
		// What ships: the islands' own code, the rules, and the wording they fill in the browser.
		regex: '^@/(?!islands/|rules/|i18n/(translate|format)\\.ts$)',
		message: 'Build-time code does not ship: islands import only from src/islands/, src/rules/ and src/i18n/{translate,format}.ts.',
	},
	{ regex: '^\\.\\./\\.\\./', message: 'Out of src/islands/ only by the @/ paths above.' },
	{ group: ['*.astro'], message: 'Components are rendered at build time; islands do not import them.' },
];

export default defineConfig(
	{ ignores: ['dist/', 'node_modules/', '.astro/', 'bench/results/'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs['flat/recommended'],
	astro.configs['flat/jsx-a11y-recommended'],
	{ files: ['**/*.tsx'], ...jsxA11y.configs.recommended },
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Starlight's I18n interface is extended by declaration merging (src/i18n/ui-strings.d.ts).
			'@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
		},
	},
	{
		// Tests build wrong records and inputs on purpose.
		files: ['test/**'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' },
	},
	{
		// The rules run in the browser, in Node and in tests alike: they import nothing from the site.
		files: ['src/rules/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ regex: '^(@/(?!rules/)|astro|node:|react)', message: 'src/rules/ imports only from src/rules/.' },
						// Up out of src/rules/ only to read an edition record.
						{
							regex: '^\\.\\./(?!\\.\\./content/editions/[\\w-]+\\.json$)',
							message: 'src/rules/ imports only from src/rules/ and the edition records.',
						},
					],
				},
			],
		},
	},
	{
		files: ['src/islands/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: buildTimeOnly }] },
	},
);
