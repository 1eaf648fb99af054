import type { Page } from 'puppeteer-core';

// How a reader reaches the site's search dialog, found by role and accessible name with
// Puppeteer's `::-p-aria` selectors (answered from Chromium's accessibility tree, so a closed
// dialog matches nothing). Shared by the browser tests and by the benchmark
// (`scripts/bench/network.mjs`, through Node's own type stripping), so it imports only types and
// uses only erasable TypeScript.

/** The header's search button. */
export const searchButton = '::-p-aria([name="Search"][role="button"])';

/** The search dialog, while it is open. */
export const searchDialog = '::-p-aria([name="Search"][role="dialog"])';

/** The dialog's search field. */
export const searchBox = `${searchDialog} ::-p-aria([name="Search"][role="searchbox"])`;

/** The rendered list of results in the dialog. */
export const resultList = `${searchDialog} ::-p-aria([name="Results"][role="list"])`;

/** The dialog's status line, which names the query once every listed page is complete. */
export const searchStatus = `${searchDialog} ::-p-aria([role="status"])`;

/** Opens the dialog with the header's search button, as a reader with a mouse would. */
export async function openSearch(page: Page): Promise<void> {
	await page.locator(searchButton).click();
	await page.waitForSelector(searchDialog);
}

/**
 * Waits until the dialog's status line names `query` (in the dialog's quotes), which it does once
 * every listed page has its excerpt and sections.
 */
export async function waitForResults(page: Page, query: string, timeout = 30_000): Promise<void> {
	const status = await page.waitForSelector(searchStatus, { timeout });
	await page.waitForFunction((el, q) => el?.textContent?.includes(`“${q}”`), { timeout }, status, query);
}

/**
 * Opens the dialog with the button, enters `query` in one go (as a paste would) and waits until every
 * listed page is complete. Returns the paths the result links lead to, in order (pages and their sections).
 */
export async function searchFor(page: Page, query: string): Promise<string[]> {
	await openSearch(page);
	await page.locator(searchBox).click();
	// One input event with the whole text, as a paste or an input method sends it.
	await page.keyboard.sendCharacter(query);
	await waitForResults(page, query);
	return page.$$eval(`${resultList} ::-p-aria([role="link"])`, (links) =>
		links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);
}
