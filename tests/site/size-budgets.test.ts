import { describe, expect, test } from 'vitest';
import { BUDGET } from '../../tooling/budgets';
import { allStylesheets, gzipTotal, pageWeight } from '../../tooling/built-site';
import { DIST, ISLAND_PAGES, SITE_PAGES, TOOL_ISLAND_PAGES } from '../support/site-pages';

const weights = SITE_PAGES.map((path) => pageWeight(DIST, path));

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

	test('the island pages are found in the built HTML, the two tools among them', () => {
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
