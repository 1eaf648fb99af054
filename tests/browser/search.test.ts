import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser';
import { openSearch, typeQuery } from '../support/search-dialog';
import { QUERIES } from '../support/search-queries';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage();
	await page.goto(`${baseUrl}/`);
	await openSearch(page);
});
afterAll(async () => {
	await browser?.close();
});

/**
 * Every query goes through the real dialog: typed key by key into its search field, and the pages
 * read from the results it renders, so the ranking, the options the dialog gives Pagefind and the
 * rendering are all under test.
 */
describe('search finds the right page in the top three', () => {
	test.each(QUERIES)('"%s" → %s', async (query, expected) => {
		expect((await typeQuery(page, query)).slice(0, 3)).toContain(expected);
	});
});
