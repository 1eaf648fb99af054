import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { encodePickerAnswers } from '../../src/tools/picker/model/answers-url';
import {
	allByRole,
	aria,
	axeViolations,
	byRole,
	countExactText,
	firstByRole,
	newPage,
	textOf,
	useChromium,
	useTheme,
	watchErrors,
	withText,
} from '../support/browser';
import { readPickerData } from '../support/picker-data';
import { SCENARIO_ANSWERS } from '../support/scenario-answers';

const { baseUrl, browser } = useChromium();
const pickerUrl = `${baseUrl}/tools/stack-picker/`;
const data = readPickerData();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A question's group of options, by its name: the question's number and label, as its legend reads. */
const questionGroup = (question: (typeof data.config.questions)[number]) =>
	aria('group', `${data.config.questions.indexOf(question) + 1}. ${question.label}`);

/** Answers one question the way a keyboard user would: focus the option's radio button and press Space. */
async function answer(page: Page, questionId: string, value: string) {
	const question = data.config.questions.find((q) => q.id === questionId)!;
	const option = question.options.find((o) => o.value === value)!;
	const radio = await page.waitForSelector(`${questionGroup(question)} ${aria('radio', option.label)}`);
	await radio!.focus();
	await page.keyboard.press('Space');
	expect(await radio!.evaluate((input) => (input as HTMLInputElement).checked)).toBe(true);
}

/** Waits until the island has hydrated: the questions, and Reset answers with them, are disabled until then. */
const hydrated = (page: Page) =>
	byRole(page, 'button', 'Reset answers')
		.filter((button) => !(button as HTMLButtonElement).disabled)
		.waitHandle();

async function openPicker(query = '', width = 1280) {
	const page = await newPage(browser, { width, height: 900 });
	const errors = watchErrors(page);
	await page.goto(`${pickerUrl}${query}`);
	await hydrated(page);
	return { page, errors };
}

