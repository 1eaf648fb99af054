import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipBytes, sitemapPaths } from '../../scripts/measure/built-site';

/** The JavaScript a built page makes the browser load before any interaction, gzip-compressed. */
export interface PageScripts {
	/** Each same-origin script file the page loads (by `src`, island URLs, or static imports), with its gzip bytes. */
	files: Map<string, number>;
	/** Gzip bytes of each inline script (JSON data blocks excluded: they are never executed). */
	inline: number[];
	/** The sum of both. */
	total: number;
}

/** Static imports of a built module (`import … from "./x.js"` and bare `import "./x.js"`), not dynamic ones. */
function staticImports(code: string): string[] {
	return [...code.matchAll(/\bimport\s*(?:[\w{}\s,*$]+\s*from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
}

/**
 * Measures the JavaScript of one page of `distDir`: script files and island chunks it references,
 * every module those import statically (the browser fetches them at once), and inline scripts.
 * Dynamic imports are left out, since they load only on demand (such as search on first use).
 */
export function measurePageScripts(distDir: string, pagePath: string): PageScripts {
	const html = readFileSync(join(distDir, pagePath, 'index.html'), 'utf8');
	const queue: string[] = [];
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) queue.push(m[1]!);
	for (const m of html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) queue.push(m[1]!);
	for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) queue.push(m[1]!);

	const files = new Map<string, number>();
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (/^(https?:)?\/\//.test(url) || files.has(url)) continue;
		const file = join(distDir, url);
		if (!existsSync(file)) throw new Error(`${pagePath} loads ${url}, which is not in ${distDir}`);
		const code = readFileSync(file, 'utf8');
		files.set(url, gzipBytes(code));
		for (const spec of staticImports(code)) queue.push(spec.startsWith('/') ? spec : posix.join(dirname(url), spec));
	}

	const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter((m) => !/type="application\/(?:ld\+)?json"/.test(m[1]!))
		.map((m) => gzipBytes(m[2]!));
	const total = [...files.values()].reduce((a, b) => a + b, 0) + inline.reduce((a, b) => a + b, 0);
	return { files, inline, total };
}

/** Every page of the built site's sitemap, as its folder path under dist (`''` for home). */
export function builtPages(distDir = 'dist'): string[] {
	return sitemapPaths(distDir).map((path) => path.replace(/^\/|\/$/g, ''));
}
