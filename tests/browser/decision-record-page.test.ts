import { describe, expect, test } from 'vitest';
import { defaultRecordFields, encodeRecordLink } from '../../src/lib/decision-record';
import { encodePickerAnswers } from '../../src/lib/picker';
import { defaultScorecardState, encodeScorecardState } from '../../src/lib/scorecard';
import { axeViolations, useChromium } from '../support/browser';
import { exampleAnswers, readDecisionRecordData } from '../support/decision-record-data';
import { record, recordPage, title } from '../support/decision-record-page';

// The record page's own checks: every part of the record filled in, in every state, accessibility,
// a phone's width and no JavaScript. The paths from the picker and the scorecard, the address,
// storage, exports and print are in decision-record.test.ts.
const { baseUrl, browser } = useChromium();
const { recordUrl, openRecord } = recordPage(browser, baseUrl);
const data = readDecisionRecordData();
const fintech = exampleAnswers('fintech-api');
const fintechQuery = encodePickerAnswers(fintech, data.picker.config.questions);

describe('the decision record page', () => {
	test('fills in every part of the record, whatever it holds', async () => {
		const defaults = defaultScorecardState(data.scorecard);
		const [first, second] = data.scorecard.criteria;
		const scorecard = (weights: Record<string, number>, scores = {}) =>
			`s=${encodeScorecardState({ ...defaults, weights: { ...defaults.weights, ...weights }, scores })}`;
		const zero = Object.fromEntries(data.scorecard.criteria.map((c) => [c.id, 0]));
		const edited = { [defaults.languages[0]!]: { [first!.id]: 1 } };
		const withText = encodeRecordLink(
			{
				answers: { workload: fintech.workload! },
				scorecard: null,
				fields: { ...defaultRecordFields(), product: 'Ledger', constraints: 'EU only', deciders: 'CTO' },
			},
			data,
		);
		for (const query of [
			'',
			`?${fintechQuery}`,
			`?${scorecard(zero)}`,
			`?${scorecard({ [first!.id]: 10, [second!.id]: 0 })}`,
			`?${fintechQuery}&${scorecard({ [first!.id]: 10 }, edited)}`,
			`?r=${withText}`,
		]) {
			const { page, errors, context } = await openRecord(query);
			await expect(record(page).locator('a:not([href])').count()).resolves.toBe(0);
			await expect(record(page).locator(':is(h2, dd, li, strong, blockquote, th, td):empty').count()).resolves.toBe(0);
			expect(errors, query).toEqual([]);
			await context.close();
		}
	});

	test.each([
		['empty', ''],
		['fintech', `?${fintechQuery}`],
		['bad-link', '?r=%%%&team=cobol'],
	])('has no axe violations in the %s state', async (_state, query) => {
		const { page, context } = await openRecord(query);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	test('has no axe violations in dark mode with the fintech record', async () => {
		const context = await browser.newContext({ colorScheme: 'dark' });
		await context.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
		const { page } = await openRecord(`?${fintechQuery}`, context);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	test('works at 360 px wide without sideways scrolling', async () => {
		const { page, errors, context } = await openRecord(`?${fintechQuery}`, undefined, 360);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		for (const name of ['Copy Markdown', 'Download Markdown', 'Copy share link', 'Print']) {
			const box = await page.getByRole('button', { name }).boundingBox();
			expect(box!.x + box!.width, name).toBeLessThanOrEqual(360);
		}
		await page.getByLabel('Product or system').fill('Ledger API');
		await expect(title(page).textContent()).resolves.toBe('Use Go for the backend of Ledger API');
		expect(errors).toEqual([]);
		await context.close();
	});

	test('without JavaScript, says what the page does and links to the picker and the scorecard', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${recordUrl}?${fintechQuery}`);
		const note = page.locator('.dr-note');
		await expect(note.textContent()).resolves.toMatch(/writes your backend decision down as a one-page record/);
		await expect(note.getByRole('link', { name: 'stack picker' }).getAttribute('href')).resolves.toBe(
			'/tools/stack-picker/',
		);
		await expect(note.getByRole('link', { name: 'decision scorecard' }).getAttribute('href')).resolves.toBe(
			'/tools/scorecard/',
		);
		// The island renders only the note until it runs: nothing to press or fill in.
		const island = page.locator('astro-island');
		await expect(island.count()).resolves.toBe(1);
		for (const role of ['button', 'textbox', 'combobox', 'heading'] as const) {
			await expect(island.getByRole(role).count(), role).resolves.toBe(0);
		}
		await context.close();
	});
});
