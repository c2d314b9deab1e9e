/** What a component that renders part of the edition works with: which edition, in which language, in which words. */
import { siteEdition } from '@/utils/site-edition.ts';
import type { Edition, Locale } from '@/rules/index.ts';
import { localeOf } from '@/i18n/locale.ts';
import { createFormat, type Format } from '@/i18n/format.ts';
import type { Translate } from '@/i18n/translate.ts';
import type { UiKey } from '@/i18n/starlightTranslate.ts';
import { starlightTranslate } from '@/i18n/starlightTranslate.ts';

export interface EditionProps {
	/** Defaults to the edition the site shows. */
	edition?: Edition;
	/** Defaults to the language of the page being rendered. */
	locale?: Locale;
}

export interface EditionContext extends Translate<UiKey> {
	edition: Edition;
	locale: Locale;
	format: Format;
}

export function editionContext(props: EditionProps, locals: App.Locals): EditionContext {
	const edition = props.edition ?? siteEdition;
	const locale = props.locale ?? localeOf(locals.starlightRoute?.lang);
	return { edition, locale, format: createFormat(locale, edition.currency), ...starlightTranslate(locals.t, locale) };
}
