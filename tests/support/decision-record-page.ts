import type { Browser, BrowserContext, ElementHandle, Page } from 'puppeteer-core';
import { firstByRole, newPage, watchErrors } from './browser';

/** How `openRecord` opens the page. */
export interface OpenRecordOptions {
	/** The context to open it in (one with saved state or clipboard access); a fresh one otherwise. */
	context?: BrowserContext;
	/** The viewport's width (1280 unless given). */
	width?: number;
	/** Runs on the new page before it loads (init scripts such as `countAddressWrites`). */
	prepare?: (page: Page) => Promise<unknown>;
}

/**
 * The decision record page as the browser tests open it, for a Chromium from `useChromium()`.
 * `openRecord` opens it in a fresh context (or `options.context`) and waits until the island has
 * read its inputs; the caller closes the context it gets back.
 */
export function recordPage(browser: Browser, baseUrl: string) {
	const recordUrl = `${baseUrl}/tools/decision-record/`;
	async function openRecord(query = '', options: OpenRecordOptions = {}) {
		const context = options.context ?? (await browser.createBrowserContext());
		const page = await newPage(context, { width: options.width ?? 1280, height: 900 });
		await options.prepare?.(page);
		const errors = watchErrors(page);
		await page.goto(`${recordUrl}${query}`);
		await page.waitForSelector('.dr[data-ready]');
		return { page, errors, context };
	}
	return { recordUrl, openRecord };
}

/** The record itself: the article the island writes. */
export const record = 'article.dr-record';

/** The record's title: its level-2 heading, once it names a choice ("Use …"). */
export const title = (page: Page): Promise<ElementHandle<Element>> =>
	firstByRole(page, 'heading', { level: 2, name: /^Use / });

/** The text of the record's title. */
export const titleText = async (page: Page): Promise<string> =>
	(await title(page)).evaluate((heading) => heading.textContent ?? '');
