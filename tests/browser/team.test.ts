import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { ticksStorageKey } from '../../src/lib/ticks/tick-state';
import { axeViolations, useChromium, watchErrors } from '../support/browser';
import { readDataFolder } from '../support/data-files';

const { baseUrl, browser } = useChromium();
const CHECKLIST = `${baseUrl}/team/hiring-checklist/`;
const ONBOARDING = `${baseUrl}/team/onboarding-plan/`;
const ROLE_BRIEF = `${baseUrl}/team/role-brief/`;

let context: BrowserContext;
let page: Page;
let errors: string[];

afterEach(async () => {
	await context?.close();
});

/** A fresh browser profile (empty storage) per test, so no tick leaks from one test into another. */
async function open(url: string, options: Parameters<Browser['newContext']>[0] = {}) {
	context = await browser.newContext(options);
	page = await context.newPage();
	errors = watchErrors(page);
	await page.goto(url);
	return page;
}

const checked = (p: Page) => p.locator('input[type="checkbox"]:checked').count();

describe('ticks on the hiring checklist', () => {
	test('a ticked item is still ticked after a reload', async () => {
		await open(CHECKLIST);
		const item = page.getByRole('checkbox', { name: /writes sql and models data well/i });
		await item.check();
		await page.reload();
		expect(await page.getByRole('checkbox', { name: /writes sql and models data well/i }).isChecked()).toBe(true);
		expect(await checked(page)).toBe(1);
		expect(errors).toEqual([]);
	});

	test('a checkbox can be ticked from the keyboard', async () => {
		await open(CHECKLIST);
		const item = page.getByRole('checkbox', { name: /has real kubernetes depth/i });
		await item.focus();
		await page.keyboard.press('Space');
		expect(await item.isChecked()).toBe(true);
	});

	test('"Clear all ticks" empties every box, says so, and the boxes stay empty after a reload', async () => {
		await open(CHECKLIST);
		const boxes = page.getByRole('checkbox');
		await boxes.nth(0).check();
		await boxes.nth(4).check();
		await page.getByRole('checkbox', { name: /take me through an api/i }).check();
		expect(await checked(page)).toBe(3);
		await page.getByRole('button', { name: 'Clear all ticks' }).click();
		expect(await checked(page)).toBe(0);
		expect(await page.getByRole('status').textContent()).toMatch(/cleared/i);
		await page.reload();
		expect(await checked(page)).toBe(0);
	});

	test('ticks are kept per page: the onboarding plan does not share the checklist ticks', async () => {
		await open(CHECKLIST);
		await page.getByRole('checkbox').first().check();
		await page.goto(ONBOARDING);
		expect(await checked(page)).toBe(0);
		await page.getByRole('checkbox', { name: /run every service locally/i }).check();
		await page.reload();
		expect(await checked(page)).toBe(1);
		await page.goto(CHECKLIST);
		expect(await checked(page)).toBe(1);
	});

	test.each([
		['text that is not JSON', '{"v":1,"ticked":['],
		['the wrong shape', '{"v":1,"ticked":"all"}'],
	])('saved ticks that are %s give a notice and empty boxes', async (_case, stored) => {
		context = await browser.newContext();
		await context.addInitScript(
			([key, value]) => window.localStorage.setItem(key!, value!),
			[ticksStorageKey('hiring-checklist'), stored],
		);
		page = await context.newPage();
		errors = watchErrors(page);
		await page.goto(CHECKLIST);
		expect(await page.getByRole('status').textContent()).toMatch(/could not be read/i);
		expect(await checked(page)).toBe(0);
		expect(await page.getByRole('checkbox').count()).toBeGreaterThan(10);
		expect(errors).toEqual([]);
	});

	test('without JavaScript the checklist still lists every item as an empty box, and hides the buttons', async () => {
		await open(CHECKLIST, { javaScriptEnabled: false });
		const checklist = readDataFolder('hiring').get('checklist') as {
			roleDefinition: unknown[];
			skillMatrix: unknown[];
			interviewKit: unknown[];
		};
		const items = checklist.roleDefinition.length + 2 * checklist.skillMatrix.length + checklist.interviewKit.length;
		expect(await page.getByRole('checkbox').count()).toBe(items);
		expect(await checked(page)).toBe(0);
		expect(await page.getByRole('button', { name: 'Print' }).count()).toBe(0);
	});
});

