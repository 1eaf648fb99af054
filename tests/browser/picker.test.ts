import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { encodePickerAnswers } from '../../src/lib/picker/answers-url';
import { axeViolations, useChromium, watchErrors } from '../support/browser';
import { readPickerData } from '../support/picker-data';
import { SCENARIO_ANSWERS } from '../support/scenario-answers';

const { baseUrl, browser } = useChromium();
const pickerUrl = `${baseUrl}/tools/stack-picker/`;
const data = readPickerData();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Answers one question the way a keyboard user would: focus the option's radio button and press Space. */
async function answer(page: Page, questionId: string, value: string) {
	const question = data.config.questions.find((q) => q.id === questionId)!;
	const option = question.options.find((o) => o.value === value)!;
	const radio = page
		.getByRole('group', { name: new RegExp(escapeRegExp(question.label)) })
		.getByRole('radio', { name: option.label, exact: true });
	await radio.focus();
	await page.keyboard.press('Space');
	expect(await radio.isChecked()).toBe(true);
}

async function openPicker(query = '', width = 1280) {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	const errors = watchErrors(page);
	await page.goto(`${pickerUrl}${query}`);
	// The questions are disabled until the island has hydrated.
	await page.getByRole('button', { name: 'Reset answers' }).and(page.locator(':enabled')).waitFor();
	return { page, errors };
}

const result = (page: Page) => page.getByRole('region', { name: 'Your recommendation' });

const scenarios = [
	{
		id: 'ai-mvp',
		answers: SCENARIO_ANSWERS['ai-mvp'],
		primary: 'Python',
		stack: [/Python with FastAPI/, /PostgreSQL with the pgvector extension/],
	},
	{
		id: 'fintech-api',
		answers: SCENARIO_ANSWERS['fintech-api'],
		primary: 'Go',
		stack: [/Back end\s*Go/, /Rust for one service/],
	},
	{
		id: 'enterprise-data-platform',
		answers: SCENARIO_ANSWERS['enterprise-data-platform'],
		primary: 'Java / Kotlin',
		stack: [/Java or Scala/, /ML and experimentation\s*Python/],
	},
];

