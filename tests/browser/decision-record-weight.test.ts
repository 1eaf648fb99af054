import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { BUDGET } from '../../scripts/measure/budgets';
import { gzipBytes } from '../../scripts/measure/built-site';
import { byRole, scriptsOnDemand } from '../support/browser';
import { measurePageScripts, builtPages as pages } from '../support/page-weight';

// Runs in the browser project because that project's global setup builds `dist/` once.
const DIST = 'dist';
const PAGE = 'tools/decision-record';
const baseUrl = inject('baseUrl');
/** What the record island may add to its page's JavaScript, gzip (see `BUDGET.jsDecisionRecord` for its anchor). */
const ISLAND_BUDGET = BUDGET.jsDecisionRecord - BUDGET.jsWithoutIsland;
/** The Markdown writer loads only when a reader asks for a copy or a download; it must stay small. */
const ON_DEMAND_BUDGET = 2 * 1024;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('the weight of the decision record', () => {
	const record = measurePageScripts(DIST, PAGE);
	// Another tool page without an island: what Starlight loads there is not the island's. Counted file
	// by file, since the record page has no table of contents and so skips scripts the baseline loads.
	const baseline = measurePageScripts(DIST, 'tools/compare');
	const islandFiles = [...record.files].filter(([url]) => !baseline.files.has(url));

	test(`the island adds at most ${ISLAND_BUDGET} bytes of gzip JavaScript to its page`, () => {
		// Astro's island loader is an inline script, so what the page inlines beyond the baseline counts too.
		const inlineAdded = Math.max(0, sum(record.inline) - sum(baseline.inline));
		const added = sum(islandFiles.map(([, bytes]) => bytes)) + inlineAdded;
		console.info(
			`decision record island on load: ${added} B gzip (${islandFiles.map(([url, b]) => `${url.replace('/_astro/', '')} ${b}`).join(', ')}; inline ${inlineAdded})`,
		);
		// The island's own chunk must be among what was measured, or the number means nothing.
		expect(islandFiles.some(([url]) => /DecisionRecord/.test(url))).toBe(true);
		expect(added).toBeLessThanOrEqual(ISLAND_BUDGET);
	});

	test(`the Markdown writer loads only on demand and weighs at most ${ON_DEMAND_BUDGET} bytes gzip`, async () => {
		const { onLoad, onDemand } = await scriptsOnDemand(
			`${baseUrl}/${PAGE}/`,
			'.dr[data-ready]',
			async (page, nextDownload) => {
				await byRole(page, 'button', 'Download Markdown').click();
				// The file arrives once the writer has loaded and run.
				expect((await nextDownload()).name).toMatch(/\.md$/);
			},
		);
		for (const [url] of islandFiles) expect(onLoad.has(url), url).toBe(true);
		const bytes = sum(onDemand.map((url) => gzipBytes(readFileSync(join(DIST, url)))));
		console.info(`decision record Markdown writer on demand: ${bytes} B gzip (${onDemand.join(', ')})`);
		// The writer's own chunk, and with it the Markdown escaping it shares with the other islands.
		expect(onDemand.some((url) => /\/record-markdown\.[\w-]+\.js$/.test(url))).toBe(true);
		expect(bytes).toBeLessThanOrEqual(ON_DEMAND_BUDGET);
	});

	test('adds no JavaScript to pages without it', () => {
		const ours = islandFiles.map(([url]) => url).filter((url) => /DecisionRecord/.test(url));
		expect(ours.length).toBeGreaterThan(0);
		for (const page of pages().filter((p) => p !== PAGE)) {
			expect(
				[...measurePageScripts(DIST, page).files.keys()].filter((url) => ours.includes(url)),
				page,
			).toEqual([]);
		}
	});
});
