import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import {
	allByRole,
	aria,
	axeViolations,
	byRole,
	firstByRole,
	inputValue,
	newPage,
	textOf,
	useChromium,
	waitForText,
	watchErrors,
	withText,
} from '../support/browser';
import { chartDescription, ranking } from '../support/scorecard-page';

const { baseUrl, browser } = useChromium();
const path = '/tools/scorecard/';

/** A fresh page on the scorecard, hydrated, optionally narrow or dark. */
async function open(url = path, options: { width?: number; dark?: boolean } = {}) {
	const context = await browser.createBrowserContext();
	const page = await newPage(context, {
		width: options.width ?? 1280,
		height: 900,
		colorScheme: options.dark ? 'dark' : 'light',
	});
	const errors = watchErrors(page);
	await page.goto(`${baseUrl}${url}`);
	await page.waitForSelector('.scorecard[data-ready]');
	return { context, page, errors };
}

/** The weight slider of a criterion. */
const slider = (name: string) => aria('slider', name);
/** Focuses a control, found by its selector, once it is there. */
const focus = async (page: Page, selector: string) => (await page.waitForSelector(selector))!.focus();
/** Whether a toggle button, found by its selector, is pressed. */
const pressed = (page: Page, selector: string) => page.$eval(selector, (button) => button.getAttribute('aria-pressed'));
const sensitivityName = (winner: string) => `Weights that keep ${winner} first`;
/** The sensitivity charts shown now (none while first place is shared). */
const sensitivityCharts = (page: Page) => allByRole(page, 'img', { name: /^Weights that keep/ });
/** The drawn bar lengths of the ranking chart, in ranking order (percent of the axis). */
const barLengths = (page: Page) =>
	page.$$eval(`${aria('img', 'Ranking, best first')} .sc-fill`, (rects) =>
		rects.map((r) => Number.parseFloat(r.getAttribute('width') ?? '')),
	);
/** The sensitivity chart's rows as drawn: label and range text. */
const sensitivityRows = (page: Page, winner: string) =>
	page.$$eval(`${aria('img', sensitivityName(winner))} g`, (rows) =>
		rows.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent).join(' | ')),
	);
/** The line under the preset buttons that names the preset the weights came from. */
const presetUsed = (page: Page) => textOf(page, withText('Weights from the'));

