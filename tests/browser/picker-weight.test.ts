import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUDGET } from '../../scripts/measure/budgets';
import { ISLAND_MARKUP } from '../../scripts/measure/built-site';
import { measurePageScripts, builtPages as pages } from '../support/page-weight';

// Runs in the browser project because that project's global setup builds `dist/` once.
const DIST = 'dist';
const PICKER_PAGE = 'tools/stack-picker';
/** What an island page may add on top of a page without one (see `BUDGET.jsWithIsland` for its anchor). */
const ISLAND_BUDGET = BUDGET.jsWithIsland - BUDGET.jsWithoutIsland;

/** Pages with another island (the scorecard) share Preact with the picker by design, so they are not "plain". */
const hasIsland = (page: string) => ISLAND_MARKUP.test(readFileSync(join(DIST, page, 'index.html'), 'utf8'));

describe('the weight of the stack picker', () => {
	const picker = measurePageScripts(DIST, PICKER_PAGE);
	const plainPages = pages().filter((p) => !hasIsland(p));
	// A page of the same layout (sidebar and table of contents) without an island.
	const baseline = measurePageScripts(DIST, 'decide/five-questions');

	test(`adds at most ${ISLAND_BUDGET} bytes of gzip JavaScript to its page`, () => {
		const added = picker.total - baseline.total;
		console.info(
			`stack picker page: ${picker.total} B gzip JS; without island: ${baseline.total} B; added: ${added} B`,
		);
		// The picker's own chunk must be among what was measured, or the number means nothing.
		expect([...picker.files.keys()].some((url) => /\/StackPicker\.[\w-]+\.js$/.test(url))).toBe(true);
		expect(added).toBeLessThanOrEqual(ISLAND_BUDGET);
	});

	test('adds no JavaScript to pages without it', () => {
		expect(plainPages.length).toBeGreaterThan(20);
		const islandFiles = [...picker.files.keys()].filter((url) => !baseline.files.has(url));
		expect(islandFiles.length).toBeGreaterThan(0);
		for (const page of plainPages) {
			const loaded = [...measurePageScripts(DIST, page).files.keys()];
			expect(
				loaded.filter((url) => islandFiles.includes(url)),
				page,
			).toEqual([]);
		}
	});
});
