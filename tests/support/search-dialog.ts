import { existsSync, readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { distFileOf, gzipBytes } from '../../tooling/built-site';
import { DIST } from './site-pages';

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
 * Types a query into the open dialog, key by key, and waits until the dialog has listed its results
 * (the status line names the query once every listed page is rendered). Returns the paths of the
 * pages listed, in order, read from the rendered links.
 */
export async function typeQuery(page: Page, query: string): Promise<string[]> {
	const box = searchBox(page);
	await box.fill('');
	await box.pressSequentially(query);
	await searchDialog(page)
		.getByRole('status')
		.filter({ hasText: `“${query}”` })
		.waitFor();
	return resultList(page)
		.locator(':scope > li')
		.evaluateAll((items) =>
			items.map((li) => new URL((li.querySelector('a[href]') as HTMLAnchorElement).href).pathname),
		);
}

/** A built file as a static host sends it: gzipped, unless it is compressed already (Pagefind's index). */
export function wireBytes(urlPath: string): number {
	const file = distFileOf(DIST, urlPath);
	if (!existsSync(file)) throw new Error(`${urlPath} is not in ${DIST}`);
	const raw = readFileSync(file);
	return Math.min(raw.length, gzipBytes(raw));
}
