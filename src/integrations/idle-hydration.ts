import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

declare module 'astro' {
	interface AstroClientDirectives {
		'client:onIdle'?: boolean;
	}
}

/**
 * `client:onIdle`: an island hydrates once the browser is idle, like Astro's `client:idle`,
 * whose inline script also reads a `timeout` option this site never passes. Each tool page
 * inlines one of them; this one is about 70 bytes lighter (gzip), what the refund calculator
 * needs to stay within its 78.4 KiB of JavaScript (test/e2e/site/budgets.test.ts).
 */
export default function idleHydration(): AstroIntegration {
	return {
		name: 'e-lma:idle-hydration',
		hooks: {
			'astro:config:setup': ({ addClientDirective }) => {
				addClientDirective({ name: 'onIdle', entrypoint: fileURLToPath(new URL('../islands/directives/on-idle.ts', import.meta.url)) });
			},
		},
	};
}
