/**
 * Unpacks the browser and builds the site once for the whole e2e run, before any worker starts,
 * and serves the site with `astro preview` on 127.0.0.1. Set CHROMIUM_PATH to use another browser,
 * and E2E_BASE_URL and E2E_DIST_DIR to test a site that is already built and served.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBin } from '../../scripts/astro.mjs';
import { unpackedChromium } from '../../scripts/chromium.mjs';
import { siteAddress } from '../../src/utils/site-address.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		distDir: string;
		/** The public address the site under test was built for (`SITE_URL`). */
		siteUrl: string;
		chromiumPath: string;
	}
}

const root = resolve(import.meta.dirname, '../..');

/**
 * The test build is made for an address of its own, not the default of astro.config.mjs, so that
 * an address typed into a page instead of read from `SITE_URL` shows up (site/site-address.test.ts).
 */
const testSiteUrl = 'https://elma-site-url.test';

/**
 * Vitest's own variables would make Astro build a development bundle (no search, no minification),
 * and its copy of `SITE` would win over `SITE_URL` in `import.meta.env.SITE` (the calendar's event ids).
 */
function productionEnv(outDir: string): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (/^(VITEST|VITE_)/.test(key) || ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'SITE', 'ASSETS_PREFIX', 'TEST'].includes(key))
			delete env[key];
	}
	return { ...env, NODE_ENV: 'production', ELMA_OUT_DIR: outDir, SITE_URL: testSiteUrl, ASTRO_TELEMETRY_DISABLED: '1' };
}

async function freePort(): Promise<number> {
	const server = createServer().listen(0, '127.0.0.1');
	await once(server, 'listening');
	const address = server.address();
	server.close();
	if (typeof address !== 'object' || address === null) throw new Error('no free port');
	return address.port;
}

async function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
	const child = spawn(process.execPath, [astroBin, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const [code] = (await once(child, 'exit')) as [number | null];
	if (code !== 0) throw new Error(`astro ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`);
}

async function waitUntilServed(url: string, server: ChildProcess): Promise<void> {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`astro preview exited with ${server.exitCode}`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((done) => setTimeout(done, 200));
	}
	throw new Error(`astro preview did not answer on ${url}`);
}

export default async function setup(project: TestProject) {
	project.provide('chromiumPath', process.env.CHROMIUM_PATH ?? (await unpackedChromium()));
	if (process.env.E2E_BASE_URL && process.env.E2E_DIST_DIR) {
		project.provide('baseUrl', process.env.E2E_BASE_URL);
		project.provide('distDir', resolve(process.env.E2E_DIST_DIR));
		project.provide('siteUrl', siteAddress(process.env));
		return;
	}
	// Inside the project: Astro moves its `.astro` folder around when the output is elsewhere.
	const cache = join(root, 'node_modules/.cache');
	mkdirSync(cache, { recursive: true });
	const outDir = mkdtempSync(join(cache, 'e2e-dist-'));
	const env = productionEnv(outDir);
	let server: ChildProcess | undefined;
	const teardown = () => {
		// `detached` made the server the leader of its own process group: this stops it and its children.
		if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
		rmSync(outDir, { force: true, recursive: true });
	};
	try {
		await run(['build'], env);
		const port = await freePort();
		server = spawn(process.execPath, [astroBin, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
			cwd: root,
			env,
			stdio: 'ignore',
			detached: true,
		});
		const baseUrl = `http://127.0.0.1:${port}/`;
		await waitUntilServed(baseUrl, server);
		project.provide('baseUrl', baseUrl);
		project.provide('distDir', outDir);
		project.provide('siteUrl', testSiteUrl);
	} catch (error) {
		teardown();
		throw error;
	}
	return teardown;
}
