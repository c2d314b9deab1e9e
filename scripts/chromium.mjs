/**
 * The headless Chromium of the npm package `@sparticuz/chromium`, driven by the browser tests and
 * by `npm run bench`.
 *
 * The package unpacks its browser (about 200 MB) into the temporary folder the first time anyone
 * asks for its path, with no lock, and answers `$TMPDIR/chromium` as soon as that file exists:
 * a second process asking meanwhile starts a binary that is still being written (spawn ETXTBSY).
 * Here it is unpacked into a folder of the project's own under a unique name, then renamed into
 * place: the folder is either absent or complete, whatever else runs at the same time.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const cache = join(root, 'node_modules/.cache');

/** The path of the unpacked `chromium` executable, unpacking it on the first call after `npm ci`. */
export async function unpackedChromium() {
	const { version } = JSON.parse(readFileSync(join(root, 'node_modules/@sparticuz/chromium/package.json'), 'utf8'));
	const folder = join(cache, `chromium-${version}`);
	const executable = join(folder, 'chromium');
	if (existsSync(executable)) return executable;
	mkdirSync(cache, { recursive: true });
	const staging = mkdtempSync(`${folder}-`);
	try {
		// The package unpacks into os.tmpdir(): in a process of its own, that is the staging folder.
		await promisify(execFile)(
			process.execPath,
			['--input-type=module', '--eval', "await (await import('@sparticuz/chromium')).default.executablePath();"],
			{ cwd: root, env: { ...process.env, TMPDIR: staging } },
		);
		renameSync(staging, folder);
	} catch (error) {
		rmSync(staging, { force: true, recursive: true });
		// A run that started at the same time renamed its complete copy into place first.
		if (!existsSync(executable)) throw error;
	}
	return executable;
}
