import { afterAll, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { encodePickerAnswers } from '../../src/tools/picker/model/answers-url';
import { exampleAnswers } from '../support/decision-record-data';
import { type ByRole, type Engine, HOME, WAIT } from '../support/engines/driver';
import { readPickerData } from '../support/picker-data';
import { rankingFromDescription } from '../support/scorecard-page';
import { SITE_PAGES } from '../support/site-pages';

/**
 * The cross-engine suite: every page of the sitemap loads without an error, and each island's main
 * path works. Each engine's test file calls this once with its launcher; one browser and one page
 * serve every test, which keeps the suite fast.
 */
export function engineSuite(launch: () => Promise<Engine>): void {
	const baseUrl = inject('baseUrl');
	let page: Engine;
	beforeAll(async () => {
		const started = Date.now();
		page = await launch();
		console.info(`${await page.evaluate(() => navigator.userAgent)}: started in ${Date.now() - started} ms`);
	});
	afterAll(() => page?.close());

	const open = (path: string) => page.goto(`${baseUrl}${path}`);
	/** Opens a page with empty storage, so that nothing an earlier test saved changes what it shows. */
	async function openFresh(path: string) {
		await open(path);
		await page.evaluate(() => localStorage.clear());
		await open(path);
	}
	// biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees, hidden parts left out.
	const textOf = (target: ByRole) => page.read(target, (el) => el.innerText);
	/** Waits until the page's address (path and query) is `expected`. */
	const addressBecomes = (expected: string) =>
		vi.waitFor(async () => {
			const { pathname, search } = await page.url();
			expect(pathname + search).toBe(expected);
		}, WAIT);

	test.each(SITE_PAGES)('%s loads with its heading and no error', async (path) => {
		await open(path);
		await page.find({ role: 'heading' });
		// Starlight's theme script runs first in <head>: a blocked or failing script would leave no theme.
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toMatch(/^(light|dark)$/);
		expect(await page.errors()).toEqual([]);
	});

	test('the error watch sees an uncaught error and a blocked inline script', async () => {
		// Proves that the "no error" checks can fail in this engine: plant both, and both must show.
		await open('/');
		await page.evaluate(() => {
			setTimeout(() => {
				throw new Error('planted by the engine suite');
			});
			const script = document.createElement('script');
			script.textContent = 'window.plantedRan = true';
			document.body.append(script);
		});
		// Chromium reports an error thrown by injected code as "Script error.", so only the kinds are compared.
		await vi.waitFor(async () => {
			const kinds = (await page.errors()).map((error) => error.split(':')[0]);
			expect(kinds).toEqual(expect.arrayContaining(['pageerror', 'csp']));
		}, WAIT);
		expect(await page.evaluate(() => 'plantedRan' in window)).toBe(false);
	});

	describe('each island’s main path', () => {
		test('answer the stack picker, read its result, and open the decision record from its link', async () => {
			const { questions } = readPickerData().config;
			const answers = exampleAnswers('fintech-api');
			await openFresh('/tools/stack-picker/');
			// The island enables its controls once it has hydrated.
			await page.until({ role: 'button', name: 'Reset answers' }, (el) => !el.disabled);
			for (const question of questions) {
				const group = { role: 'group', name: new RegExp(question.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) };
				const name = question.options.find((option) => option.value === answers[question.id])!.label;
				// As a keyboard user answers (WebKit's WebDriver will not click these radios): focus, then Space.
				await page.keys({ role: 'radio', name, within: group }, ' ');
				await page.until({ role: 'radio', name, within: group }, (el) => el.checked);
			}
			const result = { role: 'region', name: 'Your recommendation' };
			await vi.waitFor(async () => expect(await textOf(result)).toContain('Start with Go'), WAIT);
			expect(await textOf(result)).not.toContain('Provisional');
			const query = `?${encodePickerAnswers(answers, questions)}`;
			await addressBecomes(`/tools/stack-picker/${query}`);

			await page.click({ role: 'link', name: 'Write the decision record', within: result });
			await addressBecomes(`/tools/decision-record/${query}`);
			await page.find({ role: 'heading', name: 'Use Go for our backend' });
			expect(await page.errors()).toEqual([]);
		});

		test('move a scorecard weight: the ranking and the links change', async () => {
			await openFresh('/tools/scorecard/');
			const slider = { role: 'slider', name: 'AI ecosystem' };
			// The island marks itself ready once it has hydrated.
			await page.until(slider, (el) => !!el.closest('.scorecard[data-ready]'));
			// The ranking chart's text alternative, read as the Chromium tests read it.
			const chart = { role: 'img', name: 'Ranking, best first' };
			const ranking = async () =>
				rankingFromDescription(
					await page.read(chart, (el) => document.getElementById(el.getAttribute('aria-describedby')!)!.textContent!),
				);
			const recordLink = () =>
				page.read({ role: 'link', name: 'Write the decision record' }, (el) => el.getAttribute('href')!);
			expect(await ranking()).toEqual(['Python (tie)', 'Node.js / TypeScript (tie)', 'Java / Kotlin', 'Go']);
			const linkBefore = await recordLink();

			await page.keys(slider, HOME);
			await vi.waitFor(async () => expect((await ranking())[0]).toBe('Node.js / TypeScript'), WAIT);
			expect(await page.read(slider, (el) => el.value)).toBe('0');
			const linkAfter = await recordLink();
			expect(linkAfter).toMatch(/^\/tools\/decision-record\/\?s=/);
			expect(linkAfter).not.toBe(linkBefore);
			// The page's own address carries the same state, so it can be shared as it is.
			await addressBecomes(linkAfter.replace('/decision-record/', '/scorecard/'));
			expect(await page.errors()).toEqual([]);
		});

		test('tick the hiring checklist, reload: the tick is kept', async () => {
			const item = { role: 'checkbox', name: /writes sql and models data well/i };
			// The toolbar appears once the tick script has run, so a tick is saved from then on.
			const toolbar = { role: 'button', name: 'Clear all ticks' };
			await openFresh('/team/hiring-checklist/');
			await page.find(toolbar);
			expect(await page.read(item, (el) => el.checked)).toBe(false);
			await page.click(item);
			expect(await page.read(item, (el) => el.checked)).toBe(true);
			await open('/team/hiring-checklist/');
			await page.find(toolbar);
			expect(await page.read(item, (el) => el.checked)).toBe(true);
			expect(await page.evaluate(() => document.querySelectorAll('input[type="checkbox"]:checked').length)).toBe(1);
			expect(await page.errors()).toEqual([]);
		});

		test('search for a page and open the result', async () => {
			const button = { role: 'button', name: 'Search' };
			const dialog = { role: 'dialog', name: 'Search' };
			await open('/');
			await page.until(button, (el) => !el.disabled);
			await page.click(button);
			await page.keys({ role: 'searchbox', name: 'Search', within: dialog }, 'scorecard');
			// The results are listed one by one; the count in the status line comes once all are in place.
			await page.until({ role: 'status', within: dialog }, (el) => /results? for/.test(el.textContent!));
			await page.click({ role: 'link', name: 'Decision scorecard', within: dialog });
			await addressBecomes('/tools/scorecard/');
			await page.find({ role: 'heading', name: 'Decision scorecard' });
			expect(await page.errors()).toEqual([]);
		});
	});
}
