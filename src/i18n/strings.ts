/** UI strings for an island: every key of `content/i18n/<lang>.json` under one prefix, prefix removed. */
export type Strings = Readonly<Record<string, string>>;

export function stringsWithPrefix(all: Record<string, string>, prefix: string): Strings {
	return Object.fromEntries(
		Object.entries(all)
			.filter(([key]) => key.startsWith(prefix))
			.map(([key, value]) => [key.slice(prefix.length), value]),
	);
}

/** Replaces `{name}` placeholders; a missing value leaves the placeholder visible rather than throwing. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
