// A static host in miniature, and the byte counts of what Chromium fetches from it.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distFileOf, gzipBytes } from '../../tooling/built-site.ts';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain',
};

/**
 * Serves dist/ the way a static host or CDN does, gzipping text on the fly, so that Lighthouse and
 * the network figures see compressed transfers (`astro preview` sends files uncompressed).
 */
export function serveDist(dist) {
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		let file = distFileOf(dist, path);
		if (!existsSync(file) && existsSync(join(file, 'index.html'))) file = join(file, 'index.html');
		if (!existsSync(file) || statSync(file).isDirectory()) {
			res.writeHead(404, { 'content-type': 'text/html' }).end(readFileSync(join(dist, '404.html')));
			return;
		}
		const body = readFileSync(file);
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const gzip =
			/gzip/.test(String(req.headers['accept-encoding'])) && !/^(image\/(?!svg)|application\/octet)/.test(type);
		const compressed = gzip ? gzipSync(body, { level: 6 }) : body;
		const useGzip = gzip && compressed.length < body.length;
		res.writeHead(200, {
			'content-type': type,
			'cache-control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0',
			...(useGzip ? { 'content-encoding': 'gzip' } : {}),
		});
		res.end(useGzip ? compressed : body);
	});
	return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/**
 * What Chromium fetches while `action` runs (the page's dedicated workers included, where Pagefind
 * searches), weighed as a static host would send each file: gzipped, unless it is already
 * compressed (Pagefind's index and WebAssembly are), as `min(raw, gzip)` of the file in dist/.
 */
export async function wireBytes(page, dist, action) {
	const urls = [];
	const record = (request) => urls.push(request.url());
	page.on('requestfinished', record);
	await action();
	page.off('requestfinished', record);
	const files = urls.map((url) => distFileOf(dist, new URL(url).pathname)).filter((file) => existsSync(file));
	const total = files.reduce((sum, file) => {
		const raw = readFileSync(file);
		return sum + Math.min(raw.length, gzipBytes(raw));
	}, 0);
	return { total, files };
}
