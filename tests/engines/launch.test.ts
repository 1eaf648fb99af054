import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
	vi.unstubAllEnvs();
});

// A browser that is not installed must stop its engine's file at once, with one message naming the
// missing file, rather than after a long wait for a server that could never start.
test.each([
	['webkit', 'WEBKIT_WEBDRIVER_PATH'],
	['webkit', 'WEBKIT_MINIBROWSER_PATH'],
	['webkit', 'XVFB_PATH'],
	['firefox', 'FIREFOX_PATH'],
	['chromium', 'CHROMIUM_PATH'],
] as const)('%s fails at once, naming the file, when %s points nowhere', async (engine, variable) => {
	vi.stubEnv(variable, '/nowhere/browser');
	// Xvfb is started only when there is no display; `browserPaths` reads the environment as it loads.
	vi.stubEnv('DISPLAY', undefined);
	vi.resetModules();
	const { launchPuppeteer } = await import('../support/engines/puppeteer-driver');
	const { launchWebKit } = await import('../support/engines/webkit-driver');
	const started = Date.now();
	const launched = engine === 'webkit' ? launchWebKit() : launchPuppeteer(engine);
	// A browser that starts after all is closed again, so that a failing run leaves nothing behind.
	const outcome = await launched.then(
		(page) => page.close(),
		(error: Error) => error.message,
	);
	expect(outcome).toBe('Not installed: /nowhere/browser (README, Requirements, says how)');
	expect(Date.now() - started).toBeLessThan(1000);
});
