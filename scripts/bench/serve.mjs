// A static host in miniature, and the byte counts of what Chromium fetches from it.

import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { distFileOf, gzipBytes } from '../measure/built-site.ts';

/**
 * Serves dist/ the way a static host or CDN does, with two kept packages rather than our own
 * server: `sirv` serves the files (directory indexes, ETags, the cache rules of dist/_headers for
 * hashed assets) and `compression` gzips text on the fly, so that Lighthouse and the network
 * figures see compressed transfers (`astro preview` sends files uncompressed).
 */
export function serveDist(dist) {
	const files = sirv(dist, {
		dev: false,
		etag: true,
		setHeaders(res, pathname) {
			res.setHeader(
				'cache-control',
				pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0',
			);
		},
	});
	const gzip = compression({ threshold: 0 });
	const notFound = readFileSync(join(dist, '404.html'));
	const server = createServer((req, res) =>
		gzip(req, res, () =>
			files(req, res, () => {
				res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
			}),
		),
	);
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
