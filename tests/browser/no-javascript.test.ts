import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { ISLAND_SELECTOR } from '../../scripts/measure/built-site';
import { allByRole, aria, firstByRole, newPage, useChromium } from '../support/browser';
import { ISLAND_PAGES, SITE_PAGES } from '../support/site-pages';

const { baseUrl, browser } = useChromium();

/** A page with JavaScript disabled, as a reader who turned it off (or whose scripts failed) has it. */
const withoutScript = (): Promise<Page> => newPage(browser, { javaScript: false });

const words = (text: string) => text.split(/\s+/).filter((w) => /\w/.test(w)).length;

/**
 * The least an island page must say without JavaScript: its static fallback gives the guidance as
 * text (the picker's decision tables, the scorecard's criteria and ratings, the role brief's
 * defaults). The smallest today, the role brief, has about 900 words in main.
 */
const ISLAND_FALLBACK_MIN_WORDS = 300;

describe('with JavaScript disabled', () => {
	test.each(SITE_PAGES)('%s shows its heading and readable main content', async (path) => {
		const page = await withoutScript();
		const response = await page.goto(`${baseUrl}${path}`);
		expect(response?.status()).toBe(200);
		const main = await firstByRole(page, 'main');
		const heading = await firstByRole(main, 'heading', { level: 1 });
		expect(await heading.isVisible()).toBe(true);
		expect((await heading.evaluate((h) => h.textContent))?.trim().length).toBeGreaterThan(0);
		// At least one visible paragraph of real prose, not only a heading and widgets.
		const paragraphs = await main.$$eval('p', (ps) =>
			ps.filter((p) => (p as HTMLElement).offsetParent !== null).map((p) => p.textContent ?? ''),
		);
		expect(paragraphs.some((text) => words(text) >= 5)).toBe(true);
		await page.close();
	});

	test.each(ISLAND_PAGES)('%s gives its guidance as static text in place of the island', async (path) => {
		const page = await withoutScript();
		await page.goto(`${baseUrl}${path}`);
		const text = await page.$eval(aria('main'), (main) => main.textContent ?? '');
		expect(words(text)).toBeGreaterThanOrEqual(ISLAND_FALLBACK_MIN_WORDS);
		// A server-rendered island must not leave an empty box or a "loading" promise behind.
		const islandTexts = await page.$$eval(ISLAND_SELECTOR, (islands) => islands.map((el) => el.textContent ?? ''));
		expect(islandTexts.length).toBeGreaterThan(0);
		for (const islandText of islandTexts) expect(islandText).not.toMatch(/^\s*$|loading…?\s*$/i);
		// Links in the fallback lead on without script.
		expect((await allByRole(await firstByRole(page, 'main'), 'link')).length).toBeGreaterThan(0);
		await page.close();
	});
});