describe('the role brief', () => {
	const go = readDataFolder('languages').get('go') as { frameworks: { name: string }[]; hiringSignals: string[] };
	const fintech = readDataFolder('scenarios').get('fintech-api') as { situation: string; hireFirst: string };

	test('?language=go shows the Go brief with its frameworks, hiring signals and the fintech context', async () => {
		await open(`${ROLE_BRIEF}?language=go`);
		const brief = page.getByRole('article', { name: 'Backend engineer (Go)' });
		await brief.waitFor();
		const text = await brief.textContent();
		for (const framework of go.frameworks) expect(text).toContain(framework.name);
		for (const signal of go.hiringSignals) expect(text).toContain(signal);
		expect(text).toContain(fintech.situation);
		expect(text).toContain(fintech.hireFirst);
		expect(text).toContain('Deep, production-tested fluency in Go');
		expect(await page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('go');
		expect(await page.locator('[role="status"]').textContent()).toBe('');
		expect(errors).toEqual([]);
	});

	test('an unknown ?language gives a notice and the default brief, and never renders the value as HTML', async () => {
		const evil = '<img src=x id=injected onerror="document.title=1">';
		await open(`${ROLE_BRIEF}?language=${encodeURIComponent(evil)}`);
		const status = page.getByRole('status');
		await expect.poll(() => status.textContent()).toMatch(/does not cover/);
		expect(await status.textContent()).toContain('<img');
		expect(await page.locator('#injected').count()).toBe(0);
		expect(await page.getByRole('heading', { name: 'Backend engineer (Python)' }).count()).toBe(1);
		expect(await page.title()).not.toBe('1');
		expect(errors).toEqual([]);
	});

	test('choosing another language updates the brief and the address', async () => {
		await open(`${ROLE_BRIEF}?language=go`);
		await page.getByRole('heading', { name: 'Backend engineer (Go)' }).waitFor();
		await page.getByRole('combobox', { name: 'Language' }).selectOption('rust');
		await page.getByRole('heading', { name: 'Backend engineer (Rust)' }).waitFor();
		expect(new URL(page.url()).search).toBe('?language=rust');
		await page.getByRole('combobox', { name: 'Scenario for context' }).selectOption('none');
		expect(await page.getByRole('heading', { name: 'Context' }).count()).toBe(0);
		await page.reload();
		await page.getByRole('heading', { name: 'Backend engineer (Rust)' }).waitFor();
		expect(await page.getByRole('combobox', { name: 'Scenario for context' }).inputValue()).toBe('none');
	});

	test('"Copy as Markdown" puts the brief on the clipboard', async () => {
		await open(`${ROLE_BRIEF}?language=go`, { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.getByRole('heading', { name: 'Backend engineer (Go)' }).waitFor();
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toMatch(/copied/i);
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
		for (const colorScheme of ['light', 'dark'] as const) {
			context = await browser.newContext({ colorScheme });
			await context.addInitScript((theme) => window.localStorage.setItem('starlight-theme', theme), colorScheme);
			page = await context.newPage();
			await page.goto(url);
			if (url === CHECKLIST) await page.getByRole('checkbox').first().check();
			if (url.includes('cobol')) await expect.poll(() => page.getByRole('status').textContent()).toMatch(/cobol/);
			expect(await axeViolations(page), colorScheme).toEqual([]);
			await context.close();
		}
	});

	test.each([CHECKLIST, ONBOARDING, `${ROLE_BRIEF}?language=go`])('%s is usable 360 px wide', async (url) => {
		// A phone: touch events on, so the tick below is a real tap, not a click in disguise.
		await open(url, { viewport: { width: 360, height: 740 }, hasTouch: true });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		if (url.includes('role-brief')) {
			await page.getByRole('combobox', { name: 'Language' }).selectOption('java-kotlin');
			await page.getByRole('heading', { name: 'Backend engineer (Java / Kotlin)' }).waitFor();
			const button = await page.getByRole('button', { name: 'Copy as Markdown' }).boundingBox();
			expect(button!.x + button!.width).toBeLessThanOrEqual(360);
		} else {
			const box = page.getByRole('checkbox').last();
			await box.tap();
			expect(await box.isChecked()).toBe(true);
			const clear = await page.getByRole('button', { name: 'Clear all ticks' }).boundingBox();
			expect(clear!.x + clear!.width).toBeLessThanOrEqual(360);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(errors).toEqual([]);
	});
});
