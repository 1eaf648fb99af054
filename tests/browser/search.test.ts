import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { newPage, useChromium } from '../support/browser';
import { openSearch, typeQuery } from '../support/search-dialog';
import { QUERIES } from '../support/search-queries';

const { baseUrl, browser } = useChromium();
let page: Page;

beforeAll(async () => {
	page = await newPage(browser);
	await page.goto(`${baseUrl}/`);
	await openSearch(page);
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