describe('the stack picker', () => {
	test.each(scenarios)(
		'answering for the $id scenario by keyboard shows its stack, and the permalink restores it',
		async (scenario) => {
			const { page, errors } = await openPicker();
			for (const [question, value] of Object.entries(scenario.answers)) await answer(page, question, value);

			const panel = result(page);
			await expect(panel.getByText(/^Start with/).textContent()).resolves.toBe(`Start with ${scenario.primary}`);
			const text = (await panel.textContent()) ?? '';
			for (const layer of scenario.stack) expect(text).toMatch(layer);
			expect(text).not.toMatch(/Provisional/);
			const scenarioTitle = data.scenarios.find((s) => s.id === scenario.id)!.title;
			expect(await panel.getByRole('link', { name: scenarioTitle, exact: true }).getAttribute('href')).toBe(
				`/scenarios/${scenario.id}/`,
			);

			// The URL holds exactly the answers, in question order.
			const query = encodePickerAnswers(scenario.answers, data.config.questions);
			await expect.poll(() => new URL(page.url()).search).toBe(`?${query}`);

			await page.reload();
			await page.getByRole('button', { name: 'Reset answers' }).and(page.locator(':enabled')).waitFor();
			await expect(result(page).textContent()).resolves.toBe(text);
			expect(errors).toEqual([]);
			await page.close();
		},
	);

	test('links the result to the profile, the scenario, the job brief and the decision record', async () => {
		const query = encodePickerAnswers(scenarios[0]!.answers, data.config.questions);
		const { page } = await openPicker(`?${query}`);
		const panel = result(page);
		const href = (name: string) => panel.getByRole('link', { name, exact: true }).getAttribute('href');
		await expect(href('Read the Python profile')).resolves.toBe('/languages/python/');
		await expect(href('Read the scenario: The lean AI MVP')).resolves.toBe('/scenarios/ai-mvp/');
		await expect(href('Write the job brief')).resolves.toBe('/team/role-brief/?language=python');
		await expect(href('Write the decision record')).resolves.toBe(`/tools/decision-record/?${query}`);
		await page.close();
	});

	test('partial answers give a provisional recommendation, and reset clears them and the URL', async () => {
		const { page } = await openPicker();
		await expect(result(page).textContent()).resolves.toMatch(/Answer any question/);
		await answer(page, 'ai', 'core');
		await expect(result(page).textContent()).resolves.toMatch(/Provisional: based on 1 of 9 answers/);
		await expect(page.getByText('1 of 9 answered · so far: Python').count()).resolves.toBe(1);
		// The address is updated in an effect, just after the result renders.
		await expect.poll(() => new URL(page.url()).search).toBe('?ai=core');

		await page.getByRole('button', { name: 'Reset answers' }).click();
		await expect(result(page).textContent()).resolves.toMatch(/Answer any question/);
		await expect.poll(() => new URL(page.url()).search).toBe('');
		await expect(page.getByRole('radio', { checked: true }).count()).resolves.toBe(0);
		await page.close();
	});

	test('a bad permalink shows a notice, keeps the good answers and runs nothing from the URL', async () => {
		const payload = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
		const { page, errors } = await openPicker(
			`?ai=core&team=cobol&workload=io-api&workload=mixed&x=${payload}&realtime=${payload}`,
		);
		const notice = page.getByRole('status').filter({ hasText: 'This link had' });
		await expect(notice.textContent()).resolves.toMatch(/4 problems .* so those parts were ignored/);
		await expect(page.getByText('1 of 9 answered · so far: Python').count()).resolves.toBe(1);
		expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
		await expect(page.locator('.stack-picker img').count()).resolves.toBe(0);
		// The page rewrites the URL to the answers it kept.
		// The address is updated in an effect, just after the result renders.
		await expect.poll(() => new URL(page.url()).search).toBe('?ai=core');
		expect(errors).toEqual([]);
		await page.close();
	});

	test.each([
		['empty', ''],
		['partial', '?workload=io-api&ai=core'],
		['complete', `?${encodePickerAnswers(scenarios[1]!.answers, data.config.questions)}`],
		['bad-link', '?team=cobol'],
	])('has no axe violations in the %s state', async (_state, query) => {
		const { page } = await openPicker(query);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	test('has no axe violations in dark mode with a complete result', async () => {
		const page = await browser.newPage({ colorScheme: 'dark' });
		await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
		await page.goto(`${pickerUrl}?${encodePickerAnswers(scenarios[2]!.answers, data.config.questions)}`);
		await page.getByRole('button', { name: 'Reset answers' }).and(page.locator(':enabled')).waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	test('works at 360 px wide without sideways scrolling', async () => {
		const { page, errors } = await openPicker('', 360);
		for (const [question, value] of Object.entries(scenarios[0]!.answers)) await answer(page, question, value);
		await expect(
			result(page)
				.getByText(/^Start with/)
				.textContent(),
		).resolves.toBe('Start with Python');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		const box = await page.locator('.stack-picker').boundingBox();
		expect(box!.x + box!.width).toBeLessThanOrEqual(360);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('without JavaScript the page shows the questions disabled, a note, and the decision table', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(pickerUrl);
		await expect(page.getByText('The picker needs JavaScript to work.').count()).resolves.toBe(1);
		expect(await page.getByRole('radio').first().isDisabled()).toBe(true);
		const situations = page.getByRole('list', { name: /each scenario's situation/ });
		const rows = await situations.getByRole('listitem').allTextContents();
		expect(rows).toHaveLength(3);
		expect(rows[0]).toMatch(/The lean AI MVP → Python.*Database: PostgreSQL with the pgvector extension/s);
		// The language link ends in a visually hidden " profile" (a bare "Go" reads as vague link text).
		expect(rows[1]).toMatch(/fintech API → Go(?: profile)? \(runner-up: Rust\)/);
		expect(rows[2]).toMatch(/enterprise data platform → Java \/ Kotlin.*ML and experimentation: Python/s);
		// One table per question, each answer with what it favours and why.
		for (const question of data.config.questions) {
			await expect(page.getByRole('table', { name: new RegExp(escapeRegExp(question.label)) }).count()).resolves.toBe(
				1,
			);
		}
		await context.close();
	});
});
