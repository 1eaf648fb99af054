import puppeteer, { type KeyInput } from 'puppeteer-core';
import { browserPaths } from '../browser-paths.mjs';
import { type Engine, engine, HOME, recordErrors, requireFiles } from './driver';

/**
 * Starts headless Firefox (over WebDriver BiDi) or Chromium (over the DevTools protocol) from
 * `browserPaths` with puppeteer-core, and one page for the whole test file.
 */
export async function launchPuppeteer(name: 'firefox' | 'chromium'): Promise<Engine> {
	const executablePath = browserPaths[name];
	requireFiles(executablePath);
	const browser = await puppeteer.launch({
		browser: name === 'firefox' ? 'firefox' : 'chrome',
		executablePath,
		// As for the other browser tests: Chromium runs as root here (which its sandbox refuses), with no GPU, and
		// must not reach the network on its own.
		args:
			name === 'chromium' ? ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] : [],
	});
	const page = await browser.newPage();
	await page.setViewport({ width: 1280, height: 900 });
	// Before the page's own scripts, so that errors of the first load are seen too.
	await page.evaluateOnNewDocument(recordErrors);
	// Console errors and failed responses are kept per document: the page left behind can still
	// report (a module import cut off by the navigation), and that is not the new page's error.
	let logged: string[] = [];
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) logged = [];
	});
	page.on('console', (message) => {
		if (message.type() === 'error') logged.push(`console: ${message.text()}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) logged.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return engine({
		load: (url) => page.goto(url, { waitUntil: 'load' }),
		run: (expression) => page.evaluate(expression),
		click: (selector) => page.click(selector),
		keys: async (selector, keys) => {
			await page.focus(selector);
			for (const key of keys) await page.keyboard.press(key === HOME ? 'Home' : (key as KeyInput));
		},
		logged: () => logged,
		close: () => browser.close(),
	});
}
