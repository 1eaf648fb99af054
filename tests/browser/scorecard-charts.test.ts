import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, useChromium, watchErrors } from '../support/browser';
import { chartDescription, ranking } from '../support/scorecard-page';

const { baseUrl, browser } = useChromium();
const path = '/tools/scorecard/';

/** A fresh page on the scorecard, hydrated, optionally narrow or dark. */
async function open(url = path, options: { width?: number; dark?: boolean } = {}) {
	const context = await browser.newContext({
		viewport: { width: options.width ?? 1280, height: 900 },
		colorScheme: options.dark ? 'dark' : 'light',
	});
	const page = await context.newPage();
	const errors = watchErrors(page);
	await page.goto(`${baseUrl}${url}`);
	await page.locator('.scorecard[data-ready]').waitFor();
	return { context, page, errors };
}

const slider = (page: Page, name: string) => page.getByRole('slider', { name });
const sensitivityName = (winner: string) => `Weights that keep ${winner} first`;
/** The drawn bar lengths of the ranking chart, in ranking order (percent of the axis). */
const barLengths = (page: Page) =>
	page
		.getByRole('img', { name: 'Ranking, best first' })
		.locator('.sc-fill')
		.evaluateAll((rects) => rects.map((r) => Number.parseFloat(r.getAttribute('width') ?? '')));
/** The sensitivity chart's rows as drawn: label and range text. */
const sensitivityRows = (page: Page, winner: string) =>
	page
		.getByRole('img', { name: sensitivityName(winner) })
		.locator('g')
		.evaluateAll((rows) => rows.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent).join(' | ')));

describe('the scorecard draws its result', () => {
	test('the ranking chart is a labelled image whose text and bars match the ranking; a shared first place draws no range', async () => {
		const { context, page, errors } = await open();
		// On the playbook's data, equal weights tie Python and Node.js (see the robustness unit tests).
		expect(await chartDescription(page, 'Ranking, best first')).toBe(
			'Ranking, best first, in points out of 100: 1. Python (tie) 80.0; 1. Node.js / TypeScript (tie) 80.0; 3. Java / Kotlin 70.0; 4. Go 65.0.',
		);
		expect(await barLengths(page)).toEqual([80, 80, 70, 65]);
		await expect(page.getByRole('img', { name: /^Weights that keep/ }).count()).resolves.toBe(0);
		await page.getByText('With first place shared, no range of weights keeps one language ahead.').waitFor();
		// No <style> inside the charts: the CSP forbids it, so classes carry the colours.
		await expect(page.locator('.scorecard svg style').count()).resolves.toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('the charts follow a weight change', async () => {
		const { context, page, errors } = await open();
		await slider(page, 'AI ecosystem').focus();
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
		await slider(page, 'Hiring reality').focus();
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
		await page.getByRole('button', { name: 'Fintech API' }).click();
		await page.getByText('Why the Fintech API weights').click();
		await expect(page.getByRole('img', { name: /^Weights that keep/ }).count()).resolves.toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	test('at 360 px in dark mode the charts fit without a sideways scroll', async () => {
		const { context, page } = await open(path, { width: 360, dark: true });
		await slider(page, 'AI ecosystem').focus();
		await page.keyboard.press('Home');
		await expect.poll(() => ranking(page)).toContain('Node.js / TypeScript');
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
		for (const chart of await page.locator('.scorecard svg[role="img"]').all()) {
			const box = await chart.boundingBox();
			expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
		}
		await context.close();
	});
});

describe('presets', () => {
	test('a preset sets the weights and names itself in the link; edited scores are kept and undo restores', async () => {
		const { context, page, errors } = await open();
		await page.getByText('Go scores').click();
		await page.getByRole('combobox', { name: 'Hiring reality score for Go' }).selectOption('1');
		await page.getByRole('button', { name: 'Fintech API' }).click();
		// Choosing a preset loads its code on first use, so the weights change a moment later.
		await expect.poll(() => slider(page, 'Operations').inputValue()).toBe('10');
		await expect(slider(page, 'AI ecosystem').inputValue()).resolves.toBe('1');
		await expect(page.getByRole('button', { name: 'Fintech API' }).getAttribute('aria-pressed')).resolves.toBe('true');
		await expect(
			page.getByRole('status').filter({ hasText: 'Weights set to the Fintech API preset' }).textContent(),
		).resolves.toMatch(/Operations 5 → 10.*your 1 edited score and the compared languages are kept\.$/);
		await expect(page.getByRole('combobox', { name: 'Hiring reality score for Go' }).inputValue()).resolves.toBe('1');
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
		await expect(other.page.getByRole('button', { name: 'Fintech API' }).getAttribute('aria-pressed')).resolves.toBe(
			'true',
		);
		await expect(other.page.getByText('Weights from the Fintech API preset.').count()).resolves.toBe(1);
		await other.context.close();

		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(slider(page, 'Operations').inputValue()).resolves.toBe('5');
		await expect(page.getByRole('button', { name: 'Fintech API' }).getAttribute('aria-pressed')).resolves.toBe('false');
		await expect(page.getByRole('combobox', { name: 'Hiring reality score for Go' }).inputValue()).resolves.toBe('1');
		expect(errors).toEqual([]);
		await context.close();
	});

	test('presets work from the keyboard, and a moved slider marks the preset as adjusted', async () => {
		const { context, page } = await open();
		await page.getByRole('button', { name: 'Lean AI MVP' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => slider(page, 'AI ecosystem').inputValue()).toBe('10');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect
			.poll(() => page.getByRole('button', { name: 'Fintech API' }).getAttribute('aria-pressed'))
			.toBe('true');
		await slider(page, 'Hiring reality').focus();
		await page.keyboard.press('ArrowLeft');
		await page.getByText('Weights from the Fintech API preset, adjusted since.').waitFor();
		await context.close();
	});

	test('an unknown preset in a link gives a notice and keeps the link’s weights', async () => {
		const s = Buffer.from(JSON.stringify({ v: 2, w: { hiring: 9 }, l: ['go', 'rust'], p: 'gone' })).toString(
			'base64url',
		);
		const { context, page, errors } = await open(`${path}?s=${s}`);
		await page.getByText(/The preset named in the link is not known/).waitFor();
		await expect(slider(page, 'Hiring reality').inputValue()).resolves.toBe('9');
		for (const button of await page
			.getByRole('group', { name: /Start from a preset/ })
			.getByRole('button')
			.all())
			await expect(button.getAttribute('aria-pressed')).resolves.toBe('false');
		expect(errors).toEqual([]);
		await context.close();
	});
});
