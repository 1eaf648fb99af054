import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUDGET } from '../../scripts/measure/budgets';
import { gzipBytes } from '../../scripts/measure/built-site';
import { measurePageScripts } from '../support/page-weight';

// Runs in the browser project because that project's global setup builds `dist/` once.
const DIST = 'dist';
/** What an island page may add on top of a page without one (see `BUDGET.jsWithIsland` for its anchor). */
const ISLAND_BUDGET = BUDGET.jsWithIsland - BUDGET.jsWithoutIsland;
/** The tick script is a few lines; a kilobyte of gzip is a generous ceiling. */
const TICK_SCRIPT_BUDGET = 1024;

describe('the weight of the Team pages', () => {
	const plain = measurePageScripts(DIST, 'decide/five-questions');

	test(`the role brief island adds at most ${ISLAND_BUDGET} bytes of gzip JavaScript`, () => {
		const brief = measurePageScripts(DIST, 'team/role-brief');
		const files = [...brief.files].filter(([url]) => !plain.files.has(url));
		// Astro's island loader is an inline script, so what the page inlines beyond a plain page counts too.
		const inline = (scripts: typeof brief) => scripts.inline.reduce((a, b) => a + b, 0);
		const inlineAdded = Math.max(0, inline(brief) - inline(plain));
		const added = files.reduce((sum, [, bytes]) => sum + bytes, 0) + inlineAdded;
		console.info(`role brief island: ${added} B gzip JS on top of a plain page (inline ${inlineAdded})`);
		// The island's own chunk must be among what was measured, or the number means nothing.
		expect(files.some(([url]) => /\/RoleBrief\.[\w-]+\.js$/.test(url))).toBe(true);
		expect(added).toBeLessThanOrEqual(ISLAND_BUDGET);
	});

	test.each(['team/hiring-checklist', 'team/onboarding-plan'])(
		`%s loads no island and only a small tick script (at most ${TICK_SCRIPT_BUDGET} bytes gzip)`,
		(page) => {
			const scripts = measurePageScripts(DIST, page);
			expect([...scripts.files.keys()].filter((url) => !plain.files.has(url))).toEqual([]);
			const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
			const tickScripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
				.map((m) => m[1]!)
				.filter((code) => code.includes('bsp:ticks'));
			expect(tickScripts).toHaveLength(1);
			const bytes = gzipBytes(tickScripts[0]!);
			console.info(`${page}: tick script ${bytes} B gzip`);
			expect(bytes).toBeLessThanOrEqual(TICK_SCRIPT_BUDGET);
		},
	);
});
