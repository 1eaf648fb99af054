// Helpers every part of the benchmark shares: logging, number formats, a timed build.

import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserPaths } from '../../tests/support/browser-paths.mjs';

/** Debian's Chromium, or the one CHROMIUM_PATH names; the benchmark never downloads a browser. */
export const CHROMIUM = browserPaths.chromium;

/**
 * Starts headless Chromium through puppeteer-core, as the browser tests do, with a desktop window
 * and no background network that would add to the bytes measured.
 */
export function launchChromium() {
	return puppeteer.launch({
		browser: 'chrome',
		executablePath: CHROMIUM,
		headless: true,
		defaultViewport: { width: 1280, height: 720 },
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
	});
}

/** Progress goes to stderr, so stdout holds only the report. */
export const log = (...args) => console.error('[bench]', ...args);

/** Bytes as kilobytes with one decimal, as the report shows them. */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The median of a list of numbers (0 for none). */
export const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs `astro build` in a folder and returns the wall-clock seconds it took. */
export function timedBuild(cwd, extraEnv = {}) {
	const start = performance.now();
	const run = spawnSync('npx', ['astro', 'build'], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', ...extraEnv },
	});
	const seconds = (performance.now() - start) / 1000;
	if (run.status !== 0) {
		console.error(run.stdout, run.stderr);
		throw new Error(`astro build failed in ${cwd}`);
	}
	return seconds;
}

/** Bytes of every file under a folder. */
export function folderBytes(dir) {
	let total = 0;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		total += statSync(path).isDirectory() ? folderBytes(path) : statSync(path).size;
	}
	return total;
}
