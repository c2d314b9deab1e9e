/**
 * `npm run bench`: builds the site, serves it compressed like a real host and runs Lighthouse
 * (mobile emulation, default settings) on the home pages and the tool pages in both languages,
 * several times each, keeping Lighthouse's own median run. A measurement, not a test: it prints a
 * table and writes it as JSON under bench/results/.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { astroBin } from '../scripts/astro.mjs';
import { unpackedChromium } from '../scripts/chromium.mjs';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const lighthouseBin = join(root, 'node_modules/lighthouse/cli/index.js');
const outDir = resolve(root, process.env.ELMA_OUT_DIR ?? 'dist');
const pages = [
	'/',
	'/fr/',
	'/tools/certificate-checker/',
	'/fr/tools/certificate-checker/',
	'/tools/refund-calculator/',
	'/fr/tools/refund-calculator/',
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Lighthouse's figures vary from run to run: each page is measured this many times and the median run kept. */
const runsPerPage = Number(process.env.BENCH_RUNS ?? 3);

/** A shell's or a test runner's variables would make Astro build a development bundle. */
function productionEnv() {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (/^(VITEST|VITE_)/.test(key) || ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST'].includes(key)) delete env[key];
	}
	return { ...env, NODE_ENV: 'production', ELMA_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
}

async function run(command, args, env) {
	const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
	const stdout = [];
	let stderr = '';
	child.stdout.on('data', (chunk) => stdout.push(chunk));
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const [code] = await once(child, 'exit');
	const output = Buffer.concat(stdout).toString('utf8');
	if (code !== 0) throw new Error(`${args.slice(0, 2).join(' ')} failed (${code}):\n${(stderr || output).slice(-4000)}`);
	return output;
}

function folderSize(dir) {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) {
			bytes += statSync(join(entry.parentPath, entry.name)).size;
			files += 1;
		}
	}
	return { bytes, files };
}

async function lighthouse(url, chrome) {
	const report = await run(
		process.execPath,
		[
			lighthouseBin,
			url,
			'--output=json',
			'--output-path=stdout',
			'--quiet',
			`--only-categories=${categories.join(',')}`,
			'--chrome-flags=--headless --no-sandbox --disable-gpu',
		],
		{ ...process.env, CHROME_PATH: chrome },
	);
	return JSON.parse(report);
}

function summarize(path, lhr) {
	const resources = Object.fromEntries(lhr.audits['resource-summary'].details.items.map((item) => [item.resourceType, item]));
	const scores = Object.fromEntries(categories.map((id) => [id, Math.round(lhr.categories[id].score * 100)]));
	// The audits that cost points, so a score under 100 says why.
	const lostPoints = Object.fromEntries(
		categories.map((id) => [
			id,
			lhr.categories[id].auditRefs
				.filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
				.map((ref) => `${ref.id} (${lhr.audits[ref.id].score})`),
		]),
	);
	return {
		path,
		scores,
		lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
		tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
		transferBytes: resources.total.transferSize,
		jsBytes: resources.script.transferSize,
		requests: resources.total.requestCount,
		lostPoints,
		runWarnings: lhr.runWarnings,
	};
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

const buildStart = performance.now();
await run(process.execPath, [astroBin, 'build'], productionEnv());
const buildSeconds = (performance.now() - buildStart) / 1000;
const dist = folderSize(outDir);
console.log(`Built ${relative(root, outDir) || outDir} in ${buildSeconds.toFixed(1)} s: ${dist.files} files, ${kib(dist.bytes)}`);

const chrome = process.env.CHROME_PATH ?? (await unpackedChromium());
// Compressed before the first request, as a host's cache serves them: Lighthouse would otherwise count the compression as server time.
const server = await serve(outDir, { precompress: true });
const results = [];
try {
	for (const path of pages) {
		console.log(`Lighthouse ${path} (${runsPerPage} runs) …`);
		const runs = [];
		for (let run = 0; run < runsPerPage; run += 1) runs.push(await lighthouse(server.url + path, chrome));
		// The run nearest the median first contentful paint and time to interactive (Lighthouse's own choice).
		const lhr = computeMedianRun(runs);
		results.push({
			...summarize(path, lhr),
			allRuns: runs.map((run) => ({
				performance: Math.round(run.categories.performance.score * 100),
				tbtMs: Math.round(run.audits['total-blocking-time'].numericValue),
			})),
			lighthouseVersion: lhr.lighthouseVersion,
			userAgent: lhr.environment.hostUserAgent,
		});
	}
} finally {
	await server.close();
}

console.table(
	Object.fromEntries(
		results.map((result) => [
			result.path,
			{
				Performance: result.scores.performance,
				Accessibility: result.scores.accessibility,
				'Best Practices': result.scores['best-practices'],
				SEO: result.scores.seo,
				LCP: `${(result.lcpMs / 1000).toFixed(2)} s`,
				TBT: `${result.tbtMs} ms`,
				'all runs': result.allRuns.map((run) => `${run.performance}/${run.tbtMs}`).join(' '),
				transfer: kib(result.transferBytes),
				JS: kib(result.jsBytes),
			},
		]),
	),
);
console.log(`Build: ${buildSeconds.toFixed(1)} s. dist/: ${dist.files} files, ${kib(dist.bytes)}.`);
for (const result of results) {
	for (const [category, audits] of Object.entries(result.lostPoints)) {
		if (audits.length) console.log(`${result.path} ${category} lost points on: ${audits.join(', ')}`);
	}
}

const resultsDir = join(import.meta.dirname, 'results');
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `${new Date().toISOString().replaceAll(':', '-')}.json`);
const summary = {
	date: new Date().toISOString(),
	buildSeconds,
	dist,
	settings: `Lighthouse mobile emulation, default throttling; median of ${runsPerPage} runs per page`,
	pages: results,
};
writeFileSync(file, `${JSON.stringify(summary, null, '\t')}\n`);
console.log(`Written to ${relative(root, file)}`);
