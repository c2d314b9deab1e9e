/**
 * A small static server for the built site that behaves like a real host: compressed responses
 * (brotli or gzip, as the browser asks), correct content types, long caching for hashed assets,
 * `/path` redirected to `/path/`, the site's 404 page with a 404 status, and the headers of the
 * `_headers` file the build writes (src/security/headers.ts), as Netlify or Cloudflare Pages send them.
 */
import { createServer } from 'node:http';
import { once } from 'node:events';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const contentTypes = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
	'.wasm': 'application/wasm',
};
const compressible = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** The encoding a response gets for this `Accept-Encoding`: brotli, else gzip, else none (''). */
function encodingFor(acceptEncoding) {
	if (/\bbr\b/.test(acceptEncoding)) return 'br';
	return /\bgzip\b/.test(acceptEncoding) ? 'gzip' : '';
}

function compress(body, encoding) {
	if (encoding === 'br') return { encoding, body: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) };
	if (encoding === 'gzip') return { encoding, body: gzipSync(body, { level: 9 }) };
	return { encoding: undefined, body };
}

/** The rules of a `_headers` file: a path pattern (`*` matches anything), then indented `Name: value` lines. */
export function parseHeadersFile(text) {
	const rules = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = new RegExp(
				`^${line
					.trim()
					.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
					.replaceAll('*', '.*')}$`,
			);
			rules.push({ pattern, headers: {} });
			continue;
		}
		const separator = line.indexOf(':');
		const rule = rules.at(-1);
		if (!rule || separator < 0) throw new Error(`_headers: cannot read "${line.trim()}"`);
		rule.headers[line.slice(0, separator).trim().toLowerCase()] = line.slice(separator + 1).trim();
	}
	return rules;
}

/** The headers every rule matching `pathname` adds. */
function headersFor(rules, pathname) {
	return Object.assign({}, ...rules.filter((rule) => rule.pattern.test(pathname)).map((rule) => rule.headers));
}

/** Where `pathname` lives in `root`, a redirect to its folder form, or nothing. */
async function locate(root, pathname) {
	const path = normalize(join(root, decodeURIComponent(pathname)));
	if (path !== root && !path.startsWith(root + sep)) return {};
	if (pathname.endsWith('/')) return (await isFile(join(path, 'index.html'))) ? { file: join(path, 'index.html') } : {};
	if (await isFile(path)) return { file: path };
	if (await isFile(join(path, 'index.html'))) return { redirect: `${pathname}/` };
	return {};
}

/**
 * Serves `root` on 127.0.0.1 and a free port; resolves to its URL and a `close()`.
 * With `precompress`, every compressible file is compressed before the server listens, as a host
 * or CDN serves it from its cache: otherwise a page's first request waits for brotli at quality 11
 * (about half a second for React's chunk on this machine), and Lighthouse, which measures the
 * server's response time and feeds it into its simulation, charges that to the site.
 */
export async function serve(root, { precompress = false } = {}) {
	const cache = new Map();
	if (precompress) {
		for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
			const file = join(entry.parentPath, entry.name);
			if (!entry.isFile() || !compressible.test(contentTypes[extname(file)] ?? '')) continue;
			const raw = await readFile(file);
			for (const encoding of ['br', 'gzip']) cache.set(`${file}|${encoding}`, compress(raw, encoding));
		}
	}
	const rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
	const server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		// The host reads `_headers`; it does not serve it.
		const found = url.pathname === '/_headers' ? {} : await locate(root, url.pathname);
		const hostHeaders = headersFor(rules, url.pathname);
		if (found.redirect) {
			response.writeHead(301, { ...hostHeaders, location: found.redirect + url.search }).end();
			return;
		}
		const file = found.file ?? join(root, '404.html');
		const status = found.file ? 200 : 404;
		const type = contentTypes[extname(file)] ?? 'application/octet-stream';
		const headers = {
			'content-type': type,
			'cache-control': 'public, max-age=0, must-revalidate',
			vary: 'accept-encoding',
			...hostHeaders,
		};
		const raw = await readFile(file);
		const acceptEncoding = compressible.test(type) ? String(request.headers['accept-encoding'] ?? '') : '';
		const encoding = encodingFor(acceptEncoding);
		const key = `${file}|${encoding}`;
		let encoded = cache.get(key);
		if (!encoded) {
			encoded = compress(raw, encoding);
			cache.set(key, encoded);
		}
		if (encoded.encoding) headers['content-encoding'] = encoded.encoding;
		headers['content-length'] = encoded.body.length;
		response.writeHead(status, headers);
		response.end(request.method === 'HEAD' ? undefined : encoded.body);
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const { port } = server.address();
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) };
}
