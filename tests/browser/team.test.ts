import type { BrowserContext, Page } from 'puppeteer-core';
import { afterEach, describe, expect, test } from 'vitest';
import { ticksStorageKey } from '../../src/team/model/tick-state';
import {
	allByRole,
	allowClipboard,
	aria,
	axeViolations,
	byRole,
	firstByRole,
	isChecked,
	newPage,
	type PageOptions,
	textOf,
	useChromium,
	useTheme,
	watchErrors,
} from '../support/browser';
import { readDataFolder } from '../support/data-files';

const { baseUrl, browser } = useChromium();
const CHECKLIST = `${baseUrl}/team/hiring-checklist/`;
const ONBOARDING = `${baseUrl}/team/onboarding-plan/`;
const ROLE_BRIEF = `${baseUrl}/team/role-brief/`;

let context: BrowserContext | undefined;
let page: Page;
let errors: string[];

afterEach(async () => {
	await context?.close();
});

/**
 * A fresh browser profile (empty storage) per test, so no tick leaks from one test into another;
 * `clipboard` lets the page use the clipboard.
 */
async function open(url: string, options: PageOptions & { clipboard?: boolean } = {}) {
	context = await browser.createBrowserContext();
	if (options.clipboard) await allowClipboard(context, baseUrl);
	page = await newPage(context, options);
	// Chromium answers a clipboard read only in a focused page.
	if (options.clipboard) await page.emulateFocusedPage(true);
	errors = watchErrors(page);
	await page.goto(url);
	return page;
}

/** How many boxes are ticked, as the accessibility tree reports their state. */
const checked = async (p: Page) => (await allByRole(p, 'checkbox', { checked: true })).length;
/** The page's status line, once it says something. */
const statusText = (p: Page) => textOf(p, aria('status'));

describe('ticks on the hiring checklist', () => {
	test('a ticked item is still ticked after a reload', async () => {
		await open(CHECKLIST);
		const item = /writes sql and models data well/i;
		await (await firstByRole(page, 'checkbox', { name: item })).click();
		await page.reload();
		expect(await isChecked(page, await firstByRole(page, 'checkbox', { name: item }))).toBe(true);
		expect(await checked(page)).toBe(1);
		expect(errors).toEqual([]);
	});

	test('a checkbox can be ticked from the keyboard', async () => {
		await open(CHECKLIST);
		const item = await firstByRole(page, 'checkbox', { name: /has real kubernetes depth/i });
		await item.focus();
		await page.keyboard.press('Space');
		expect(await isChecked(page, item)).toBe(true);
	});

	test('"Clear all ticks" empties every box, says so, and the boxes stay empty after a reload', async () => {
		await open(CHECKLIST);
		const boxes = await page.$$(aria('checkbox'));
		await boxes[0]!.click();
		await boxes[4]!.click();
		await (await firstByRole(page, 'checkbox', { name: /take me through an api/i })).click();
		expect(await checked(page)).toBe(3);
		await byRole(page, 'button', 'Clear all ticks').click();
		expect(await checked(page)).toBe(0);
		expect(await statusText(page)).toMatch(/cleared/i);
		await page.reload();
		expect(await checked(page)).toBe(0);
	});

	test('ticks are kept per page: the onboarding plan does not share the checklist ticks', async () => {
		await open(CHECKLIST);
		await byRole(page, 'checkbox').click();
		expect(await checked(page)).toBe(1);
		await page.goto(ONBOARDING);
		expect(await checked(page)).toBe(0);
		await (await firstByRole(page, 'checkbox', { name: /run every service locally/i })).click();
		await page.reload();
		expect(await checked(page)).toBe(1);
		await page.goto(CHECKLIST);
		expect(await checked(page)).toBe(1);
	});

	test.each([
		['text that is not JSON', '{"v":1,"ticked":['],
		['the wrong shape', '{"v":1,"ticked":"all"}'],
	])('saved ticks that are %s give a notice and empty boxes', async (_case, stored) => {
		context = await browser.createBrowserContext();
		page = await context.newPage();
		await page.evaluateOnNewDocument(
			(key, value) => window.localStorage.setItem(key, value),
			ticksStorageKey('hiring-checklist'),
			stored,
		);
		errors = watchErrors(page);
		await page.goto(CHECKLIST);
		expect(await statusText(page)).toMatch(/could not be read/i);
		expect(await checked(page)).toBe(0);
		expect((await page.$$(aria('checkbox'))).length).toBeGreaterThan(10);
		expect(errors).toEqual([]);
	});

	test('without JavaScript the checklist still lists every item as an empty box, and hides the buttons', async () => {
		await open(CHECKLIST, { javaScript: false });
		const checklist = readDataFolder('hiring').get('checklist') as {
			roleDefinition: unknown[];
			skillMatrix: unknown[];
			interviewKit: unknown[];
		};
		const items = checklist.roleDefinition.length + 2 * checklist.skillMatrix.length + checklist.interviewKit.length;
		expect(await page.$$(aria('checkbox'))).toHaveLength(items);
		expect(await checked(page)).toBe(0);
		expect(await page.$$(aria('button', 'Print'))).toHaveLength(0);
	});
});

