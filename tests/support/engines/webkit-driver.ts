import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import WebDriver from 'webdriver';
import { freePort } from '../free-port';
import {
	type ByRole,
	type EngineDriver,
	findByRole,
	type Key,
	readPageErrors,
	recordPageErrors,
	waitUntil,
} from './driver';

/** WebKitGTK's WebDriver server (Debian: `webkit2gtk-driver`). Override with WEBKIT_WEBDRIVER_PATH. */
export const WEBKIT_WEBDRIVER = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

/** The MiniBrowser that ships with WebKitGTK 4.1, the browser the WebDriver server automates. */
export const MINIBROWSER =
	process.env.WEBKIT_MINIBROWSER_PATH ??
	['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib']
		.map((lib) => `${lib}/webkit2gtk-4.1/MiniBrowser`)
		.find((path) => existsSync(path)) ??
	'/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** WebDriver's codes for the keys the tests press (WebDriver spec, "Keyboard actions"). */
const KEYS: Record<Key, string> = {
	Home: '\uE011',
	End: '\uE010',
	ArrowRight: '\uE014',
	ArrowLeft: '\uE012',
	Enter: '\uE007',
	Space: ' ',
	Tab: '\uE004',
};

/**
 * Starts a virtual X display with Xvfb, which picks a free display number itself (`-displayfd`)
 * so that parallel runs never collide. Resolves to the display, such as `:1`.
 */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
	return new Promise((resolve, reject) => {
		const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		xvfb.once('error', reject);
		xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with code ${code}`)));
		xvfb.stdout.once('data', (data: Buffer) => resolve({ display: `:${data.toString().trim()}`, process: xvfb }));
	});
}

/** A WebDriver element reference's id, whatever key the server uses for it. */
const elementId = (reference: Record<string, string>) => Object.values(reference)[0]!;

/**
 * Starts WebKitGTK's MiniBrowser through `WebKitWebDriver` (classic WebDriver: WebKitGTK 2.50
 * offers no BiDi), under Xvfb when no `DISPLAY` is set, and wraps it in the engine-neutral driver.
 */
export async function launchWebKit(): Promise<EngineDriver> {
	const xvfb = process.env.DISPLAY ? undefined : await startXvfb();
	const port = await freePort();
	const server = spawn(WEBKIT_WEBDRIVER, [`--port=${port}`], {
		stdio: 'ignore',
		env: { ...process.env, ...(xvfb ? { DISPLAY: xvfb.display } : {}) },
	});
	const stop = () => {
		server.kill();
		xvfb?.process.kill();
	};
	try {
		await waitUntil(
			async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok,
			'WebKitWebDriver to listen',
			20_000,
		);
		const client = await WebDriver.newSession({
			hostname: '127.0.0.1',
			port,
			path: '/',
			logLevel: 'error',
			connectionRetryCount: 0,
			capabilities: {
				browserName: 'MiniBrowser',
				// The library would ask for BiDi, which WebKitGTK's server refuses.
				'wdio:enforceWebDriverClassic': true,
				'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
			} as WebdriverIO.Capabilities,
		});
		await client.setWindowRect(null, null, 1280, 900).catch(() => undefined);
		const capabilities = client.capabilities as { browserName?: string; browserVersion?: string };

		const run = <T>(fn: (...args: never[]) => unknown, args: unknown[]) =>
			client.executeScript(`return (${fn.toString()}).apply(null, arguments)`, args as never[]) as Promise<T>;
		const find = (target: ByRole, timeoutMs?: number) =>
			findByRole((locate, serialised) => run<string | null>(locate, [serialised]), target, timeoutMs);
		const element = async (target: ByRole) => elementId(await client.findElement('css selector', await find(target)));
		// WebDriver classic cannot run a script before the page's own; this catches what comes after.
		const watch = () => run(recordPageErrors, []);

		return {
			engine: 'webkit',
			version: `${capabilities.browserName ?? 'MiniBrowser'} (WebKitGTK ${capabilities.browserVersion ?? '?'})`,
			seesLoadErrors: false,
			async goto(url) {
				await client.navigateTo(url);
				await watch();
			},
			async reload() {
				await client.refresh();
				await watch();
			},
			url: () => client.getUrl(),
			evaluate: (fn, ...args) => run(fn as never, args) as never,
			find,
			async click(target) {
				await client.elementClick(await element(target));
			},
			async type(target, text) {
				await client.elementSendKeys(await element(target), text);
			},
			async press(target, key) {
				await client.elementSendKeys(await element(target), KEYS[key]);
			},
			errors: () => run<string[]>(readPageErrors, []),
			async close() {
				try {
					await client.deleteSession();
				} finally {
					stop();
				}
			},
		};
	} catch (error) {
		stop();
		throw error;
	}
}
