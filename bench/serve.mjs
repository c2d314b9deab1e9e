/**
 * A small static server for the built site that behaves like a real host: compressed responses
 * (brotli or gzip, as the browser asks), correct content types, long caching for hashed assets,
 * `/path` redirected to `/path/`, and the site's 404 page with a 404 status.
 */
import { createServer } from 'node:http';
import { once } from 'node:events';
import { readFile, stat } from 'node:fs/promises';
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

function compress(body, acceptEncoding) {
	if (/\bbr\b/.test(acceptEncoding)) {
		return { encoding: 'br', body: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) };
	}
	if (/\bgzip\b/.test(acceptEncoding)) return { encoding: 'gzip', body: gzipSync(body, { level: 9 }) };
	return { encoding: undefined, body };
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

/** Serves `root` on 127.0.0.1 and a free port; resolves to its URL and a `close()`. */
export async function serve(root) {
	const cache = new Map();
	const server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const found = await locate(root, url.pathname);
		if (found.redirect) {
			response.writeHead(301, { location: found.redirect + url.search }).end();
			return;
		}
		const file = found.file ?? join(root, '404.html');
		const status = found.file ? 200 : 404;
		const type = contentTypes[extname(file)] ?? 'application/octet-stream';
		const headers = {
			'content-type': type,
			'cache-control': url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
			vary: 'accept-encoding',
		};
		const raw = await readFile(file);
		const acceptEncoding = compressible.test(type) ? String(request.headers['accept-encoding'] ?? '') : '';
		const key = `${file}|${/\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : ''}`;
		let encoded = cache.get(key);
		if (!encoded) {
			encoded = compress(raw, acceptEncoding);
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
