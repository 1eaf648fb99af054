import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { STORAGE_REFUSED_NOTICE } from '../../src/common/storage';
import {
	allByRole,
	aria,
	byRole,
	countExactText,
	firstByRole,
	newPage,
	useChromium,
	watchErrors,
} from '../support/browser';

const { baseUrl, browser } = useChromium();

/** A page in a browser whose storage reads fine but refuses every write, as a full quota does. */
async function refusingPage(path: string): Promise<{ page: Page; errors: string[] }> {
	const context = await browser.createBrowserContext();
	const page = await newPage(context, { width: 1280, height: 900 });
	await page.evaluateOnNewDocument(() => {
		const refuse = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		Storage.prototype.setItem = refuse;
		Storage.prototype.removeItem = refuse;
	});
	const errors = watchErrors(page);
	await page.goto(`${baseUrl}${path}`);
	return { page, errors };
}

/** How many times the page shows the refused-storage notice. */
const noticeCount = (page: Page) => countExactText(page, STORAGE_REFUSED_NOTICE);

describe('when the browser refuses to save', () => {
	test('the stack picker still recommends, and says once that nothing will be remembered', async () => {
		const { page, errors } = await refusingPage('/tools/stack-picker/');
		// The questions are disabled until the island has hydrated, and Reset answers with them.
		await byRole(page, 'button', 'Reset answers')
			.filter((button) => !(button as HTMLButtonElement).disabled)
			.waitHandle();
		const groups = [];
		for (const group of await allByRole(page, 'group')) {
			if ((await group.$$(aria('radio'))).length > 0) groups.push(group);
		}
		for (const group of groups.slice(0, 2)) {
			const [first] = await group.$$(aria('radio'));
			await first!.click();
			expect(await first!.evaluate((radio) => (radio as HTMLInputElement).checked)).toBe(true);
		}
		await page.waitForSelector(aria('heading', 'Your recommendation'));
		await expect.poll(() => noticeCount(page)).toBe(1);
		expect(errors).toEqual([]);
		await page.browserContext().close();
	});

	test('the scorecard still ranks, and says once that nothing will be remembered', async () => {
		const { page, errors } = await refusingPage('/tools/scorecard/');
		await page.waitForSelector('.scorecard[data-ready]');
		const slider = await page.waitForSelector(aria('slider', 'Hiring reality'));
		await slider!.focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
		await expect.poll(() => noticeCount(page)).toBe(1);
		await expect(slider!.evaluate((input) => (input as HTMLInputElement).value)).resolves.toBe('8');
		expect(errors).toEqual([]);
		await page.browserContext().close();
	});

	test('the decision record still follows the reader’s text, and says once that nothing will be remembered', async () => {
		const { page, errors } = await refusingPage('/tools/decision-record/');
		await page.waitForSelector('.dr[data-ready]');
		await byRole(page, 'textbox', 'Product or system').fill('Ledger');
		await byRole(page, 'textbox', 'Deciders').fill('Ana');
		await expect.poll(() => noticeCount(page)).toBe(1);
		await expect.poll(async () => (await allByRole(page, 'heading', { level: 2, name: /Ledger/ })).length).toBe(1);
		expect(errors).toEqual([]);
		await page.browserContext().close();
	});

	test('the hiring checklist still ticks, and says that ticks will not be kept', async () => {
		const { page, errors } = await refusingPage('/team/hiring-checklist/');
		const [first, second] = await page.$$(aria('checkbox'));
		await first!.click();
		await second!.click();
		expect(await allByRole(page, 'checkbox', { checked: true })).toHaveLength(2);
		// One status line says the ticks will not be kept.
		const statuses = await page.$$eval(aria('status'), (lines) => lines.map((line) => line.textContent ?? ''));
		expect(statuses.filter((text) => /will not save ticks/.test(text))).toHaveLength(1);
		expect(errors).toEqual([]);
		await page.browserContext().close();
	});

	test('the theme picker still switches the theme, and no page throws', async () => {
		// Starlight saves the theme with an unguarded write while its picker starts; refused, that threw
		// twice on every page and left the picker deaf to the reader's choice.
		const { page, errors } = await refusingPage('/');
		const picker = await firstByRole(page, 'combobox', { name: 'Select theme' });
		await picker.select('light');
		await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('light');
		await picker.select('dark');
		await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
		expect(errors).toEqual([]);
		await page.browserContext().close();
	});
});
