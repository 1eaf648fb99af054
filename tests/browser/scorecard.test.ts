import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ADDRESS_UPDATE_INTERVAL_MS } from '../../src/lib/address';
import { addressWrites, axeViolations, countAddressWrites, useChromium, watchErrors } from '../support/browser';
import { ranking } from '../support/scorecard-page';

const { baseUrl, browser } = useChromium();
const path = '/tools/scorecard/';
const STORAGE_KEY = 'bsp:scorecard';

/** A fresh browser profile (empty storage), optionally narrow, with a page open on `url`. */
async function open(url = path, options: { width?: number; saved?: string; savedKey?: string } = {}) {
	const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
	if (options.saved !== undefined) {
		await context.addInitScript(
			([key, value]) => {
				// Only on the first load, so a reload sees what the page itself saved.
				if (!sessionStorage.getItem('seeded')) {
					localStorage.setItem(key!, value!);
					sessionStorage.setItem('seeded', '1');
				}
			},
			[options.savedKey ?? STORAGE_KEY, options.saved],
		);
	}
	const page = await context.newPage();
	const errors = watchErrors(page);
	await page.goto(`${baseUrl}${url}`);
	await ready(page);
	return { context, page, errors };
}

/** The scorecard state in the page's address (`?s=`, base64url JSON), or null when there is none. */
function linkedState(page: Page): { w: Record<string, number>; l: string[] } | null {
	const encoded = new URL(page.url()).searchParams.get('s');
	return encoded ? JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) : null;
}

/** Waits until the island has hydrated and read the link or saved state. */
const ready = (page: Page) => page.locator('.scorecard[data-ready]').waitFor();

const slider = (page: Page, name: string) => page.getByRole('slider', { name });
const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'could not be used' });

async function close(context: BrowserContext) {
	await context.close();
}

