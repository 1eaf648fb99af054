import type { BrowserContext, HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUDGET } from '../../scripts/measure/budgets';
import { aria, axeViolations, newPage, useChromium, useTheme, watchErrors } from '../support/browser';
import {
	openSearch,
	resultList,
	searchBox,
	searchButton,
	searchDialog,
	searchStatus,
	typeQuery,
	waitForResults,
	watchFirstResult,
	wireBytes,
} from '../support/search-dialog';

const { baseUrl, browser } = useChromium();

/**
 * The search shortcut, pressed as a reader does: Control held while K goes down. Puppeteer's
 * keyboard presses one key at a time, so the chord is held and released here.
 */
async function pressControlK(page: Page): Promise<void> {
	await page.keyboard.down('Control');
	await page.keyboard.press('k');
	await page.keyboard.up('Control');
}

describe.each(['light', 'dark'] as const)('the search dialog in the %s theme', (theme) => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await browser.createBrowserContext();
		page = await context.newPage();
		await useTheme(page, theme);
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
		page = await newPage(browser);
		errors = watchErrors(page);
		await page.goto(`${baseUrl}/scenarios/ai-mvp/`);
	});
	afterAll(async () => {
		await page?.close();
	});

	test('Ctrl K opens it with the field focused; Escape closes it and returns focus to where it was', async () => {
		const button = await page.waitForSelector(searchButton);
		await button!.focus();
		await pressControlK(page);
		await page.waitForSelector(searchDialog, { visible: true });
		expect(await page.$eval(searchBox, (el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Escape');
		await page.waitForSelector(searchDialog, { hidden: true });
		expect(await button!.evaluate((el) => el === document.activeElement)).toBe(true);
	});

	test('"/" opens it from the page, and is kept as text inside the field', async () => {
		await page.locator(`${aria('main')} h1`).click();
		await page.keyboard.press('/');
		await page.waitForSelector(searchDialog, { visible: true });
		await page.keyboard.type('c/c');
		expect(await page.$eval(searchBox, (input) => (input as HTMLInputElement).value)).toBe('c/c');
		await pressControlK(page);
		await page.waitForSelector(searchDialog, { hidden: true });
	});

	test('a result is followed with Enter', async () => {
		await openSearch(page);
		await typeQuery(page, 'fintech');
		await page.keyboard.press('Tab');
		await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
		expect(new URL(page.url()).pathname).toBe('/scenarios/fintech-api/');
		expect(errors).toEqual([]);
	});
});

describe('no lost keystrokes', () => {
	test("a shortcut pressed before the dialog's code has arrived opens the dialog, and what is typed is kept and searched", async () => {
		const page = await newPage(browser);
		const errors = watchErrors(page);
		// Hold back the dialog's code, as a slow line would.
		let release: () => void = () => {};
		const held = new Promise<void>((done) => {
			release = done;
		});
		const dialogCode = /\/_astro\/SearchDialog\.[^/]*\.js$/;
		let heldBack = 0;
		await page.setRequestInterception(true);
		page.on('request', (request: HTTPRequest) => {
			if (!dialogCode.test(request.url())) return void request.continue();
			heldBack++;
			void held.then(() => request.continue());
		});
		await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle0' });
		expect(heldBack).toBe(0);
		await pressControlK(page);
		await page.keyboard.type('goroutines');
		// The directive opened the dialog and focused its field; the dialog's own code is still held.
		const dialog = await page.evaluate(() => {
			const element = document.querySelector('dialog') as HTMLDialogElement;
			const input = element.querySelector('input')!;
			return {
				open: element.open,
				shown: element.getBoundingClientRect().height > 0,
				focused: document.activeElement === input,
				value: input.value,
				ready: element.hasAttribute('data-ready'),
			};
		});
		expect(dialog).toEqual({ open: true, shown: true, focused: true, value: 'goroutines', ready: false });
		expect(heldBack).toBe(1);
		release();
		await page.waitForSelector('dialog[data-ready]');
		await waitForResults(page, 'goroutines');
		const hrefs = await page.$$eval(`${resultList} ${aria('link')}`, (links) =>
			links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
		);
		expect(hrefs).toContain('/languages/go/');
		expect(await page.$eval(searchBox, (input) => (input as HTMLInputElement).value)).toBe('goroutines');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('search on intent', () => {
	test('a first visit fetches nothing of search, however long the reader stays', async () => {
		const page = await newPage(browser);
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(`${baseUrl}/languages/go/`, { waitUntil: 'networkidle0' });
		// A reader who stays a while: the idle callbacks have run, and still nothing of search (not
		// Pagefind, not the title list, not the dialog's code or Preact).
		await new Promise((r) => setTimeout(r, 500));
		const ofSearch = (path: string) =>
			path.startsWith('/pagefind/') || path === '/search/titles.json' || /SearchDialog|preact|hooks/.test(path);
		expect(fetched.filter(ofSearch)).toEqual([]);
		// Hovering the button is intent: Pagefind starts loading at once.
		await page.locator(searchButton).hover();
		await expect.poll(() => fetched.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
		await page.close();
	});

	test(`everything from the shortcut to the first result weighs at most ${BUDGET.intentToFirstResult / 1000} kB gzip`, async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/languages/python/`, { waitUntil: 'networkidle0' });
		// Times are taken in the page: the shortcut's keydown, then the moment a result link appears.
		await page.evaluate(() => {
			const w = window as unknown as { intentAt: number };
			addEventListener('keydown', () => (w.intentAt ??= performance.now()), { capture: true });
		});
		await watchFirstResult(page);
		await pressControlK(page);
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
		const context = await browser.createBrowserContext();
		const page = await context.newPage();
		await page.goto(`${baseUrl}/languages/python/`, { waitUntil: 'networkidle0' });
		await page.setCacheEnabled(false);
		// Slower than slow 4G, so the order below does not depend on how busy the machine is.
		await page.emulateNetworkConditions({ latency: 300, download: 50_000, upload: 50_000 });
		await watchFirstResult(page);
		await pressControlK(page);
		await page.keyboard.type('goroutines');
		// Before Pagefind has answered, the glossary's "Goroutine" is listed by its title, with no excerpt.
		await page.waitForSelector(`${resultList} ${aria('link', 'Goroutine')}`, { timeout: 30_000 });
		expect(await page.$$(`${resultList} .search-excerpt`)).toHaveLength(0);
		await waitForResults(page, 'goroutines', 30_000);
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
		const { listed, excerpts, firstMark } = await page.$eval(resultList, (list) => ({
			listed: list.querySelectorAll(':scope > li').length,
			excerpts: list.querySelectorAll(':scope > li .search-page .search-excerpt').length,
			firstMark: list.querySelector('mark')?.textContent ?? '',
		}));
		expect(listed).toBeGreaterThan(0);
		expect(excerpts).toBe(listed);
		expect(firstMark).toMatch(/goroutine/i);
		await context.close();
	}, 60_000);
});

describe('when search cannot load', () => {
	test.each([
		['Pagefind’s runtime', /\/pagefind\/pagefind\.js$/],
		// Astro asks for a failed island once more, a second later, with a query string.
		["the dialog's code", /\/_astro\/SearchDialog\.[^/]*\.js(\?.*)?$/],
	])('a failed download of %s gives a clear message in the dialog, not silence', async (_, pattern) => {
		const page = await newPage(browser);
		const errors = watchErrors(page);
		let refused = 0;
		await page.setRequestInterception(true);
		page.on('request', (request: HTTPRequest) => {
			if (!pattern.test(request.url())) return void request.continue();
			refused++;
			void request.abort();
		});
		await page.goto(`${baseUrl}/languages/go/`, { waitUntil: 'networkidle0' });
		await pressControlK(page);
		await page.keyboard.type('goroutines');
		// The dialog says so in its status line; the whole sentence is the point, so it is a snapshot.
		const status = await page.waitForSelector(searchStatus);
		await page.waitForFunction((el) => /could not load/i.test(el?.textContent ?? ''), { timeout: 10_000 }, status);
		expect(await status!.evaluate((el) => el.textContent)).toMatchInlineSnapshot(
			`"Search could not load. Check your connection, then reload the page."`,
		);
		expect(refused).toBeGreaterThan(0);
		expect(await page.$$(`${resultList} li`)).toHaveLength(0);
		// The refused download is the only error: the page's own code does not throw on it.
		expect(errors.filter((e) => !/Failed to fetch|ERR_FAILED|dynamically imported module/i.test(e))).toEqual([]);
		// The shortcut still closes and opens the dialog.
		await pressControlK(page);
		await page.waitForSelector(searchDialog, { hidden: true });
		await pressControlK(page);
		await page.waitForSelector(searchDialog, { visible: true });
		await page.close();
	});
});

describe('without JavaScript', () => {
	test('the search button is not shown, as it could not work', async () => {
		const page = await newPage(browser, { javaScript: false });
		await page.goto(`${baseUrl}/`);
		// The button is in the page, only not shown.
		expect(await page.$$('button[aria-label="Search"]')).toHaveLength(1);
		expect(await page.$$(searchButton)).toHaveLength(0);
		await page.close();
	});
});
