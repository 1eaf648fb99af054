import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { vi } from 'vitest';
import WebDriver from 'webdriver';
import { browserPaths } from '../browser-paths.mjs';
import { freePort } from '../free-port';
import { type Engine, engine, requireFiles } from './driver';

/** Waits for `ready`, but fails at once, naming the program, if `child` cannot start or exits first. */
async function started<T>(child: ChildProcess, name: string, ready: Promise<T>): Promise<T> {
	const exited = once(child, 'exit').then(([code]) => {
		throw new Error(`${name} exited with code ${code} before it was ready`);
	});
	return Promise.race([ready, exited]);
}

/**
 * Starts WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver: WebKitGTK's driver
 * offers no BiDi), under a virtual X display when there is no `DISPLAY`, with one page for the file.
 */
export async function launchWebKit(): Promise<Engine> {
	const { webkitDriver, webkitMiniBrowser, xvfb } = browserPaths;
	requireFiles(webkitDriver, webkitMiniBrowser, ...(process.env.DISPLAY ? [] : [xvfb]));
	const children: ChildProcess[] = [];
	const stop = () => {
		for (const child of children) child.kill();
	};
	try {
		let env = process.env;
		if (!env.DISPLAY) {
			// Xvfb picks a free display itself and writes its number, so parallel runs never collide.
			const x = spawn(xvfb, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
			children.push(x);
			const [display] = await started(x, 'Xvfb', once(x.stdout, 'data'));
			env = { ...env, DISPLAY: `:${String(display).trim()}` };
		}
		const port = await freePort();
		const server = spawn(webkitDriver, [`--port=${port}`], { stdio: 'ignore', env });
		children.push(server);
		const listening = async () => {
			const ok = await fetch(`http://127.0.0.1:${port}/status`).then(
				(response) => response.ok,
				() => false,
			);
			if (!ok) throw new Error(`WebKitWebDriver did not answer on port ${port}`);
		};
		await started(server, 'WebKitWebDriver', vi.waitFor(listening, { timeout: 20_000, interval: 100 }));
		const client = await WebDriver.newSession({
			hostname: '127.0.0.1',
			port,
			logLevel: 'error',
			connectionRetryCount: 0,
			capabilities: {
				browserName: 'MiniBrowser',
				// The client would ask for BiDi, which WebKitGTK's driver refuses.
				'wdio:enforceWebDriverClassic': true,
				'webkitgtk:browserOptions': { binary: webkitMiniBrowser, args: ['--automation'] },
			} as WebdriverIO.Capabilities,
		});
		await client.setWindowRect(null, null, 1280, 900);
		// A WebDriver element reference holds its id under one key that the spec fixes.
		const element = async (selector: string) =>
			Object.values(await client.findElement('css selector', selector))[0] as string;
		return engine({
			load: (url) => client.navigateTo(url),
			run: (expression) => client.executeScript(`return ${expression}`, []),
			click: async (selector) => client.elementClick(await element(selector)),
			keys: async (selector, keys) => client.elementSendKeys(await element(selector), keys),
			close: () => client.deleteSession().finally(stop),
		});
	} catch (error) {
		stop();
		throw error;
	}
}
