import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { BUDGET } from '../../scripts/measure/budgets';
import { gzipBytes } from '../../scripts/measure/built-site';
import { byRole, scriptsOnDemand } from '../support/browser';
import { measurePageScripts, builtPages as pages } from '../support/page-weight';

// Runs in the browser project because that project's global setup builds `dist/` once.
const DIST = 'dist';
const baseUrl = inject('baseUrl');
/** What an island may add to its page's JavaScript, gzip (see `BUDGET.jsWithIsland` for its anchor). */
const ISLAND_BUDGET = BUDGET.jsWithIsland - BUDGET.jsWithoutIsland;
/** The export code loads only when a reader asks for a download or a copy; it must stay small. */
const ON_DEMAND_BUDGET = 1_000;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('the weight of the decision scorecard', () => {
	const scorecard = measurePageScripts(DIST, 'tools/scorecard');
	// Another tool page without an island: what Starlight loads there is not the island's.
	const baseline = measurePageScripts(DIST, 'tools/compare');
	// Counted file by file (not page total minus baseline total), because the scorecard page has no
	// table of contents and so skips scripts the baseline loads; that saving is not the island's.
	const islandFiles = [...scorecard.files].filter(([url]) => !baseline.files.has(url));

	test(`the island adds at most ${ISLAND_BUDGET} bytes of gzip JavaScript to its page`, () => {
		// Inline scripts count too: Astro's island loader is one.
		const inlineAdded = Math.max(0, sum(scorecard.inline) - sum(baseline.inline));
		const added = islandFiles.reduce((total, [, bytes]) => total + bytes, 0) + inlineAdded;
		console.info(
			`scorecard island on load: ${added} B gzip (${islandFiles.map(([url, b]) => `${url.replace('/_astro/', '')} ${b}`).join(', ')}; inline ${inlineAdded})`,
		);
		// The island's own chunk must be among what was measured, or the number means nothing.
		expect(islandFiles.some(([url]) => /\/Scorecard\.[\w.-]+\.js$/.test(url))).toBe(true);
		expect(added).toBeLessThanOrEqual(ISLAND_BUDGET);
	});

	test(`the export code loads only on demand and weighs at most ${ON_DEMAND_BUDGET} bytes gzip`, async () => {
		const { onLoad, onDemand } = await scriptsOnDemand(
			`${baseUrl}/tools/scorecard/`,
			'.scorecard[data-ready]',
			async (page, nextDownload) => {
				await byRole(page, 'button', 'Download CSV').click();
				// The file arrives once the export code has loaded and run.
				expect((await nextDownload()).name).toBe('scorecard.csv');
			},
		);
		// The island's own files arrive on load; the download then fetches the export chunk, and with it
		// the Markdown cell escaping it shares with the other islands.
		for (const [url] of islandFiles) expect(onLoad.has(url), url).toBe(true);
		const bytes = onDemand.reduce((sum, url) => sum + gzipBytes(readFileSync(join(DIST, url))), 0);
		console.info(`scorecard export code on demand: ${bytes} B gzip (${onDemand.join(', ')})`);
		expect(onDemand.some((url) => /\/export-table\.[\w-]+\.js$/.test(url))).toBe(true);
		expect(bytes).toBeLessThanOrEqual(ON_DEMAND_BUDGET);
	});

	test('adds no JavaScript to pages without it', () => {
		const ours = islandFiles.map(([url]) => url).filter((url) => /\/Scorecard\./.test(url));
		expect(ours.length).toBe(1);
		for (const page of pages().filter((p) => p !== 'tools/scorecard')) {
			expect(
				[...measurePageScripts(DIST, page).files.keys()].filter((url) => ours.includes(url)),
				page,
			).toEqual([]);
		}
	});
});
