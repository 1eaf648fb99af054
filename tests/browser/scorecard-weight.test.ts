import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
/** The issue's budget for the JavaScript the scorecard island adds to its page, gzip, in bytes. */
const ISLAND_BUDGET = 12_000;
/** The export code loads only when a reader asks for a download or a copy; it should stay small. */
const ON_DEMAND_BUDGET = 1_000;

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

/** Records the path of every script the page fetches, from first load on, dynamic imports included. */
function recordScripts(page: Page): Set<string> {
	const paths = new Set<string>();
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') paths.add(new URL(response.url()).pathname);
	});
	return paths;
}

/** The gzip size of a built file at the default level (6), as a static host would serve it. */
const gzipBytes = (path: string) => gzipSync(readFileSync(`dist${path}`)).length;
const total = (paths: Iterable<string>) => [...paths].reduce((sum, path) => sum + gzipBytes(path), 0);

async function scriptsOf(path: string, then?: (page: Page) => Promise<void>) {
	const page = await browser.newPage();
	const scripts = recordScripts(page);
	await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
	const initial = new Set(scripts);
	if (then) await then(page);
	await page.close();
	return { initial, all: scripts };
}

test(`the scorecard island adds at most ${ISLAND_BUDGET} bytes of gzip JavaScript to its page`, async () => {
	// Another tool page without an island is the baseline: whatever Starlight loads there is not ours.
	const baseline = await scriptsOf('/tools/compare/');
	const scorecard = await scriptsOf('/tools/scorecard/', async (page) => {
		await page.locator('.scorecard[data-ready]').waitFor();
		await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
	});
	const added = [...scorecard.initial].filter((path) => !baseline.all.has(path));
	const onDemand = [...scorecard.all].filter((path) => !scorecard.initial.has(path));
	const addedBytes = total(added);
	const onDemandBytes = total(onDemand);
	console.info(
		`scorecard island: ${addedBytes} B gzip on load (${added.map((p) => `${p.replace('/_astro/', '')} ${gzipBytes(p)}`).join(', ')}); ` +
			`${onDemandBytes} B on demand (${onDemand.join(', ')})`,
	);
	// The island must actually be among what was measured, or the number means nothing.
	expect(added.some((path) => /Scorecard\./.test(path))).toBe(true);
	expect(addedBytes).toBeLessThanOrEqual(ISLAND_BUDGET);
	expect(onDemand.length).toBeGreaterThan(0);
	expect(onDemandBytes).toBeLessThanOrEqual(ON_DEMAND_BUDGET);
});
