import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlFileOf, sitemapPaths } from '../../scripts/measure/built-site';
import type { TitleEntry } from '../../src/search/model/title-matches';
import { DIST } from '../support/site-pages';

const titles: TitleEntry[] = JSON.parse(readFileSync(join(DIST, 'search', 'titles.json'), 'utf8'));
const htmlOf = (path: string) => readFileSync(htmlFileOf(DIST, path), 'utf8');
/** The few character references Astro writes into a heading's text. */
const decode = (html: string) =>
	html
		.replace(/&#x27;|&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

describe('/search/titles.json, the title list the search dialog shows while Pagefind loads', () => {
	test('lists every page of the sitemap once, and nothing else', () => {
		expect(titles.map((page) => page.url)).toEqual(sitemapPaths(DIST));
	});

	test.each(titles.map((page) => [page.url, page] as const))('%s: its title is the page’s heading', (path, page) => {
		const heading = htmlOf(path).match(/<h1 id="_top"[^>]*>([^<]*)<\/h1>/)?.[1];
		expect(heading && decode(heading)).toBe(page.title);
	});

	test.each(titles.map((page) => [page.url, page] as const))(
		'%s: each section’s anchor is on the page',
		(path, page) => {
			const html = htmlOf(path);
			const missing = page.sections.filter(([anchor]) => !html.includes(` id="${anchor}"`));
			expect(missing).toEqual([]);
		},
	);
});

describe('the search index', () => {
	test('is built once: one index, with no second copy left beside it by another indexing step', () => {
		// Two steps (Starlight's and ours, with other options) would leave two metadata files.
		const metadata = readdirSync(join(DIST, 'pagefind')).filter((name) => name.endsWith('.pf_meta'));
		expect(metadata).toHaveLength(1);
	});
});
