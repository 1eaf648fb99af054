import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { encodePickerAnswers } from '../../src/lib/picker/answers-url';
import { exampleAnswers } from '../support/decision-record-data';
import type { ByRole, EngineDriver } from '../support/engines/driver';
import { waitUntil } from '../support/engines/driver';
import { readPickerData } from '../support/picker-data';
import { rankingFromDescription } from '../support/scorecard-page';
import { SITE_PAGES } from '../support/site-pages';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The cross-engine suite: every page of the sitemap loads without an error, and each island's main
 * path works. The bodies use only `EngineDriver`, so Firefox, WebKit and Chromium run the same
 * tests; each engine's test file calls this once with its launcher. One browser per engine, one
 * page, reused by every test, keeps the suite fast.
 */
export function engineSuite(launch: () => Promise<EngineDriver>): void {
	const baseUrl = inject('baseUrl');
	let driver: EngineDriver;

	beforeAll(async () => {
		const started = Date.now();
		driver = await launch();
		console.info(`${driver.engine}: ${driver.version}, started in ${Date.now() - started} ms`);
	}, 120_000);
	afterAll(async () => {
		await driver?.close();
	});

	/** Opens a page with empty storage, so nothing a previous test saved changes what it shows. */
	async function openFresh(path: string) {
		await driver.goto(`${baseUrl}${path}`);
		await driver.evaluate(() => {
			localStorage.clear();
			sessionStorage.clear();
		});
		await driver.reload();
	}

	/** Waits until a control is enabled: the islands disable theirs until they have hydrated. */
	async function enabled(target: ByRole) {
		const selector = await driver.find(target);
		await waitUntil(
			() => driver.evaluate((s: string) => !document.querySelector(s)?.matches(':disabled'), selector),
			`${target.role} "${String(target.name)}" to be enabled`,
		);
	}

	/** The text an element shows, spaces collapsed. */
	async function textOf(target: ByRole): Promise<string> {
		const selector = await driver.find(target);
		return driver.evaluate(
			// biome-ignore lint/performance/useDomNodeTextContent: the rendered text a reader sees, hidden parts left out.
			(s: string) => (document.querySelector(s) as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '',
			selector,
		);
	}

	/** An attribute of an element found by role and name. */
	async function attributeOf(target: ByRole, name: string): Promise<string | null> {
		const selector = await driver.find(target);
		return driver.evaluate(
			(s: string, n: string) => document.querySelector(s)?.getAttribute(n) ?? null,
			selector,
			name,
		);
	}

	async function isChecked(target: ByRole): Promise<boolean> {
		const selector = await driver.find(target);
		return driver.evaluate(
			(s: string) => (document.querySelector(s) as HTMLInputElement | null)?.checked === true,
			selector,
		);
	}

	const pathname = async () => new URL(await driver.url()).pathname;

	describe('every page of the sitemap', () => {
		test.each(SITE_PAGES)('%s loads with its heading and no error', async (path) => {
			await driver.goto(`${baseUrl}${path}`);
			await driver.find({ role: 'heading' });
			// Starlight's theme script runs first in <head>: a blocked or failing script would leave no theme.
			expect(await driver.evaluate(() => document.documentElement.dataset.theme)).toMatch(/^(light|dark)$/);
			expect(await driver.errors()).toEqual([]);
		});
	});

	test('the error watch sees an uncaught error and a blocked inline script', async () => {
		// Proves the "no error" checks above can fail in this engine: plant both, and both must show.
		await driver.goto(`${baseUrl}/`);
		await driver.evaluate(() => {
			setTimeout(() => {
				throw new Error('planted by the engine suite');
			});
			const script = document.createElement('script');
			script.textContent = 'window.__plantedRan = true';
			document.body.append(script);
		});
		const errors = await waitUntil(async () => {
			const found = await driver.errors();
			// Chromium reports an error thrown by injected code as "Script error.", so only its kind is checked.
			return found.some((e) => e.startsWith('pageerror')) && found.some((e) => e.startsWith('csp:')) && found;
		}, 'the planted error and CSP violation to be reported');
		expect(errors.length).toBeGreaterThanOrEqual(2);
		expect(await driver.evaluate(() => 'planted' in window || '__plantedRan' in window)).toBe(false);
	});

	describe('each island’s main path', () => {
		const picker = readPickerData();
		const fintech = exampleAnswers('fintech-api');

		test('answer the stack picker, read its result, and open the decision record from its link', async () => {
			await openFresh('/tools/stack-picker/');
			await enabled({ role: 'button', name: 'Reset answers' });
			for (const question of picker.config.questions) {
				const option = question.options.find((o) => o.value === fintech[question.id])!;
				const radio: ByRole = {
					role: 'radio',
					name: option.label,
					within: { role: 'group', name: new RegExp(escapeRegExp(question.label)) },
				};
				// As a keyboard user answers (the Chromium tests do the same): focus the option, press Space.
				await driver.press(radio, 'Space');
				await waitUntil(() => isChecked(radio), `"${option.label}" to be chosen`);
			}
			const result: ByRole = { role: 'region', name: 'Your recommendation' };
			await waitUntil(async () => (await textOf(result)).includes('Start with Go'), 'the result "Start with Go"');
			expect(await textOf(result)).not.toMatch(/Provisional/);
			const query = encodePickerAnswers(fintech, picker.config.questions);
			await waitUntil(async () => new URL(await driver.url()).search === `?${query}`, 'the answers in the address');

			await driver.click({ role: 'link', name: 'Write the decision record', within: result });
			await waitUntil(async () => (await pathname()) === '/tools/decision-record/', 'the decision record page');
			await driver.find({ role: 'heading', name: 'Use Go for our backend' });
			expect(new URL(await driver.url()).search).toBe(`?${query}`);
			expect(await driver.errors()).toEqual([]);
		});

		test('move a scorecard weight: the ranking and the links change', async () => {
			await openFresh('/tools/scorecard/');
			await waitUntil(() => driver.evaluate(() => !!document.querySelector('.scorecard[data-ready]')), 'the scorecard');
			// The ranking chart's text alternative, read as the Chromium tests read it.
			const ranking = async () => {
				const chart = await driver.find({ role: 'img', name: 'Ranking, best first' });
				const description = await driver.evaluate(
					(s: string) =>
						document.getElementById(document.querySelector(s)?.getAttribute('aria-describedby') ?? '')?.textContent ??
						'',
					chart,
				);
				return rankingFromDescription(description);
			};
			const recordLink: ByRole = { role: 'link', name: 'Write the decision record' };
			expect(await ranking()).toEqual(['Python (tie)', 'Node.js / TypeScript (tie)', 'Java / Kotlin', 'Go']);
			const linkBefore = await attributeOf(recordLink, 'href');

			await driver.press({ role: 'slider', name: 'AI ecosystem' }, 'Home');
			await waitUntil(async () => (await ranking())[0] === 'Node.js / TypeScript', 'Node.js / TypeScript to lead');
			const slider = await driver.find({ role: 'slider', name: 'AI ecosystem' });
			expect(await driver.evaluate((s: string) => (document.querySelector(s) as HTMLInputElement).value, slider)).toBe(
				'0',
			);
			const linkAfter = await attributeOf(recordLink, 'href');
			expect(linkAfter).toMatch(/^\/tools\/decision-record\/\?s=/);
			expect(linkAfter).not.toBe(linkBefore);
			// The page's own address carries the same state, so it can be shared as it is.
			await waitUntil(
				async () => new URL(await driver.url()).search === new URL(linkAfter!, baseUrl).search,
				'the address to carry the new weights',
			);
			expect(await driver.errors()).toEqual([]);
		});

		test('tick the hiring checklist, reload: the tick is kept', async () => {
			await openFresh('/team/hiring-checklist/');
			// The toolbar appears once the tick script has run, so a tick is saved from here on.
			await driver.find({ role: 'button', name: 'Clear all ticks' });
			const item: ByRole = { role: 'checkbox', name: /writes sql and models data well/i };
			expect(await isChecked(item)).toBe(false);
			await driver.click(item);
			expect(await isChecked(item)).toBe(true);
			await driver.reload();
			await driver.find({ role: 'button', name: 'Clear all ticks' });
			expect(await isChecked(item)).toBe(true);
			const ticked = await driver.evaluate(() => document.querySelectorAll('input[type="checkbox"]:checked').length);
			expect(ticked).toBe(1);
			expect(await driver.errors()).toEqual([]);
		});

		test('search for a page and open the result', async () => {
			await driver.goto(`${baseUrl}/`);
			const dialog: ByRole = { role: 'dialog', name: 'Search' };
			await enabled({ role: 'button', name: 'Search' });
			await driver.click({ role: 'button', name: 'Search' });
			await driver.type({ role: 'searchbox', name: 'Search', within: dialog }, 'scorecard');
			// The results are listed one by one; the count in the status line comes once all are in place.
			await waitUntil(
				async () => /results? for/.test(await textOf({ role: 'status', within: dialog })),
				'the search results to be listed',
			);
			await driver.click({ role: 'link', name: 'Decision scorecard', within: dialog });
			await waitUntil(async () => (await pathname()) === '/tools/scorecard/', 'the scorecard page');
			await driver.find({ role: 'heading', name: 'Decision scorecard' });
			expect(await driver.errors()).toEqual([]);
		});
	});
}
