import type { Locator, Page } from 'playwright-core';

// How a reader reaches the site's search dialog, found by role and accessible name. Shared by the
// browser tests and by the benchmark (`scripts/bench/network.mjs`, through Node's own type
// stripping), so it imports only types and uses only erasable TypeScript.

/** The search dialog, found by its role and name. */
export const searchDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Search' });

/** The dialog's search field. */
export const searchBox = (page: Page): Locator => searchDialog(page).getByRole('searchbox', { name: 'Search' });

/** The rendered list of results in the dialog. */
export const resultList = (page: Page): Locator => searchDialog(page).getByRole('list', { name: 'Results' });

/** Opens the dialog with the header's search button, as a reader with a mouse would. */
export async function openSearch(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Search' }).first().click();
	await searchDialog(page).waitFor();
}

/**
 * Opens the dialog with the button, enters `query` in one go (as a paste would) and waits until every
 * listed page is complete. Returns the paths the result links lead to, in order (pages and their sections).
 */
export async function searchFor(page: Page, query: string): Promise<string[]> {
	await openSearch(page);
	await searchBox(page).fill(query);
	// The status line names the query once every listed page has its excerpt and sections.
	await searchDialog(page)
		.getByRole('status')
		.filter({ hasText: `“${query}”` })
		.waitFor();
	const links = resultList(page).getByRole('link');
	return links.evaluateAll((found) => found.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
