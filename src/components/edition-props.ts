/** What a component that renders part of the edition is given: which edition, in which language. */
import { edition2020, type Edition, type Locale } from '@/rules/index.ts';
import { localeOf } from '@/i18n/locale.ts';

export interface EditionProps {
	/** Defaults to the 2020 edition. */
	edition?: Edition;
	/** Defaults to the language of the page being rendered. */
	locale?: Locale;
}

export function editionAndLocale(props: EditionProps, locals: App.Locals): { edition: Edition; locale: Locale } {
	return {
		edition: props.edition ?? edition2020,
		locale: props.locale ?? localeOf(locals.starlightRoute?.lang),
	};
}
