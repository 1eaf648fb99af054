import { describe, expect, test } from 'vitest';
import { ISLAND_SELECTOR } from '../../scripts/measure/built-site';
import { defaultRecordFields, encodeRecordLink } from '../../src/tools/decision-record/model';
import { encodePickerAnswers } from '../../src/tools/picker/model';
import { defaultScorecardState, encodeScorecardState } from '../../src/tools/scorecard/model';
import { aria, axeViolations, byRole, newPage, textOf, useChromium, useTheme } from '../support/browser';
import { exampleAnswers, readDecisionRecordData } from '../support/decision-record-data';
import { record, recordPage, titleText } from '../support/decision-record-page';

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
			expect(await page.$$(`${record} a:not([href])`)).toHaveLength(0);
			expect(await page.$$(`${record} :is(h2, dd, li, strong, blockquote, th, td):empty`)).toHaveLength(0);
			// The record itself is there, or the checks above would pass on nothing.
			expect(await page.$$(`${record} h2`)).toHaveLength(1);
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
		const { page, context } = await openRecord(`?${fintechQuery}`, { prepare: (p) => useTheme(p, 'dark') });
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	test('works at 360 px wide without sideways scrolling', async () => {
		const { page, errors, context } = await openRecord(`?${fintechQuery}`, { width: 360 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		for (const name of ['Copy Markdown', 'Download Markdown', 'Copy share link', 'Print']) {
			const box = await (await page.waitForSelector(aria('button', name)))!.boundingBox();
			expect(box!.x + box!.width, name).toBeLessThanOrEqual(360);
		}
		await byRole(page, 'textbox', 'Product or system').fill('Ledger API');
		await expect(titleText(page)).resolves.toBe('Use Go for the backend of Ledger API');
		expect(errors).toEqual([]);
		await context.close();
	});

	test('without JavaScript, says what the page does and links to the picker and the scorecard', async () => {
		const page = await newPage(browser, { javaScript: false });
		await page.goto(`${recordUrl}?${fintechQuery}`);
		await expect(textOf(page, '.dr-note')).resolves.toMatch(/writes your backend decision down as a one-page record/);
		const href = (name: string) => page.$eval(`.dr-note ${aria('link', name)}`, (a) => a.getAttribute('href'));
		await expect(href('stack picker')).resolves.toBe('/tools/stack-picker/');
		await expect(href('decision scorecard')).resolves.toBe('/tools/scorecard/');
		// The island renders only the note until it runs: nothing to press or fill in.
		const island = ISLAND_SELECTOR;
		expect(await page.$$(island)).toHaveLength(1);
		for (const role of ['button', 'textbox', 'combobox', 'heading'] as const) {
			expect(await page.$$(`${island} ${aria(role)}`), role).toHaveLength(0);
		}
		// The same query finds the page's own heading outside the island, so it would see controls too.
		expect((await page.$$(aria('heading'))).length).toBeGreaterThan(0);
		await page.close();
	});
});
