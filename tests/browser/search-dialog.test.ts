import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUDGET } from '../../tooling/budgets';
import { axeViolations, useChromium, watchErrors } from '../support/browser';
import {
	openSearch,
	resultList,
	searchBox,
	searchDialog,
	typeQuery,
	watchFirstResult,
	wireBytes,
} from '../support/search-dialog';

const { baseUrl, browser } = useChromium();

describe.each(['light', 'dark'] as const)('the search dialog in the %s theme', (theme) => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await browser.newContext({ colorScheme: theme });
		await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		page = await context.newPage();
		await page.goto(`${baseUrl}/languages/python/`);
	});
	afterAll(async () => {
		await context?.close();
	});

	test('has no axe violations when open, with results shown, and with a result focused', async () => {
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
		await openSearch(page);
		expect(await axeViolations(page)).toEqual([]);
		const paths = await typeQuery(page, 'goroutines');
		expect(paths).toContain('/languages/go/');
		expect(await axeViolations(page)).toEqual([]);
		// Tab from the field reaches the first result's link; its card is highlighted.
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.closest('ol')?.getAttribute('aria-label'));
		expect(focused).toBe('Results');
		expect(await axeViolations(page)).toEqual([]);
		await page.keyboard.press('Escape');
	});
});

describe('the search dialog, by keyboard', () => {
	let page: Page;
	let errors: string[];
	beforeAll(async () => {
		page = await browser.newPage();
		errors = watchErrors(page);
		await page.goto(`${baseUrl}/scenarios/ai-mvp/`);
	});
	afterAll(async () => {
		await page?.close();
	});

	test('Ctrl K opens it with the field focused; Escape closes it and returns focus to where it was', async () => {
		const button = page.getByRole('button', { name: 'Search' }).first();
		await button.focus();
		await page.keyboard.press('Control+k');
		await expect.poll(() => searchDialog(page).isVisible()).toBe(true);
		expect(await searchBox(page).evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => searchDialog(page).isVisible()).toBe(false);
		expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
	});

	test('"/" opens it from the page, and is kept as text inside the field', async () => {
		await page.locator('main h1').click();
		await page.keyboard.press('/');
		await expect.poll(() => searchDialog(page).isVisible()).toBe(true);
		await page.keyboard.type('c/c');
		expect(await searchBox(page).inputValue()).toBe('c/c');
		await page.keyboard.press('Control+k');
		await expect.poll(() => searchDialog(page).isVisible()).toBe(false);
	});

	test('a result is followed with Enter', async () => {
		await openSearch(page);
		await typeQuery(page, 'fintech');
		await page.keyboard.press('Tab');
		await Promise.all([page.waitForURL(/\/scenarios\/fintech-api\//), page.keyboard.press('Enter')]);
		expect(errors).toEqual([]);
	});
});

describe('no lost keystrokes', () => {
	test("a shortcut pressed before the dialog's code has arrived opens the dialog, and what is typed is kept and searched", async () => {
		const page = await browser.newPage();
		const errors = watchErrors(page);
		// Hold back the dialog's code, as a slow line would.
		let release: () => void = () => {};
		const held = new Promise<void>((done) => {
			release = done;
		});
		await page.route(/\/_astro\/SearchDialog\.[^/]*\.js$/, async (route: Route) => {
			await held;
			await route.continue();
		});
		await page.goto(`${baseUrl}/`);
		await page.keyboard.press('Control+k');
		await page.keyboard.type('goroutines');
		await expect.poll(() => searchDialog(page).isVisible()).toBe(true);
		expect(await searchBox(page).inputValue()).toBe('goroutines');
		// The dialog has not taken over yet: the directive opened it and the field holds the keys.
		expect(await page.locator('dialog[data-ready]').count()).toBe(0);
		release();
		await page.locator('dialog[data-ready]').waitFor({ state: 'attached' });
		await searchDialog(page).getByRole('status').filter({ hasText: '“goroutines”' }).waitFor();
		const hrefs = await resultList(page)
			.getByRole('link')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs).toContain('/languages/go/');
		expect(await searchBox(page).inputValue()).toBe('goroutines');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('search on intent', () => {
	test('a first visit fetches nothing of search, however long the reader stays', async () => {
		const page = await browser.newPage();
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(`${baseUrl}/languages/go/`, { waitUntil: 'networkidle' });
		await page.waitForTimeout(500);
		// Nothing of search: not Pagefind, not the title list, not the dialog's code or Preact.
		const ofSearch = (path: string) =>
			path.startsWith('/pagefind/') || path === '/search/titles.json' || /SearchDialog|preact|hooks/.test(path);
		expect(fetched.filter(ofSearch)).toEqual([]);
		// Hovering the button is intent: Pagefind starts loading at once.
		await page.getByRole('button', { name: 'Search' }).first().hover();
		await expect.poll(() => fetched.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
		await page.close();
	});

	test(`everything from the shortcut to the first result weighs at most ${BUDGET.intentToFirstResult / 1000} kB gzip`, async () => {
		const page = await browser.newPage();
		await page.goto(`${baseUrl}/languages/python/`, { waitUntil: 'networkidle' });
		// Times are taken in the page: the shortcut's keydown, then the moment a result link appears.
		await page.evaluate(() => {
			const w = window as unknown as { intentAt: number };
			addEventListener('keydown', () => (w.intentAt ??= performance.now()), { capture: true });
		});
		await watchFirstResult(page);
		await page.keyboard.press('Control+k');
		await page.keyboard.type('goroutines');
		const fetched = await page.evaluate(async () => {
			const w = window as unknown as { intentAt: number; firstResultAt: Promise<number> };
			const end = await w.firstResultAt;
			return performance
				.getEntriesByType('resource')
				.filter((entry) => entry.startTime >= w.intentAt && entry.startTime <= end)
				.map((entry) => new URL(entry.name).pathname);
		});
		await page.close();
		// What lists the first result must be among them, or nothing was measured: the dialog's code
		// and the title list (Pagefind's full-text results follow), and Pagefind's runtime is on its way.
		expect(fetched.some((path) => /^\/_astro\/SearchDialog\./.test(path))).toBe(true);
		expect(fetched).toContain('/search/titles.json');
		expect(fetched).toContain('/pagefind/pagefind.js');
		const sizes = [...new Set(fetched)].map((path) => [path, wireBytes(path)] as const);
		const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
		expect(total, sizes.map(([path, bytes]) => `${path} ${bytes}`).join('\n')).toBeLessThanOrEqual(
			BUDGET.intentToFirstResult,
		);
	});
});

describe('a first search on a slow line', () => {
	test("starts Pagefind with the dialog's code, lists matching titles first, then each page with its excerpt", async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${baseUrl}/languages/python/`, { waitUntil: 'networkidle' });
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		// Slower than slow 4G, so the order below does not depend on how busy the machine is.
		const line = { offline: false, latency: 300, downloadThroughput: 50_000, uploadThroughput: 50_000 };
		await cdp.send('Network.emulateNetworkConditions', line);
		await watchFirstResult(page);
		await page.keyboard.press('Control+k');
		await page.keyboard.type('goroutines');
		// Before Pagefind has answered, the glossary's "Goroutine" is listed by its title.
		await resultList(page).getByRole('link', { name: 'Goroutine' }).waitFor({ timeout: 30_000 });
		expect(await resultList(page).locator('.search-excerpt').count()).toBe(0);
		await searchDialog(page).getByRole('status').filter({ hasText: '“goroutines”' }).waitFor({ timeout: 30_000 });
		const timing = await page.evaluate(async () => {
			const listedAt = await (window as unknown as { firstResultAt: Promise<number> }).firstResultAt;
			const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
			const find = (test: (path: string) => boolean) =>
				entries.find((e) => test(new URL(e.name).pathname)) as PerformanceResourceTiming;
			return {
				listedAt,
				runtimeStart: find((path) => path === '/pagefind/pagefind.js').startTime,
				dialogEnd: find((path) => path.startsWith('/_astro/SearchDialog.')).responseEnd,
				chunkStart: find((path) => path.endsWith('.pf_index')).startTime,
			};
		});
		// The directive starts Pagefind on intent, so its runtime is on its way before the dialog's code is in.
		expect(timing.runtimeStart).toBeLessThan(timing.dialogEnd);
		// The titles were listed before Pagefind had even asked for the query's index.
		expect(timing.listedAt).toBeLessThan(timing.chunkStart);
		// Then Pagefind's results replace them: every listed page has its excerpt, with the query marked.
		const pages = resultList(page).locator(':scope > li');
		expect(await pages.count()).toBeGreaterThan(0);
		expect(await pages.locator('.search-page .search-excerpt').count()).toBe(await pages.count());
		expect(await resultList(page).locator('mark').first().textContent()).toMatch(/goroutine/i);
		await context.close();
	}, 60_000);
});

describe('when search cannot load', () => {
	test.each([
		['Pagefind’s runtime', '**/pagefind/pagefind.js'],
		// Astro asks for a failed island once more, with a query string.
		["the dialog's code", /\/_astro\/SearchDialog\.[^/]*\.js(\?.*)?$/],
	])('a failed download of %s gives a clear message in the dialog, not silence', async (_, pattern) => {
		const page = await browser.newPage();
		const errors = watchErrors(page);
		await page.route(pattern, (route: Route) => route.abort());
		await page.goto(`${baseUrl}/languages/go/`, { waitUntil: 'networkidle' });
		await page.keyboard.press('Control+k');
		await page.keyboard.type('goroutines');
		// Astro tries a failed island download once more after a second, so the message may take that long.
		await expect
			.poll(() => searchDialog(page).getByRole('status').textContent(), { timeout: 10_000 })
			.toBe('Search could not load. Check your connection, then reload the page.');
		expect(await resultList(page).locator('li').count()).toBe(0);
		// The refused download is the only error: the page's own code does not throw on it.
		expect(errors.filter((e) => !/Failed to fetch|ERR_FAILED|dynamically imported module/i.test(e))).toEqual([]);
		// The shortcut still closes and opens the dialog.
		await page.keyboard.press('Control+k');
		await expect.poll(() => searchDialog(page).isVisible()).toBe(false);
		await page.keyboard.press('Control+k');
		await expect.poll(() => searchDialog(page).isVisible()).toBe(true);
		await page.close();
	});
});

describe('without JavaScript', () => {
	test('the search button is not shown, as it could not work', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/`);
		// The button is in the page, only not shown.
		expect(await page.locator('button[aria-label="Search"]').count()).toBe(1);
		expect(await page.getByRole('button', { name: 'Search' }).count()).toBe(0);
		await context.close();
	});
});
