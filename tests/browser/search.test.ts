import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser';
import { QUERIES } from '../support/search-queries';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage();
	await page.goto(`${baseUrl}/`);
});
afterAll(async () => {
	await browser?.close();
});

/** The paths of the first three results, from the same Pagefind index and ranking the search box uses. */
async function topThree(query: string): Promise<string[]> {
	// A string, so that Vite does not rewrite the dynamic import meant for the browser.
	const script = `(async (q) => {
		const pagefind = await import(location.origin + '/pagefind/pagefind.js');
		const search = await pagefind.search(q);
		const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
		return data.map((d) => new URL(d.url, location.origin).pathname);
	})(${JSON.stringify(query)})`;
	return page.evaluate(script);
}

describe('search finds the right page in the top three', () => {
	test.each(QUERIES)('"%s" → %s', async (query, expected) => {
		expect(await topThree(query)).toContain(expected);
	});
});
