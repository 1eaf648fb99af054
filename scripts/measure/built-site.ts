import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Measures the built site for the tests and the benchmark; it is tooling, not part of the site.
// It is shared by the tests (through Vitest) and by `scripts/bench.mjs` (through Node's own type
// stripping), so it imports nothing but Node built-ins and uses only erasable TypeScript.

/** The kinds of page the benchmark reports on; they mirror `PAGE_KINDS` in `src/schemas/docs.ts`. */
export type PageKindName = 'home' | 'guide' | 'language' | 'scenario' | 'tool' | 'team' | 'reference';

/** What one built page costs a reader, in bytes after gzip (the way a static host serves it). */
export interface PageWeight {
	/** The site path, such as `/languages/go/`. */
	path: string;
	/** The page's HTML, gzipped (its inline scripts and styles included). */
	html: number;
	/** Every stylesheet the page links to, each gzipped, added up. */
	css: number;
	/** Every JavaScript file the page can load, each gzipped, added up (Pagefind's own files excluded). */
	js: number;
	/** The JavaScript files counted in `js`, as site paths. */
	jsFiles: string[];
	/** Whether the page's content holds an island, an Astro `<astro-island>` (the search dialog aside). */
	hasIsland: boolean;
}

/**
 * How an island shows in built HTML: every island is a `client:*` component in an `<astro-island>`.
 * The search dialog in every page's header (`client:intent`) does not count: it loads nothing until
 * the reader searches, and is budgeted on its own.
 */
export const ISLAND_MARKUP = /<astro-island\b(?![^>]*\sclient="intent")/;

/** The same islands as a CSS selector, for tests in the browser. */
export const ISLAND_SELECTOR = 'astro-island:not([client="intent"])';

/**
 * The size in bytes of `data` once gzipped. Every byte budget, in the tests and in the benchmark,
 * counts gzip at level 9, so their figures agree; a host compressing at zlib's default level 6
 * sends slightly more.
 */
export function gzipBytes(data: string | Uint8Array): number {
	return gzipSync(data, { level: 9 }).length;
}

/**
 * Every page path the sitemap lists, read from `sitemap-index.xml` (and each sitemap it names), so
 * that a new page is covered by every site-wide test without editing a list.
 */
export function sitemapPaths(dist: string): string[] {
	const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
	const paths = locs(index).flatMap((sitemap) =>
		locs(readFileSync(join(dist, ...sitemap.split('/').filter(Boolean)), 'utf8')),
	);
	return [...new Set(paths)].sort();
}

/** The built HTML file that serves a site path: `/languages/go/` → `dist/languages/go/index.html`. */
export function htmlFileOf(dist: string, path: string): string {
	// A page served from its own file, such as the host's `/404.html`, rather than a folder.
	if (path.endsWith('.html')) return join(dist, ...path.split('/').filter(Boolean));
	return join(dist, ...path.split('/').filter(Boolean), 'index.html');
}

/** The file in `dist/` behind a root-relative URL path such as `/_astro/page.js`. */
export function distFileOf(dist: string, urlPath: string): string {
	const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
	const file = join(dist, ...clean.split('/').filter(Boolean));
	return clean.endsWith('/') ? join(file, 'index.html') : file;
}

/**
 * The kind of a page, from the `kind` field of its source's frontmatter (`content/docs/<path>.mdx`
 * or `<path>/index.mdx`); pages without a source or a `kind` count as guides, as the schema's default.
 */
export function pageKindOf(path: string, contentDir = 'content/docs'): PageKindName {
	const base = join(contentDir, ...path.split('/').filter(Boolean));
	const candidates = path === '/' ? [join(contentDir, 'index')] : [base, join(base, 'index')];
	for (const stem of candidates) {
		for (const ext of ['.mdx', '.md']) {
			if (!existsSync(stem + ext)) continue;
			const frontmatter = readFileSync(stem + ext, 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
			const kind = frontmatter.match(/^kind:\s*["']?(\w+)["']?\s*$/m)?.[1];
			return (kind as PageKindName | undefined) ?? 'guide';
		}
	}
	return 'guide';
}

/** Root-relative paths of the stylesheets a page links to (print styles included: browsers fetch them too). */
export function stylesheetsOf(html: string): string[] {
	return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
		.map((m) => m[0].match(/\bhref="([^"]+)"/)?.[1])
		.filter((href): href is string => !!href && href.startsWith('/'));
}

/**
 * Root-relative paths of every JavaScript file a page can load: its module scripts, the component
 * and renderer of each island, and every chunk those files name (static or dynamic imports alike),
 * followed transitively. Search is left out (Pagefind's index and runtime, and the search dialog's
 * island), fetched only once the reader searches: its own budget and the benchmark measure it.
 */
export function scriptsOf(dist: string, html: string): string[] {
	const entry = [
		...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
		// The search dialog's island (`client="intent"`) loads only when the reader searches, like Pagefind.
		...[...html.matchAll(/<astro-island\b[^>]*>/g)]
			.filter(([tag]) => !tag.includes(' client="intent"'))
			.flatMap(([tag]) => [...tag.matchAll(/\b(?:component|renderer|before-hydration)-url="([^"]+)"/g)])
			.map((m) => m[1]!),
	].filter((src) => src.startsWith('/') && !src.startsWith('/pagefind/'));
	const seen = new Set<string>();
	const queue = [...entry];
	while (queue.length > 0) {
		const src = queue.shift()!;
		if (seen.has(src)) continue;
		seen.add(src);
		const file = distFileOf(dist, src);
		// A script the page names but the build lacks would weigh 0 and pass any budget; it is an error.
		if (!existsSync(file)) throw new Error(`A page loads ${src}, which is not in ${dist}.`);
		const dir = src.slice(0, src.lastIndexOf('/') + 1);
		const code = readFileSync(file, 'utf8');
		// Chunk names appear as "./x.js" in imports and as "_astro/x.js" in Vite's preload maps.
		for (const m of code.matchAll(/["'`](\.\/|\/?_astro\/)([\w.@~-]+\.m?js)["'`]/g)) {
			const next = m[1] === './' ? dir + m[2] : `/_astro/${m[2]}`;
			if (!seen.has(next)) queue.push(next);
		}
	}
	return [...seen].sort();
}

/** Sums the gzipped size of files in `dist/` named by root-relative paths; a missing file throws. */
export function gzipTotal(dist: string, paths: string[]): number {
	return paths
		.map((path) => distFileOf(dist, path))
		.reduce((sum, file) => {
			if (!existsSync(file)) throw new Error(`${file} is named by a page but is not in the build.`);
			return sum + gzipBytes(readFileSync(file));
		}, 0);
}

/** What a built page costs a first-time reader: HTML, CSS and JavaScript, each gzipped. */
export function pageWeight(dist: string, path: string): PageWeight {
	const html = readFileSync(htmlFileOf(dist, path), 'utf8');
	const jsFiles = scriptsOf(dist, html);
	return {
		path,
		html: gzipBytes(html),
		css: gzipTotal(dist, stylesheetsOf(html)),
		js: gzipTotal(dist, jsFiles),
		jsFiles,
		hasIsland: ISLAND_MARKUP.test(html),
	};
}

/** Every `.css` file the build wrote, as root-relative paths. */
export function allStylesheets(dist: string): string[] {
	const dir = join(dist, '_astro');
	return existsSync(dir)
		? readdirSync(dir)
				.filter((name) => name.endsWith('.css'))
				.map((name) => `/_astro/${name}`)
		: [];
}
