/** What a component that renders part of the edition works with: which edition, in which language, in which words. */
import { siteEdition } from '@/utils/site-edition.ts';
import type { Edition, Locale } from '@/rules/index.ts';
import { localeOf } from '@/i18n/locale.ts';
import { createFormat, type Format } from '@/i18n/format.ts';
import { createTranslator, type Translate } from '@/i18n/translate.ts';
import { uiStrings } from '@/i18n/uiStrings.ts';

export interface EditionProps {
	/** Defaults to the edition the site shows. */
	edition?: Edition;
	/** Defaults to the language of the page being rendered. */
	locale?: Locale;
}

export interface EditionContext extends Translate {
	edition: Edition;
	locale: Locale;
	format: Format;
}

export function editionContext(props: EditionProps, locals: App.Locals): EditionContext {
	const edition = props.edition ?? siteEdition;
	const locale = props.locale ?? localeOf(locals.starlightRoute?.lang);
	return { edition, locale, format: createFormat(locale, edition.currency), ...createTranslator(uiStrings(locals), locale) };
}
