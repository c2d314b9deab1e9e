/** Types the site's own keys for Starlight's `Astro.locals.t()`. */
declare namespace StarlightApp {
	type UiStrings = typeof import('../../content/i18n/en.json');
	interface I18n extends UiStrings {}
}