describe('the scorecard draws its result', () => {
	test('the ranking chart is a labelled image whose text and bars match the ranking; a shared first place draws no range', async () => {
		const { context, page, errors } = await open();
		// On the playbook's data, equal weights tie Python and Node.js (see the robustness unit tests).
		expect(await chartDescription(page, 'Ranking, best first')).toBe(
			'Ranking, best first, in points out of 100: 1. Python (tie) 80.0; 1. Node.js / TypeScript (tie) 80.0; 3. Java / Kotlin 70.0; 4. Go 65.0.',
		);
		expect(await barLengths(page)).toEqual([80, 80, 70, 65]);
		expect(await sensitivityCharts(page)).toHaveLength(0);
		// In its place, the page says what a shared first place means: how robust the result is, and
		// why there is no range to draw.
		const shared = await page.$$eval(withText('With first place shared'), (found) => found.map((el) => el.textContent));
		expect(shared).toMatchInlineSnapshot(`
			[
			  "How robust is it? With first place shared, any change to a weight that favours one of the leaders decides it.",
			  "With first place shared, no range of weights keeps one language ahead.",
			]
		`);
		// No <style> inside the charts: the CSP forbids it, so classes carry the colours.
		expect(await page.$$('.scorecard svg style')).toHaveLength(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('the charts follow a weight change', async () => {
		const { context, page, errors } = await open();
		await focus(page, slider('AI ecosystem'));
		await page.keyboard.press('Home');
		await expect
			.poll(() => ranking(page))
			.toEqual(['Node.js / TypeScript', 'Python', 'Go (tie)', 'Java / Kotlin (tie)']);
		expect(await barLengths(page)).toEqual([87.5, 75, 68.75, 68.75]);
		// The sensitivity chart appears for the new winner, with AI ecosystem's weight of 0 marked.
		const name = sensitivityName('Node.js / TypeScript');
		expect(await chartDescription(page, name)).toMatch(/^Node\.js \/ TypeScript stays first while one weight moves/);
		const rows = await sensitivityRows(page, 'Node.js / TypeScript');
		expect(rows).toHaveLength(5);
		expect(rows.find((r) => r.startsWith('AI ecosystem |'))).toMatch(/^AI ecosystem \| 0–[\d.]+, now 0$/);
		// And it follows the next change too: raising Hiring reality to 10 moves its marker.
		await focus(page, slider('Hiring reality'));
		await page.keyboard.press('End');
		await expect
			.poll(async () =>
				(await sensitivityRows(page, 'Node.js / TypeScript')).find((r) => r.startsWith('Hiring reality |')),
			)
			.toMatch(/, now 10$/);
		expect(errors).toEqual([]);
		await context.close();
	});

	test.each([false, true])('has no axe violations with the charts and a preset shown (dark: %s)', async (dark) => {
		const { context, page } = await open(path, { dark });
		await byRole(page, 'button', 'Fintech API').click();
		await page.locator(withText('Why the Fintech API weights')).click();
		await expect.poll(async () => (await sensitivityCharts(page)).length).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	test('at 360 px in dark mode the charts fit without a sideways scroll', async () => {
		const { context, page } = await open(path, { width: 360, dark: true });
		await focus(page, slider('AI ecosystem'));
		await page.keyboard.press('Home');
		await expect.poll(() => ranking(page)).toContain('Node.js / TypeScript');
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
		const charts = await page.$$('.scorecard svg[role="img"]');
		expect(charts.length).toBeGreaterThan(1);
		for (const chart of charts) {
			const box = await chart.boundingBox();
			expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
		}
		await context.close();
	});
});

describe('presets', () => {
	test('a preset sets the weights and names itself in the link; edited scores are kept and undo restores', async () => {
		const { context, page, errors } = await open();
		const fintech = aria('button', 'Fintech API');
		const goHiring = aria('combobox', 'Hiring reality score for Go');
		await page.locator(withText('Go scores')).click();
		await byRole(page, 'combobox', 'Hiring reality score for Go').fill('1');
		await page.locator(fintech).click();
		// Choosing a preset loads its code on first use, so the weights change a moment later.
		await expect.poll(() => inputValue(page, slider('Operations'))).toBe('10');
		await expect(inputValue(page, slider('AI ecosystem'))).resolves.toBe('1');
		await expect(pressed(page, fintech)).resolves.toBe('true');
		await expect(waitForText(page, aria('status'), 'Weights set to the Fintech API preset')).resolves.toMatch(
			/Operations 5 → 10.*your 1 edited score and the compared languages are kept\.$/,
		);
		await expect(inputValue(page, goHiring)).resolves.toBe('1');
		// The address is written a few times a second at most, and the score edit above already wrote a
		// link, so wait for the write that follows the preset rather than read the earlier one.
		const linkState = () =>
			JSON.parse(Buffer.from(new URL(page.url()).searchParams.get('s') ?? '', 'base64url').toString('utf8') || '{}');
		await expect.poll(() => linkState().p).toBe('fintech-api');
		const wire = linkState();
		expect(wire).toMatchObject({
			v: 2,
			p: 'fintech-api',
			w: { operations: 10, 'ai-ecosystem': 1 },
			s: { go: { hiring: 1 } },
		});

		// The link opens elsewhere with the same preset chosen.
		const other = await open(`${path}${new URL(page.url()).search}`);
		await expect(pressed(other.page, fintech)).resolves.toBe('true');
		expect(await presetUsed(other.page)).toMatchInlineSnapshot(`"Weights from the Fintech API preset."`);
		await other.context.close();

		await page.locator(aria('button', 'Undo')).click();
		await expect(inputValue(page, slider('Operations'))).resolves.toBe('5');
		await expect(pressed(page, fintech)).resolves.toBe('false');
		await expect(inputValue(page, goHiring)).resolves.toBe('1');
		expect(errors).toEqual([]);
		await context.close();
	});

	test('presets work from the keyboard, and a moved slider marks the preset as adjusted', async () => {
		const { context, page } = await open();
		await focus(page, aria('button', 'Lean AI MVP'));
		await page.keyboard.press('Enter');
		await expect.poll(() => inputValue(page, slider('AI ecosystem'))).toBe('10');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect.poll(() => pressed(page, aria('button', 'Fintech API'))).toBe('true');
		await focus(page, slider('Hiring reality'));
		await page.keyboard.press('ArrowLeft');
		expect(await waitForText(page, withText('Weights from the'), 'adjusted')).toMatchInlineSnapshot(
			`"Weights from the Fintech API preset, adjusted since."`,
		);
		await context.close();
	});

	test('an unknown preset in a link gives a notice and keeps the link’s weights', async () => {
		const s = Buffer.from(JSON.stringify({ v: 2, w: { hiring: 9 }, l: ['go', 'rust'], p: 'gone' })).toString(
			'base64url',
		);
		const { context, page, errors } = await open(`${path}?s=${s}`);
		await page.waitForSelector(withText('The preset named in the link is not known'));
		await expect(inputValue(page, slider('Hiring reality'))).resolves.toBe('9');
		const group = await firstByRole(page, 'group', { name: /Start from a preset/ });
		const states = await group.$$eval(aria('button'), (buttons) => buttons.map((b) => b.getAttribute('aria-pressed')));
		expect(states.length).toBeGreaterThan(1);
		expect(new Set(states)).toEqual(new Set(['false']));
		expect(errors).toEqual([]);
		await context.close();
	});
});
