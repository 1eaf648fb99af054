import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { STORAGE_REFUSED_NOTICE } from '../../src/lib/storage';
import { useChromium, watchErrors } from '../support/browser';

const { baseUrl, browser } = useChromium();

/** A page in a browser whose storage reads fine but refuses every write, as a full quota does. */
async function refusingPage(path: string): Promise<{ page: Page; errors: string[] }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript(() => {
		const refuse = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		Storage.prototype.setItem = refuse;
		Storage.prototype.removeItem = refuse;
	});
	const page = await context.newPage();
	const errors = watchErrors(page);
	await page.goto(`${baseUrl}${path}`);
	return { page, errors };
}

/** How many times the page shows the refused-storage notice. */
const noticeCount = (page: Page) => page.getByText(STORAGE_REFUSED_NOTICE, { exact: true }).count();

describe('when the browser refuses to save', () => {
	test('the stack picker still recommends, and says once that nothing will be remembered', async () => {
		const { page, errors } = await refusingPage('/tools/stack-picker/');
		const groups = page.getByRole('group').filter({ has: page.getByRole('radio') });
		await groups.first().getByRole('radio').first().check();
		await groups.nth(1).getByRole('radio').first().check();
		await page.getByRole('heading', { name: 'Your recommendation' }).waitFor();
		await expect.poll(() => noticeCount(page)).toBe(1);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	test('the scorecard still ranks, and says once that nothing will be remembered', async () => {
		const { page, errors } = await refusingPage('/tools/scorecard/');
		await page.locator('.scorecard[data-ready]').waitFor();
		const slider = page.getByRole('slider', { name: 'Hiring reality' });
		await slider.focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
		await expect.poll(() => noticeCount(page)).toBe(1);
		await expect(slider.inputValue()).resolves.not.toBe('5');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	test('the decision record still follows the reader’s text, and says once that nothing will be remembered', async () => {
		const { page, errors } = await refusingPage('/tools/decision-record/');
		await page.locator('.dr[data-ready]').waitFor();
		await page.getByLabel('Product or system').fill('Ledger');
		await page.getByLabel('Deciders').fill('Ana');
		await expect.poll(() => noticeCount(page)).toBe(1);
		await expect(page.getByRole('heading', { level: 2, name: /Ledger/ }).count()).resolves.toBe(1);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	test('the hiring checklist still ticks, and says that ticks will not be kept', async () => {
		const { page, errors } = await refusingPage('/team/hiring-checklist/');
		const box = page.getByRole('checkbox').first();
		await box.check();
		await page.getByRole('checkbox').nth(1).check();
		expect(await box.isChecked()).toBe(true);
		await expect(
			page
				.getByRole('status')
				.filter({ hasText: /will not save ticks/ })
				.count(),
		).resolves.toBe(1);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	test('the theme picker still switches the theme, and no page throws', async () => {
		// Starlight saves the theme with an unguarded write while its picker starts; refused, that threw
		// twice on every page and left the picker deaf to the reader's choice.
		const { page, errors } = await refusingPage('/');
		await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
		await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('light');
		await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
		await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