/** The result panel. */
const result = aria('region', 'Your recommendation');
/** The panel's text. */
const resultText = (page: Page) => textOf(page, result);
/** The panel's first line, which names the language to start with. */
const startWith = (page: Page) => textOf(page, `${result} ${withText('Start with')}`);

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
	test('an answer given just before the reader follows an in-page link keeps the link in the address', async () => {
		const { page, errors } = await openPicker();
		const [question] = data.config.questions;
		await answer(page, question!.id, question!.options[0]!.value);
		// The answer's address write waits out its throttle; the skip link moves to #_top meanwhile.
		await page.evaluate(() => {
			location.hash = '#_top';
		});
		await expect.poll(() => page.evaluate(() => location.search), { timeout: 5000 }).toContain(`${question!.id}=`);
		expect(await page.evaluate(() => location.hash)).toBe('#_top');
		expect(errors).toEqual([]);
		await page.close();
	});

	test.each(scenarios)(
		'answering for the $id scenario by keyboard shows its stack, and the permalink restores it',
		async (scenario) => {
			const { page, errors } = await openPicker();
			for (const [question, value] of Object.entries(scenario.answers)) await answer(page, question, value);

			await expect(startWith(page)).resolves.toBe(`Start with ${scenario.primary}`);
			const text = await resultText(page);
			for (const layer of scenario.stack) expect(text).toMatch(layer);
			expect(text).not.toMatch(/Provisional/);
			const scenarioTitle = data.scenarios.find((s) => s.id === scenario.id)!.title;
			const links = await page.$$eval(`${result} ${aria('link', scenarioTitle)}`, (found) =>
				found.map((a) => a.getAttribute('href')),
			);
			expect(links).toEqual([`/scenarios/${scenario.id}/`]);

			// The URL holds exactly the answers, in question order.
			const query = encodePickerAnswers(scenario.answers, data.config.questions);
			await expect.poll(() => new URL(page.url()).search).toBe(`?${query}`);

			await page.reload();
			await hydrated(page);
			await expect(resultText(page)).resolves.toBe(text);
			expect(errors).toEqual([]);
			await page.close();
		},
	);

	test('links the result to the profile, the scenario, the job brief and the decision record', async () => {
		const query = encodePickerAnswers(scenarios[0]!.answers, data.config.questions);
		const { page } = await openPicker(`?${query}`);
		const href = (name: string) => page.$eval(`${result} ${aria('link', name)}`, (a) => a.getAttribute('href'));
		await expect(href('Read the Python profile')).resolves.toBe('/languages/python/');
		await expect(href('Read the scenario: The lean AI MVP')).resolves.toBe('/scenarios/ai-mvp/');
		await expect(href('Write the job brief')).resolves.toBe('/team/role-brief/?language=python');
		await expect(href('Write the decision record')).resolves.toBe(`/tools/decision-record/?${query}`);
		await page.close();
	});

	test('partial answers give a provisional recommendation, and reset clears them and the URL', async () => {
		const { page } = await openPicker();
		await expect(resultText(page)).resolves.toMatch(/Answer any question/);
		await answer(page, 'ai', 'core');
		await expect(resultText(page)).resolves.toMatch(/Provisional: based on 1 of 9 answers/);
		await expect(countExactText(page, '1 of 9 answered · so far: Python')).resolves.toBe(1);
		expect(await allByRole(page, 'radio', { checked: true })).toHaveLength(1);
		// The address is updated in an effect, just after the result renders.
		await expect.poll(() => new URL(page.url()).search).toBe('?ai=core');

		await byRole(page, 'button', 'Reset answers').click();
		await expect(resultText(page)).resolves.toMatch(/Answer any question/);
		await expect.poll(() => new URL(page.url()).search).toBe('');
		expect(await allByRole(page, 'radio', { checked: true })).toHaveLength(0);
		await page.close();
	});

	test('a bad permalink shows a notice, keeps the good answers and runs nothing from the URL', async () => {
		const payload = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
		const { page, errors } = await openPicker(
			`?ai=core&team=cobol&workload=io-api&workload=mixed&x=${payload}&realtime=${payload}`,
		);
		const notices = await page.$$eval(aria('status'), (lines) => lines.map((line) => line.textContent ?? ''));
		const notice = notices.filter((text) => text.includes('This link had'));
		expect(notice).toHaveLength(1);
		expect(notice[0]).toMatch(/4 problems .* so those parts were ignored/);
		await expect(countExactText(page, '1 of 9 answered · so far: Python')).resolves.toBe(1);
		expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
		expect(await page.$$('.stack-picker img')).toHaveLength(0);
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
		const page = await newPage(browser);
		await useTheme(page, 'dark');
		await page.goto(`${pickerUrl}?${encodePickerAnswers(scenarios[2]!.answers, data.config.questions)}`);
		await hydrated(page);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	test('works at 360 px wide without sideways scrolling', async () => {
		const { page, errors } = await openPicker('', 360);
		for (const [question, value] of Object.entries(scenarios[0]!.answers)) await answer(page, question, value);
		await expect(startWith(page)).resolves.toBe('Start with Python');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		const box = await (await page.$('.stack-picker'))!.boundingBox();
		expect(box!.x + box!.width).toBeLessThanOrEqual(360);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('without JavaScript the page shows the questions disabled, a note, and the decision table', async () => {
		const page = await newPage(browser, { javaScript: false });
		await page.goto(pickerUrl);
		// One note says why the questions do nothing.
		const notes = await page.$$eval(withText('needs JavaScript'), (found) => found.map((el) => el.textContent));
		expect(notes).toMatchInlineSnapshot(`
			[
			  "The picker needs JavaScript to work. Without it, the decision table gives the same guidance.",
			]
		`);
		// Disabled with their fieldset, so `:disabled` rather than each radio's own attribute.
		const radios = await page.$$eval(aria('radio'), (found) => found.map((r) => r.matches(':disabled')));
		expect(radios.length).toBeGreaterThan(0);
		expect(radios.every(Boolean)).toBe(true);
		const situations = await firstByRole(page, 'list', { name: /each scenario's situation/ });
		const rows = await situations.$$eval(aria('listitem'), (items) => items.map((li) => li.textContent ?? ''));
		expect(rows).toHaveLength(3);
		expect(rows[0]).toMatch(/The lean AI MVP → Python.*Database: PostgreSQL with the pgvector extension/s);
		// The language link ends in a visually hidden " profile" (a bare "Go" reads as vague link text).
		expect(rows[1]).toMatch(/fintech API → Go(?: profile)? \(runner-up: Rust\)/);
		expect(rows[2]).toMatch(/enterprise data platform → Java \/ Kotlin.*ML and experimentation: Python/s);
		// One table per question, each answer with what it favours and why.
		for (const question of data.config.questions) {
			const tables = await allByRole(page, 'table', { name: new RegExp(escapeRegExp(question.label)) });
			expect(tables, question.label).toHaveLength(1);
		}
		await page.close();
	});
});
