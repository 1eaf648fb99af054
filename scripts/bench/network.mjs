// What a reader downloads: the first search query and the first visit to a profile, in Chromium.

import { searchFor } from '../measure/search-dialog.ts';
import { launchChromium, median } from './common.mjs';
import { wireBytes } from './serve.mjs';

/**
 * Search terms of each kind a reader types (language, framework, concept, scenario) and the page
 * expected among the first three results.
 */
export const QUERIES = [
	['goroutines', '/languages/go/'],
	['Django', '/languages/python/'],
	['Laravel', '/languages/php/'],
	['pgvector', '/scenarios/ai-mvp/'],
	['fintech', '/scenarios/fintech-api/'],
	['virtual threads', '/languages/java-kotlin/'],
];
/** Search figures in Chromium: bytes of the first query and how fast warm queries answer. */
export async function measureSearch(base, dist) {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		await page.goto(`${base}/languages/python/`, { waitUntil: 'networkidle0' });
		// Search loads on intent: the first query fetches Pagefind's runtime, its WebAssembly, the
		// index chunks and the result fragments.
		const first = await wireBytes(page, dist, async () => {
			await searchFor(page, 'goroutines');
			await page.waitForNetworkIdle();
		});
		// Warm queries through Pagefind's API, in the page (its index is loaded now).
		const latencies = [];
		const ranks = [];
		for (const [query, expected] of QUERIES) {
			const { ms, urls } = await page.evaluate(async (q) => {
				const pagefind = await import('/pagefind/pagefind.js');
				await pagefind.init();
				const start = performance.now();
				const search = await pagefind.search(q);
				const top = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
				return { ms: performance.now() - start, urls: top.map((d) => new URL(d.url, location.href).pathname) };
			}, query);
			latencies.push(ms);
			const rank = urls.indexOf(expected);
			ranks.push({ query, expected, rank: rank === -1 ? null : rank + 1 });
		}
		return { firstQueryBytes: first.total, firstQueryFiles: first.files.length, warmMs: median(latencies), ranks };
	} finally {
		await browser.close();
	}
}

/** First visit to a profile over a gzipping server, as Chromium counts it. */
export async function measureFirstVisit(base, dist) {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		const visit = await wireBytes(page, dist, () => page.goto(`${base}/languages/go/`, { waitUntil: 'networkidle0' }));
		return visit.total;
	} finally {
		await browser.close();
	}
}
