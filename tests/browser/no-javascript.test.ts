import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ISLAND_SELECTOR } from '../../tooling/built-site';
import { launchChromium } from '../support/browser';
import { ISLAND_PAGES, SITE_PAGES } from '../support/site-pages';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	browser = await launchChromium();
	context = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
});

const words = (text: string) => text.split(/\s+/).filter((w) => /\w/.test(w)).length;

/**
 * The least an island page must say without JavaScript: its static fallback gives the guidance as
 * text (the picker's decision tables, the scorecard's criteria and ratings, the role brief's
 * defaults). The smallest today, the role brief, has about 900 words in main.
 */
const ISLAND_FALLBACK_MIN_WORDS = 300;

describe('with JavaScript disabled', () => {
	test.each(SITE_PAGES)('%s shows its heading and readable main content', async (path) => {
		const page = await context.newPage();
		const response = await page.goto(`${baseUrl}${path}`);
		expect(response?.status()).toBe(200);
		const main = page.getByRole('main');
		const heading = main.getByRole('heading', { level: 1 });
		expect(await heading.isVisible()).toBe(true);
		expect((await heading.textContent())?.trim().length).toBeGreaterThan(0);
		// At least one visible paragraph of real prose, not only a heading and widgets.
		const paragraphs = await main
			.locator('p')
			.evaluateAll((ps) => ps.filter((p) => (p as HTMLElement).offsetParent !== null).map((p) => p.textContent ?? ''));
		expect(paragraphs.some((text) => words(text) >= 5)).toBe(true);
		await page.close();
	});

	test.each(ISLAND_PAGES)('%s gives its guidance as static text in place of the island', async (path) => {
		const page = await context.newPage();
		await page.goto(`${baseUrl}${path}`);
		const text = (await page.getByRole('main').textContent()) ?? '';
		expect(words(text)).toBeGreaterThanOrEqual(ISLAND_FALLBACK_MIN_WORDS);
		// A server-rendered island must not leave an empty box or a "loading" promise behind.
		const islandTexts = await page.locator(ISLAND_SELECTOR).allTextContents();
		for (const islandText of islandTexts) expect(islandText).not.toMatch(/^\s*$|loading…?\s*$/i);
		// Links in the fallback lead on without script.
		expect(await page.getByRole('main').getByRole('link').count()).toBeGreaterThan(0);
		await page.close();
	});
});
