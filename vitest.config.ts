/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		projects: [
			// The unit suite runs in two zones far from UTC, on either side of the date line, so
			// that no calendar rule can come to depend on the machine's clock.
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['test/unit/**/*.test.ts'],
					environment: 'node',
					env: { TZ: 'America/Los_Angeles' },
				},
			},
			{
				extends: true,
				test: {
					name: 'unit-kiritimati',
					include: ['test/unit/**/*.test.ts'],
					environment: 'node',
					env: { TZ: 'Pacific/Kiritimati' },
				},
			},
			{
				extends: true,
				test: { name: 'component', include: ['test/component/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['test/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					maxWorkers: 2,
					// A worker limit of its own needs a group of its own: the browser tests run after the others.
					sequence: { groupOrder: 1 },
				},
			},
		],
	},
});
