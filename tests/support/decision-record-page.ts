import type { Browser, BrowserContext, Page } from 'playwright-core';
import { watchErrors } from './browser';

/**
 * The decision record page as the browser tests open it, for a Chromium from `useChromium()`.
 * `openRecord` opens it in a fresh context (or `context`) and waits until the island has read its inputs.
 */
export function recordPage(browser: Browser, baseUrl: string) {
	const recordUrl = `${baseUrl}/tools/decision-record/`;
	async function openRecord(query = '', context?: BrowserContext, width = 1280) {
		const ctx = context ?? (await browser.newContext({ viewport: { width, height: 900 } }));
		const page = await ctx.newPage();
		const errors = watchErrors(page);
		await page.goto(`${recordUrl}${query}`);
		await page.locator('.dr[data-ready]').waitFor();
		return { page, errors, context: ctx };
	}
	return { recordUrl, openRecord };
}

/** The record itself: the article named by its title. */
export const record = (page: Page) => page.locator('article.dr-record');
/** The record's title, once it names a choice. */
export const title = (page: Page) => page.getByRole('heading', { level: 2, name: /^Use / });
