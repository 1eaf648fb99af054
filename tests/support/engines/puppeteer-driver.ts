import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type ByRole, type EngineDriver, findByRole, type Key, readPageErrors, recordPageErrors } from './driver';

/** Debian's Firefox ESR; tests never download a browser. Override with FIREFOX_PATH. */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Debian's Chromium, as the Playwright tests use it. Override with CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const KEYS: Record<Key, string> = {
	Home: 'Home',
	End: 'End',
	ArrowRight: 'ArrowRight',
	ArrowLeft: 'ArrowLeft',
	Enter: 'Enter',
	// WebDriver BiDi (Firefox) knows the space bar only by its key value, which CDP accepts too.
	Space: ' ',
	Tab: 'Tab',
};

/**
 * Starts Firefox (over WebDriver BiDi, Puppeteer's protocol for it) or Chromium (over the DevTools
 * protocol) with one page, and wraps it in the engine-neutral driver.
 */
export async function launchPuppeteer(engine: 'firefox' | 'chromium'): Promise<EngineDriver> {
	const browser: Browser = await puppeteer.launch(
		engine === 'firefox'
			? { browser: 'firefox', executablePath: FIREFOX, headless: true }
			: {
					browser: 'chrome',
					executablePath: CHROMIUM,
					headless: true,
					args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
				},
	);
	const page: Page = await browser.newPage();
	await page.setViewport({ width: 1280, height: 900 });
	// Runs before the page's own scripts, so errors and CSP violations of the first load are seen.
	await page.evaluateOnNewDocument(recordPageErrors);
	// Console messages and failed responses are kept per document: the page left behind can still
	// report (a module import cut off by the navigation), and that is not the new page's error.
	// Uncaught errors are read from the page itself (`recordPageErrors`) for the same reason.
	let consoleErrors: string[] = [];
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) consoleErrors = [];
	});
	page.on('console', (message) => {
		if (message.type() === 'error') consoleErrors.push(`console: ${message.text()}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) consoleErrors.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	/** Scrolls an element to the middle of the viewport, clear of Starlight's sticky header. */
	const centred = async (selector: string) => {
		await page.evaluate((s: string) => document.querySelector(s)?.scrollIntoView({ block: 'center' }), selector);
		return selector;
	};

	const find = (target: ByRole, timeoutMs?: number) =>
		findByRole((locate, serialised) => page.evaluate(locate, serialised), target, timeoutMs);

	return {
		engine,
		version: await browser.version(),
		seesLoadErrors: true,
		async goto(url) {
			await page.goto(url, { waitUntil: 'load' });
		},
		async reload() {
			await page.reload({ waitUntil: 'load' });
		},
		url: async () => page.url(),
		evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
		find,
		async click(target) {
			await page.click(await centred(await find(target)));
		},
		async type(target, text) {
			await page.type(await centred(await find(target)), text);
		},
		async press(target, key) {
			await page.focus(await find(target));
			await page.keyboard.press(KEYS[key] as never);
		},
		async errors() {
			return [...consoleErrors, ...(await page.evaluate(readPageErrors))];
		},
		async close() {
			await browser.close();
		},
	};
}
