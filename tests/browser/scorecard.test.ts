import type { BrowserContext, Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { ADDRESS_UPDATE_INTERVAL_MS } from '../../src/common/address';
import {
	addressWrites,
	allowClipboard,
	aria,
	axeViolations,
	byRole,
	countAddressWrites,
	downloadingContext,
	inputValue,
	isChecked,
	newPage,
	useChromium,
	waitForText,
	watchErrors,
	withText,
} from '../support/browser';
import { ranking } from '../support/scorecard-page';

const { baseUrl, browser } = useChromium();
const path = '/tools/scorecard/';
const STORAGE_KEY = 'bsp:scorecard';

/** A fresh browser profile (empty storage), optionally narrow, with a page open on `url`. */
async function open(url = path, options: { width?: number; saved?: string; savedKey?: string } = {}) {
	const context = await browser.createBrowserContext();
	const page = await newPage(context, { width: options.width ?? 1280, height: 900 });
	if (options.saved !== undefined) {
		await page.evaluateOnNewDocument(
			(key, value) => {
				// Only on the first load, so a reload sees what the page itself saved.
				if (!sessionStorage.getItem('seeded')) {
					localStorage.setItem(key, value);
					sessionStorage.setItem('seeded', '1');
				}
			},
			options.savedKey ?? STORAGE_KEY,
			options.saved,
		);
	}
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
const ready = (page: Page) => page.waitForSelector('.scorecard[data-ready]');

/** The weight slider of a criterion. */
const slider = (name: string) => aria('slider', name);
/** Focuses a control, found by its selector, once it is there. */
const focus = async (page: Page, selector: string) => (await page.waitForSelector(selector))!.focus();
/** The status line that says what of the saved state or the link could not be used, once there is one. */
const notice = (page: Page) => waitForText(page, aria('status'), 'could not be used');

async function close(context: BrowserContext) {
	await context.close();
}

describe('the decision scorecard', () => {
	// Since the review of 30 November 2026 lowered Python's hiring rating to its sources' label
	// (Large, not Very large), the default weights no longer separate Python and Node.js.
	test('starts with the default comparison: Python and Node.js share first place', async () => {
		const { context, page, errors } = await open();
		expect(await ranking(page)).toEqual(['Python (tie)', 'Node.js / TypeScript (tie)', 'Java / Kotlin', 'Go']);
		const ties = await page.$$eval(withText('tie for first place'), (found) => found.map((el) => el.textContent));
		expect(ties).toHaveLength(1);
		expect(ties[0]).toMatch(/Python and Node\.js \/ TypeScript tie for first place/);
		expect(errors).toEqual([]);
		await close(context);
	});

	test('changing a weight changes the ranking, and the new order is announced politely', async () => {
		const { context, page, errors } = await open();
		await focus(page, slider('AI ecosystem'));
		await page.keyboard.press('Home');
		await expect(inputValue(page, slider('AI ecosystem'))).resolves.toBe('0');
		expect((await ranking(page))[0]).toBe('Node.js / TypeScript');
		await expect
			.poll(() => page.$eval('[aria-live="polite"]', (live) => live.textContent), { timeout: 5000 })
			.toMatch(/^New ranking: Node\.js \/ TypeScript/);
		expect(errors).toEqual([]);
		await close(context);
	});

	test('moving a slider step by step writes the address a few times a second at most, ending on the last step', async () => {
		const context = await browser.createBrowserContext();
		const page = await newPage(context, { width: 1280, height: 900 });
		await countAddressWrites(page);
		await page.goto(`${baseUrl}${path}`);
		await ready(page);
		await focus(page, slider('Hiring reality'));
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
		await focus(page, slider('Hiring reality'));
		await page.keyboard.press('End');
		await byRole(page, 'checkbox', 'Rust').fill(true);
		await byRole(page, 'checkbox', 'Go').fill(false);
		await expect(isChecked(page, aria('checkbox', 'Rust'))).resolves.toBe(true);
		await expect(isChecked(page, aria('checkbox', 'Go'))).resolves.toBe(false);
		// The address follows a few times a second, so wait until it holds the last change.
		await expect.poll(() => linkedState(page)?.l).toEqual(expect.arrayContaining(['rust']));
		await expect.poll(() => linkedState(page)?.l.includes('go')).toBe(false);
		const shared = new URL(page.url());
		const before = await ranking(page);
		await close(context);

		const other = await open(`${shared.pathname}${shared.search}`);
		await expect(inputValue(other.page, slider('Hiring reality'))).resolves.toBe('10');
		await expect(isChecked(other.page, aria('checkbox', 'Rust'))).resolves.toBe(true);
		await expect(isChecked(other.page, aria('checkbox', 'Go'))).resolves.toBe(false);
		expect(await ranking(other.page)).toEqual(before);
		await other.page.reload();
		await ready(other.page);
		expect(await ranking(other.page)).toEqual(before);
		expect(other.errors).toEqual([]);
		await close(other.context);
	});

	test('an edited score is remembered in the browser without a link', async () => {
		const { context, page } = await open();
		await page.locator(withText('Go scores')).click();
		await byRole(page, 'combobox', 'AI ecosystem score for Go').fill('5');
		await page.waitForSelector(aria('button', 'Restore 3 for Go on AI ecosystem'));
		await page.goto(`${baseUrl}${path}`);
		await ready(page);
		await page.locator(withText('Go scores')).click();
		await expect(inputValue(page, aria('combobox', 'AI ecosystem score for Go'))).resolves.toBe('5');
		await close(context);
	});

	test('the link wins over saved state', async () => {
		const linked = Buffer.from(JSON.stringify({ v: 1, w: { operations: 10 }, l: ['go', 'rust'] })).toString(
			'base64url',
		);
		const saved = Buffer.from(JSON.stringify({ v: 1, w: { operations: 1 }, l: ['php', 'ruby'] })).toString('base64url');
		const { context, page } = await open(`${path}?s=${linked}`, { saved });
		await expect(inputValue(page, slider('Operations'))).resolves.toBe('10');
		expect((await ranking(page)).sort()).toEqual(['Go', 'Rust']);
		await close(context);
	});

	test('a scorecard saved under the old key before the one prefix is still read, and moved', async () => {
		const saved = Buffer.from(JSON.stringify({ v: 1, w: { operations: 10 }, l: ['go', 'rust'] })).toString('base64url');
		const { context, page } = await open(path, { saved, savedKey: 'backend-stack-playbook:scorecard' });
		await expect(inputValue(page, slider('Operations'))).resolves.toBe('10');
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
		await expect(notice(page)).resolves.toMatch(/Saved settings: The scorecard data could not be read/);
		expect(await ranking(page)).toEqual(['Python (tie)', 'Node.js / TypeScript (tie)', 'Java / Kotlin', 'Go']);
		expect(await axeViolations(page)).toEqual([]);
		await byRole(page, 'button', 'Dismiss').click();
		await page.waitForSelector(aria('button', 'Dismiss'), { hidden: true });
		const statuses = await page.$$eval(aria('status'), (lines) => lines.map((line) => line.textContent ?? ''));
		expect(statuses.filter((text) => text.includes('could not be used'))).toEqual([]);
		expect(errors).toEqual([]);
		await close(context);
	});

	test('out-of-range values in a link give a notice, and link text is never rendered as HTML', async () => {
		const hostile = Buffer.from(
			JSON.stringify({ v: 1, w: { hiring: -3, operations: 1e9 }, l: ['<img src=x id=injected>', 'go', 'rust'] }),
		).toString('base64url');
		const { context, page, errors } = await open(`${path}?s=${hostile}`);
		const text = await notice(page);
		expect(text).toMatch(/From the link: The weight for Hiring reality must be a whole number from 0 to 10/);
		expect(text).toMatch(/unknown language was ignored/);
		expect(await page.$$('#injected')).toHaveLength(0);
		await expect(inputValue(page, slider('Hiring reality'))).resolves.toBe('5');
		expect((await ranking(page)).sort()).toEqual(['Go', 'Rust']);
		expect(errors).toEqual([]);
		await close(context);
	});

	test('reset returns to the defaults and forgets the saved state', async () => {
		const { context, page } = await open();
		await focus(page, slider('Operations'));
		await page.keyboard.press('End');
		await expect.poll(() => new URL(page.url()).search).toMatch(/^\?s=/);
		await byRole(page, 'button', 'Reset').click();
		await expect(inputValue(page, slider('Operations'))).resolves.toBe('5');
		await expect.poll(() => new URL(page.url()).search).toBe('');
		await expect(page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).resolves.toBeNull();
		await close(context);
	});

	test('exports CSV and Markdown with the reader’s weights and scores', async () => {
		const downloads = await downloadingContext(browser);
		await allowClipboard(downloads.context, baseUrl);
		const page = await downloads.context.newPage();
		await page.goto(`${baseUrl}${path}`);
		await ready(page);
		await focus(page, slider('Long-term cost'));
		await page.keyboard.press('End');

		await byRole(page, 'button', 'Download CSV').click();
		const csv = await downloads.nextDownload();
		expect(csv.name).toBe('scorecard.csv');
		expect(csv.text.split('\r\n')[0]).toBe('Criterion,Weight,Python,Node.js / TypeScript,Java / Kotlin,Go');
		expect(csv.text).toContain('Long-term cost,10,4,4,5,4');

		// Chromium answers a clipboard read only in a focused page.
		await page.emulateFocusedPage(true);
		await byRole(page, 'button', 'Copy Markdown').click();
		// The export code loads on first use, so the confirmation arrives a moment later.
		await waitForText(page, aria('status'), /copied/i);
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toContain('| Long-term cost | 10 | 4 | 4 | 5 | 4 |');
		expect(markdown).toMatch(/Scorecard: http.*\/tools\/scorecard\/\?s=/);
		await downloads.close();
	});

	test('links to the decision record with the scorecard state', async () => {
		const { context, page } = await open();
		const href = await page.$eval(aria('link', 'Write the decision record'), (a) => a.getAttribute('href'));
		expect(href).toMatch(/^\/tools\/decision-record\/\?s=[A-Za-z0-9_-]+$/);
		await close(context);
	});

	test('has no axe violations, with a score disclosure and a criterion checklist open', async () => {
		const { context, page } = await open();
		expect(await axeViolations(page)).toEqual([]);
		await page.locator(withText('Python scores')).click();
		await page.locator(withText('What to check')).click();
		await byRole(page, 'combobox', 'Hiring reality score for Python').fill('2');
		expect(await axeViolations(page)).toEqual([]);
		await close(context);
	});

	test('is usable at 360 px: nothing widens the page, and a weight can still be set', async () => {
		const { context, page, errors } = await open(path, { width: 360 });
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
		const box = await (await page.waitForSelector(slider('AI ecosystem')))!.boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
		await focus(page, slider('AI ecosystem'));
		await page.keyboard.press('Home');
		expect((await ranking(page))[0]).toBe('Node.js / TypeScript');
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await close(context);
	});

	test('works with the keyboard alone, with a visible focus ring', async () => {
		const { context, page } = await open();
		// Tab from the page's intro until the first weight slider has focus.
		await focus(page, aria('link', 'comparison table'));
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
		await expect(inputValue(page, slider('AI ecosystem'))).resolves.toBe('0');
		expect((await ranking(page))[0]).toBe('Node.js / TypeScript');

		// Add a language with Space, open its scores with Enter and change one with the arrow keys.
		await focus(page, aria('checkbox', 'Rust'));
		await page.keyboard.press('Space');
		await expect(isChecked(page, aria('checkbox', 'Rust'))).resolves.toBe(true);
		await focus(page, withText('Rust scores'));
		await page.keyboard.press('Enter');
		await focus(page, aria('combobox', 'Operations score for Rust'));
		// The playbook rates Rust's operations 4; the next option down the list is 5.
		await page.keyboard.press('ArrowDown');
		await expect(inputValue(page, aria('combobox', 'Operations score for Rust'))).resolves.toBe('5');
		await page.waitForSelector(aria('button', 'Restore 4 for Rust on Operations'));

		await focus(page, aria('button', 'Reset'));
		await page.keyboard.press('Enter');
		await expect(inputValue(page, slider('AI ecosystem'))).resolves.toBe('5');
		await expect(isChecked(page, aria('checkbox', 'Rust'))).resolves.toBe(false);
		await close(context);
	});
});
