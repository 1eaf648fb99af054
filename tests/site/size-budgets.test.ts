import { describe, expect, test } from 'vitest';
import { BUDGET } from '../../src/lib/quality/budgets';
import { allStylesheets, gzipTotal, pageWeight } from '../../src/lib/quality/built-site';
import { DIST, SITE_PAGES } from '../support/site-pages';

const weights = SITE_PAGES.map((path) => pageWeight(DIST, path));

describe('size budgets over the built site (gzip bytes)', () => {
	test.each(weights.map((w) => [w.path, w] as const))('%s: HTML within budget', (_path, weight) => {
		expect(weight.html).toBeLessThanOrEqual(weight.hasIsland ? BUDGET.htmlWithIsland : BUDGET.html);
	});

	test.each(weights.map((w) => [w.path, w] as const))('%s: JavaScript within budget', (_path, weight) => {
		const budget = weight.hasIsland ? BUDGET.jsWithIsland : BUDGET.jsWithoutIsland;
		expect(weight.js, `loads ${weight.jsFiles.join(', ')}`).toBeLessThanOrEqual(budget);
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
