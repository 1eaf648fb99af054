import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	gzipBytes,
	gzipTotal,
	htmlFileOf,
	ISLAND_MARKUP,
	pageKindOf,
	pageWeight,
	scriptsOf,
	sitemapPaths,
	stylesheetsOf,
} from '../../scripts/measure/built-site';

let root: string;
const dist = () => join(root, 'dist');
const content = () => join(root, 'docs');

function write(path: string, text: string) {
	const file = join(root, path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
}

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'built-site-'));
	write(
		'dist/sitemap-index.xml',
		'<sitemapindex><sitemap><loc>https://x.example/sitemap-0.xml</loc></sitemap></sitemapindex>',
	);
	write(
		'dist/sitemap-0.xml',
		'<urlset><url><loc>https://x.example/</loc></url><url><loc>https://x.example/tools/picker/</loc></url></urlset>',
	);
	write('dist/_astro/page.js', 'import"./shared.js";');
	write('dist/_astro/shared.js', 'export const a=1;');
	write('dist/_astro/lazy.js', 'export const lazy=2;');
	write('dist/_astro/search.js', 'import{t}from"./shared.js";t(()=>import(`./lazy.js`));');
	write('dist/_astro/island.js', 'export default 1;');
	write('dist/_astro/client.js', 'const d=["_astro/shared.js"];');
	write('dist/_astro/site.css', 'body{color:red}');
	write(
		'dist/index.html',
		'<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script>',
	);
	write(
		'dist/tools/picker/index.html',
		`<link rel="stylesheet" href="/_astro/site.css" media="print">
		<script type="module" src="/_astro/search.js"></script>
		<script src="/pagefind/pagefind.js"></script>
		<astro-island component-url="/_astro/island.js" renderer-url="/_astro/client.js"></astro-island>`,
	);
	write('docs/index.mdx', '---\ntitle: Home\nkind: home\n---\n');
	write('docs/tools/picker.mdx', '---\ntitle: "Picker"\nkind: "tool"\n---\nkind: team\n');
	write('docs/decide/index.mdx', '---\ntitle: Decide\n---\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('reading the built site', () => {
	test('lists every page of every sitemap the index names, as paths', () => {
		expect(sitemapPaths(dist())).toEqual(['/', '/tools/picker/']);
	});

	test('reads the page kind from the frontmatter, defaulting to guide', () => {
		expect(pageKindOf('/', content())).toBe('home');
		expect(pageKindOf('/tools/picker/', content())).toBe('tool');
		expect(pageKindOf('/decide/', content())).toBe('guide');
		expect(pageKindOf('/no/source/', content())).toBe('guide');
	});

	test('follows static and dynamic imports and island files, but leaves Pagefind out', () => {
		const html = `<script type="module" src="/_astro/search.js"></script><script src="/pagefind/pagefind.js"></script>
			<astro-island component-url="/_astro/island.js" renderer-url="/_astro/client.js"></astro-island>`;
		expect(scriptsOf(dist(), html)).toEqual([
			'/_astro/client.js',
			'/_astro/island.js',
			'/_astro/lazy.js',
			'/_astro/search.js',
			'/_astro/shared.js',
		]);
	});

	test('leaves out the search dialog, which loads only when the reader searches', () => {
		const search = '<astro-island component-url="/_astro/lazy.js" renderer-url="/_astro/client.js" client="intent">';
		expect(scriptsOf(dist(), `<header>${search}</astro-island></header>`)).toEqual([]);
		const both = `${search}</astro-island><astro-island component-url="/_astro/island.js" client="load"></astro-island>`;
		expect(scriptsOf(dist(), both)).toEqual(['/_astro/island.js']);
	});

	test('counts print stylesheets too, since browsers download them', () => {
		expect(stylesheetsOf('<link rel="stylesheet" href="/a.css" media="print"><link rel="icon" href="/i.svg">')).toEqual(
			['/a.css'],
		);
	});

	test('weighs a page by the gzipped size of its HTML, CSS and JavaScript', () => {
		const home = pageWeight(dist(), '/');
		expect(home.jsFiles).toEqual(['/_astro/page.js', '/_astro/shared.js']);
		expect(home.js).toBe(gzipBytes('import"./shared.js";') + gzipBytes('export const a=1;'));
		expect(home.css).toBe(gzipBytes('body{color:red}'));
		expect(home.hasIsland).toBe(false);
		expect(pageWeight(dist(), '/tools/picker/').hasIsland).toBe(true);
	});

	test('finds a page served from a folder, and one served from its own file such as the 404 page', () => {
		expect(htmlFileOf('dist', '/')).toBe(join('dist', 'index.html'));
		expect(htmlFileOf('dist', '/tools/picker/')).toBe(join('dist', 'tools', 'picker', 'index.html'));
		expect(htmlFileOf('dist', '/404.html')).toBe(join('dist', '404.html'));
	});

	test('fails on a script or stylesheet a page names but the build lacks, instead of weighing it as 0', () => {
		write('dist/broken/index.html', '<html><script type="module" src="/_astro/gone.js"></script></html>');
		expect(() => pageWeight(dist(), '/broken/')).toThrow(/gone\.js/);
		expect(() => gzipTotal(dist(), ['/_astro/missing.css'])).toThrow(/missing\.css/);
	});

	test('recognises an island by the element Astro wraps each client:* component in, not by prose naming it', () => {
		expect(ISLAND_MARKUP.test('<astro-island uid="1" component-url="/a.js">')).toBe(true);
		expect(ISLAND_MARKUP.test('<p>Each island is an astro-island element.</p>')).toBe(false);
		expect(ISLAND_MARKUP.test('<p>&lt;astro-island&gt; is explained in the README</p>')).toBe(false);
	});

	test('does not count the search dialog in every header as an island of the page', () => {
		const search = '<astro-island uid="2" component-url="/s.js" ssr client="intent" opts="{}">';
		expect(ISLAND_MARKUP.test(`<header>${search}</header>`)).toBe(false);
		expect(ISLAND_MARKUP.test(`<header>${search}</header><astro-island uid="3" client="load">`)).toBe(true);
	});

	test('gzip makes repetitive text much smaller', () => {
		expect(gzipBytes('a'.repeat(10_000))).toBeLessThan(100);
	});
});
