import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { distFileOf, gzipBytes } from '../../scripts/measure/built-site';
import { resultList, searchBox, waitForResults } from '../../scripts/measure/search-dialog';
import { DIST } from './site-pages';

// The dialog's selectors live in scripts/measure/, which the benchmark shares; the tests import them from here.
export {
	openSearch,
	resultList,
	searchBox,
	searchButton,
	searchDialog,
	searchFor,
	searchStatus,
	waitForResults,
} from '../../scripts/measure/search-dialog';

/**
 * Types a query into the open dialog, key by key, and waits until the dialog has listed its results
 * (the status line names the query once every listed page is rendered). Returns the paths of the
 * pages listed, in order, read from the rendered links.
 */
export async function typeQuery(page: Page, query: string): Promise<string[]> {
	const box = await page.waitForSelector(searchBox);
	// Clear the field as a reader would: select what is there and delete it.
	await box!.evaluate((input) => (input as HTMLInputElement).select());
	await page.keyboard.press('Backspace');
	await box!.type(query);
	await waitForResults(page, query);
	return page.$eval(resultList, (list) =>
		[...list.children].map((li) => new URL((li.querySelector('a[href]') as HTMLAnchorElement).href).pathname),
	);
}

/** A built file as a static host sends it: gzipped, unless it is compressed already (Pagefind's index). */
export function wireBytes(urlPath: string): number {
	const file = distFileOf(DIST, urlPath);
	if (!existsSync(file)) throw new Error(`${urlPath} is not in ${DIST}`);
	const raw = readFileSync(file);
	return Math.min(raw.length, gzipBytes(raw));
}

/**
 * Starts watching the page for the first result link in the open dialog. `firstResultAt(page)` then
 * resolves with that moment, in the page's own clock (`performance.now()`), to compare with its
 * resource timings.
 */
export async function watchFirstResult(page: Page): Promise<void> {
	await page.evaluate(() => {
		(window as unknown as { firstResultAt: Promise<number> }).firstResultAt = new Promise((done) => {
			new MutationObserver((_, observer) => {
				if (document.querySelector('dialog[open] ol a[href]')) {
					observer.disconnect();
					done(performance.now());
				}
			}).observe(document.body, { subtree: true, childList: true });
		});
	});
}