describe('the role brief', () => {
	const go = readDataFolder('languages').get('go') as { frameworks: { name: string }[]; hiringSignals: string[] };
	const fintech = readDataFolder('scenarios').get('fintech-api') as { situation: string; hireFirst: string };

	test('?language=go shows the Go brief with its frameworks, hiring signals and the fintech context', async () => {
		await open(`${ROLE_BRIEF}?language=go`);
		const text = await textOf(page, aria('article', 'Backend engineer (Go)'));
		for (const framework of go.frameworks) expect(text).toContain(framework.name);
		for (const signal of go.hiringSignals) expect(text).toContain(signal);
		expect(text).toContain(fintech.situation);
		expect(text).toContain(fintech.hireFirst);
		expect(text).toContain('Deep, production-tested fluency in Go');
		expect(await page.$eval(aria('combobox', 'Language'), (select) => (select as HTMLSelectElement).value)).toBe('go');
		expect(await statusText(page)).toBe('');
		expect(errors).toEqual([]);
	});

	test('an unknown ?language gives a notice and the default brief, and never renders the value as HTML', async () => {
		const evil = '<img src=x id=injected onerror="document.title=1">';
		await open(`${ROLE_BRIEF}?language=${encodeURIComponent(evil)}`);
		await expect.poll(() => statusText(page)).toMatch(/does not cover/);
		expect(await statusText(page)).toContain('<img');
		expect(await page.$$('#injected')).toHaveLength(0);
		expect(await page.$$(aria('heading', 'Backend engineer (Python)'))).toHaveLength(1);
		expect(await page.title()).not.toBe('1');
		expect(errors).toEqual([]);
	});

	test('choosing another language updates the brief and the address', async () => {
		await open(`${ROLE_BRIEF}?language=go`);
		await page.waitForSelector(aria('heading', 'Backend engineer (Go)'));
		expect(await page.$$(aria('heading', 'Context'))).toHaveLength(1);
		await byRole(page, 'combobox', 'Language').fill('rust');
		await page.waitForSelector(aria('heading', 'Backend engineer (Rust)'));
		expect(new URL(page.url()).search).toBe('?language=rust');
		await byRole(page, 'combobox', 'Scenario for context').fill('none');
		await page.waitForSelector(aria('heading', 'Context'), { hidden: true });
		await page.reload();
		await page.waitForSelector(aria('heading', 'Backend engineer (Rust)'));
		const scenario = (select: Element) => (select as HTMLSelectElement).value;
		expect(await page.$eval(aria('combobox', 'Scenario for context'), scenario)).toBe('none');
		expect(await page.$$(aria('heading', 'Context'))).toHaveLength(0);
	});

	test('"Copy as Markdown" puts the brief on the clipboard', async () => {
		await open(`${ROLE_BRIEF}?language=go`, { clipboard: true });
		await page.waitForSelector(aria('heading', 'Backend engineer (Go)'));
		await byRole(page, 'button', 'Copy as Markdown').click();
		await expect.poll(() => statusText(page)).toMatch(/copied/i);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(/^# Backend engineer \(Go\)\n/);
		expect(copied).toContain('## Must have');
		expect(copied).toContain(`- ${go.hiringSignals[0]}`);
	});
});

describe('the Team pages for everyone', () => {
	test.each([
		['the hiring checklist, with a tick', CHECKLIST],
		['the onboarding plan', ONBOARDING],
		['the role brief with a notice', `${ROLE_BRIEF}?language=cobol`],
	])('%s has no axe violations, in light and dark', async (_name, url) => {
		for (const theme of ['light', 'dark'] as const) {
			context = await browser.createBrowserContext();
			page = await context.newPage();
			await useTheme(page, theme);
			await page.goto(url);
			if (url === CHECKLIST) {
				await byRole(page, 'checkbox').click();
				expect(await checked(page)).toBe(1);
			}
			if (url.includes('cobol')) await expect.poll(() => statusText(page)).toMatch(/cobol/);
			expect(await axeViolations(page), theme).toEqual([]);
			await context.close();
			context = undefined;
		}
	});

	test.each([CHECKLIST, ONBOARDING, `${ROLE_BRIEF}?language=go`])('%s is usable 360 px wide', async (url) => {
		// A phone: touch events on, so the tick below is a real tap, not a click in disguise.
		await open(url, { width: 360, height: 740, touch: true });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		if (url.includes('role-brief')) {
			// A choice made before the island has hydrated is not seen by it (found on a loaded machine).
			await page.waitForSelector('.role-brief[data-ready]');
			await byRole(page, 'combobox', 'Language').fill('java-kotlin');
			await page.waitForSelector(aria('heading', 'Backend engineer (Java / Kotlin)'));
			const button = await (await page.waitForSelector(aria('button', 'Copy as Markdown')))!.boundingBox();
			expect(button!.x + button!.width).toBeLessThanOrEqual(360);
		} else {
			const box = (await page.$$(aria('checkbox'))).at(-1)!;
			await box.scrollIntoView();
			await box.tap();
			expect(await isChecked(page, box)).toBe(true);
			const clear = await (await page.waitForSelector(aria('button', 'Clear all ticks')))!.boundingBox();
			expect(clear!.x + clear!.width).toBeLessThanOrEqual(360);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(errors).toEqual([]);
	});
});