describe('the decision scorecard', () => {
	// Since the review of 30 November 2026 lowered Python's hiring rating to its sources' label
	// (Large, not Very large), the default weights no longer separate Python and Node.js.
	test('starts with the default comparison: Python and Node.js share first place', async () => {
		const { context, page, errors } = await open();
		expect(await ranking(page)).toEqual(['Python (tie)', 'Node.js / TypeScript (tie)', 'Java / Kotlin', 'Go']);
		await expect(page.getByText(/Python and Node\.js \/ TypeScript tie for first place/).count()).resolves.toBe(1);
		expect(errors).toEqual([]);
		await close(context);
	});

	test('changing a weight changes the ranking, and the new order is announced politely', async () => {
		const { context, page, errors } = await open();
		await slider(page, 'AI ecosystem').focus();
		await page.keyboard.press('Home');
		await expect(slider(page, 'AI ecosystem').inputValue()).resolves.toBe('0');
		expect((await ranking(page))[0]).toBe('Node.js / TypeScript');
		const live = page.locator('[aria-live="polite"]');
		await expect.poll(() => live.textContent(), { timeout: 5000 }).toMatch(/^New ranking: Node\.js \/ TypeScript/);
		expect(errors).toEqual([]);
		await close(context);
	});

	test('moving a slider step by step writes the address a few times a second at most, ending on the last step', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		await countAddressWrites(context);
		const page = await context.newPage();
		await page.goto(`${baseUrl}${path}`);
		await ready(page);
		const hiring = slider(page, 'Hiring reality');
		await hiring.focus();
		await page.keyboard.press('Home');
		for (let step = 0; step < 10; step++) await page.keyboard.press('ArrowRight');
		await expect.poll(() => linkedState(page)?.w.hiring).toBe(10);
		const calls = await addressWrites(page);
		// However slow or fast the input, two writes are never closer than the updater's interval.
		const gaps = calls.slice(1).map((t, i) => t - calls[i]!);
		expect(Math.min(...gaps, Number.POSITIVE_INFINITY)).toBeGreaterThanOrEqual(ADDRESS_UPDATE_INTERVAL_MS * 0.9);
		expect(calls.length).toBeGreaterThan(0);
		expect(calls.length).toBeLessThan(11);
		await context.close();
	});

	test('a share link reloads to the same state, in a browser that never saw it', async () => {
		const { context, page } = await open();
		await slider(page, 'Hiring reality').focus();
		await page.keyboard.press('End');
		await page.getByRole('checkbox', { name: 'Rust' }).check();
		await page.getByRole('checkbox', { name: 'Go' }).uncheck();
		// The address follows a few times a second, so wait until it holds the last change.
		await expect.poll(() => linkedState(page)?.l).toEqual(expect.arrayContaining(['rust']));
		await expect.poll(() => linkedState(page)?.l.includes('go')).toBe(false);
		const shared = new URL(page.url());
		const before = await ranking(page);
		await close(context);

		const other = await open(`${shared.pathname}${shared.search}`);
		await expect(slider(other.page, 'Hiring reality').inputValue()).resolves.toBe('10');
		await expect(other.page.getByRole('checkbox', { name: 'Rust' }).isChecked()).resolves.toBe(true);
		await expect(other.page.getByRole('checkbox', { name: 'Go' }).isChecked()).resolves.toBe(false);
		expect(await ranking(other.page)).toEqual(before);
		await other.page.reload();
		await ready(other.page);
		expect(await ranking(other.page)).toEqual(before);
		expect(other.errors).toEqual([]);
		await close(other.context);
	});

	test('an edited score is remembered in the browser without a link', async () => {
		const { context, page } = await open();
		await page.getByText('Go scores').click();
		await page.getByRole('combobox', { name: 'AI ecosystem score for Go' }).selectOption('5');
		await page.getByRole('button', { name: 'Restore 3 for Go on AI ecosystem' }).waitFor();
		await page.goto(`${baseUrl}${path}`);
		await ready(page);
		await page.getByText('Go scores').click();
		await expect(page.getByRole('combobox', { name: 'AI ecosystem score for Go' }).inputValue()).resolves.toBe('5');
		await close(context);
	});

	test('the link wins over saved state', async () => {
		const linked = Buffer.from(JSON.stringify({ v: 1, w: { operations: 10 }, l: ['go', 'rust'] })).toString(
			'base64url',
		);
		const saved = Buffer.from(JSON.stringify({ v: 1, w: { operations: 1 }, l: ['php', 'ruby'] })).toString('base64url');
		const { context, page } = await open(`${path}?s=${linked}`, { saved });
		await expect(slider(page, 'Operations').inputValue()).resolves.toBe('10');
		expect((await ranking(page)).sort()).toEqual(['Go', 'Rust']);
		await close(context);
	});

	test('a scorecard saved under the old key before the one prefix is still read, and moved', async () => {
		const saved = Buffer.from(JSON.stringify({ v: 1, w: { operations: 10 }, l: ['go', 'rust'] })).toString('base64url');
		const { context, page } = await open(path, { saved, savedKey: 'backend-stack-playbook:scorecard' });
		await expect(slider(page, 'Operations').inputValue()).resolves.toBe('10');
		expect((await ranking(page)).sort()).toEqual(['Go', 'Rust']);
		const stored = await page.evaluate(
			(key) => [localStorage.getItem(key), localStorage.getItem('backend-stack-playbook:scorecard')],
			STORAGE_KEY,
		);
		expect(stored).toEqual([saved, null]);
		await close(context);
	});

	test('corrupted saved state shows a notice and the defaults', async () => {
		const { context, page, errors } = await open(path, { saved: '{"v":1,"w":' });
		await notice(page).waitFor();
		await expect(notice(page).textContent()).resolves.toMatch(/Saved settings: The scorecard data could not be read/);
		expect(await ranking(page)).toEqual(['Python (tie)', 'Node.js / TypeScript (tie)', 'Java / Kotlin', 'Go']);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Dismiss' }).click();
		await notice(page).waitFor({ state: 'detached' });
		expect(errors).toEqual([]);
		await close(context);
	});

	test('out-of-range values in a link give a notice, and link text is never rendered as HTML', async () => {
		const hostile = Buffer.from(
			JSON.stringify({ v: 1, w: { hiring: -3, operations: 1e9 }, l: ['<img src=x id=injected>', 'go', 'rust'] }),
		).toString('base64url');
		const { context, page, errors } = await open(`${path}?s=${hostile}`);
		await notice(page).waitFor();
		const text = await notice(page).textContent();
		expect(text).toMatch(/From the link: The weight for Hiring reality must be a whole number from 0 to 10/);
		expect(text).toMatch(/unknown language was ignored/);
		await expect(page.locator('#injected').count()).resolves.toBe(0);
		await expect(slider(page, 'Hiring reality').inputValue()).resolves.toBe('5');
		expect((await ranking(page)).sort()).toEqual(['Go', 'Rust']);
		expect(errors).toEqual([]);
		await close(context);
	});

	test('reset returns to the defaults and forgets the saved state', async () => {
		const { context, page } = await open();
		await slider(page, 'Operations').focus();
		await page.keyboard.press('End');
		await page.waitForURL(/\?s=/);
		await page.getByRole('button', { name: 'Reset' }).click();
		await expect(slider(page, 'Operations').inputValue()).resolves.toBe('5');
		await expect.poll(() => new URL(page.url()).search).toBe('');
		await expect(page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).resolves.toBeNull();
		await close(context);
	});

	test('exports CSV and Markdown with the reader’s weights and scores', async () => {
		const context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
		const page = await context.newPage();
		await page.goto(`${baseUrl}${path}`);
		await ready(page);
		await slider(page, 'Long-term cost').focus();
		await page.keyboard.press('End');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download CSV' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('scorecard.csv');
		const stream = await download.createReadStream();
		const chunks: Buffer[] = [];
		for await (const chunk of stream) chunks.push(chunk as Buffer);
		const csv = Buffer.concat(chunks).toString('utf8');
		expect(csv.split('\r\n')[0]).toBe('Criterion,Weight,Python,Node.js / TypeScript,Java / Kotlin,Go');
		expect(csv).toContain('Long-term cost,10,4,4,5,4');

		await page.getByRole('button', { name: 'Copy Markdown' }).click();
		// The export code loads on first use, so the confirmation arrives a moment later.
		await page.getByText('Copied the Markdown table to the clipboard.').waitFor();
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toContain('| Long-term cost | 10 | 4 | 4 | 5 | 4 |');
		expect(markdown).toMatch(/Scorecard: http.*\/tools\/scorecard\/\?s=/);
		await context.close();
	});

	test('links to the decision record with the scorecard state', async () => {
		const { context, page } = await open();
		const href = await page.getByRole('link', { name: 'Write the decision record' }).getAttribute('href');
		expect(href).toMatch(/^\/tools\/decision-record\/\?s=[A-Za-z0-9_-]+$/);
		await close(context);
	});

	test('has no axe violations, with a score disclosure and a criterion checklist open', async () => {
		const { context, page } = await open();
		expect(await axeViolations(page)).toEqual([]);
		await page.getByText('Python scores').click();
		await page.getByText('What to check').first().click();
		await page.getByRole('combobox', { name: 'Hiring reality score for Python' }).selectOption('2');
		expect(await axeViolations(page)).toEqual([]);
		await close(context);
	});

	test('is usable at 360 px: nothing widens the page, and a weight can still be set', async () => {
		const { context, page, errors } = await open(path, { width: 360 });
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
		const box = await slider(page, 'AI ecosystem').boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
		await slider(page, 'AI ecosystem').focus();
		await page.keyboard.press('Home');
		expect((await ranking(page))[0]).toBe('Node.js / TypeScript');
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await close(context);
	});

	test('works with the keyboard alone, with a visible focus ring', async () => {
		const { context, page } = await open();
		// Tab from the page's intro until the first weight slider has focus.
		await page.getByRole('link', { name: 'comparison table' }).first().focus();
		let focused = '';
		for (let i = 0; i < 40 && focused !== 'AI ecosystem'; i++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(
				() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '',
			);
		}
		expect(focused).toBe('AI ecosystem');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
		await expect(slider(page, 'AI ecosystem').inputValue()).resolves.toBe('0');
		expect((await ranking(page))[0]).toBe('Node.js / TypeScript');

		// Add a language with Space, open its scores with Enter and change one with the arrow keys.
		await page.getByRole('checkbox', { name: 'Rust' }).focus();
		await page.keyboard.press('Space');
		await expect(page.getByRole('checkbox', { name: 'Rust' }).isChecked()).resolves.toBe(true);
		await page.getByText('Rust scores').focus();
		await page.keyboard.press('Enter');
		await page.getByRole('combobox', { name: 'Operations score for Rust' }).focus();
		// The playbook rates Rust's operations 4; the next option down the list is 5.
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('combobox', { name: 'Operations score for Rust' }).inputValue()).resolves.toBe('5');
		await page.getByRole('button', { name: 'Restore 4 for Rust on Operations' }).waitFor();

		await page.getByRole('button', { name: 'Reset' }).focus();
		await page.keyboard.press('Enter');
		await expect(slider(page, 'AI ecosystem').inputValue()).resolves.toBe('5');
		await expect(page.getByRole('checkbox', { name: 'Rust' }).isChecked()).resolves.toBe(false);
		await close(context);
	});
});
