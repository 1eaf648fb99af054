import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUDGET } from '../../scripts/measure/budgets';
import { allStylesheets, gzipTotal, pageWeight } from '../../scripts/measure/built-site';
import { DIST, ISLAND_PAGES, SITE_PAGES, TOOL_ISLAND_PAGES } from '../support/site-pages';

const weights = SITE_PAGES.map((path) => pageWeight(DIST, path));

/** Files below `dir` whose name ends with `ext`. */
function filesIn(dir: string, ext: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith(ext))
		.map((name) => join(dir, name));
}

/**
 * The site paths of the MDX pages that import a component wrapping an island (an Astro component
 * under `src/` that renders one with a `client:` directive), sorted.
 */
function pagesEmbeddingAnIsland(): string[] {
	const wrappers = filesIn('src', '.astro')
		.filter((file) => /<\w+ client:\w+/.test(readFileSync(file, 'utf8')))
		.map((file) => relative('src', file));
	return filesIn('content/docs', '.mdx')
		.filter((file) => {
			const source = readFileSync(file, 'utf8');
			return wrappers.some((path) => source.includes(`/src/${path}'`));
		})
		.map(
			(file) =>
				`/${relative('content/docs', file)
					.replace(/(^|\/)index\.mdx$/, '$1')
					.replace(/\.mdx$/, '/')}`,
		)
		.sort();
}

describe('size budgets over the built site (gzip bytes)', () => {
	test.each(weights.map((w) => [w.path, w] as const))('%s: HTML within budget', (_path, weight) => {
		expect(weight.html).toBeLessThanOrEqual(weight.hasIsland ? BUDGET.htmlWithIsland : BUDGET.html);
	});

	test.each(weights.map((w) => [w.path, w] as const))('%s: JavaScript within budget', (_path, weight) => {
		const budget =
			weight.path === '/tools/decision-record/'
				? BUDGET.jsDecisionRecord
				: weight.hasIsland
					? BUDGET.jsWithIsland
					: BUDGET.jsWithoutIsland;
		expect(weight.js, `loads ${weight.jsFiles.join(', ')}`).toBeLessThanOrEqual(budget);
	});

	test('the island pages found in the built HTML are exactly the pages whose source embeds an island', () => {
		// Worked out from the sources, not the built HTML, so a page whose island markup the
		// detector stopped seeing (and would then be held to the smaller budget) is caught.
		expect([...ISLAND_PAGES].sort()).toEqual(pagesEmbeddingAnIsland());
		expect(ISLAND_PAGES).toEqual(expect.arrayContaining([...TOOL_ISLAND_PAGES]));
		expect(weights.filter((w) => w.hasIsland).map((w) => w.path)).toEqual(ISLAND_PAGES);
	});

	test('a page without an island loads none of the Preact runtime', () => {
		const plain = weights.filter((w) => !w.hasIsland);
		expect(plain.length).toBeGreaterThan(0);
		const preact = plain.filter((w) => w.jsFiles.some((f) => /preact|signals|client\./i.test(f)));
		expect(preact.map((w) => w.path)).toEqual([]);
	});

	test('all CSS together within budget', () => {
		expect(gzipTotal(DIST, allStylesheets(DIST))).toBeLessThanOrEqual(BUDGET.totalCss);
	});
});
