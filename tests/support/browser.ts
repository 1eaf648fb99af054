import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** Debian's Chromium; tests never download a browser. Override with CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts headless Chromium with the flags this sandbox needs (no sandbox, no background network). */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

/**
 * The script files (by path) a page fetches on load, once `readySelector` shows its island is
 * ready, and those `action` makes it fetch afterwards: the code an island loads only on demand.
 */
export async function scriptsOnDemand(
	url: string,
	readySelector: string,
	action: (page: Page) => Promise<unknown>,
): Promise<{ onLoad: Set<string>; onDemand: string[] }> {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		const loaded = new Set<string>();
		page.on('response', (r) => {
			if (r.request().resourceType() === 'script') loaded.add(new URL(r.url()).pathname);
		});
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.locator(readySelector).waitFor();
		const onLoad = new Set(loaded);
		await action(page);
		return { onLoad, onDemand: [...loaded].filter((path) => !onLoad.has(path)) };
	} finally {
		await browser.close();
	}
}

/**
 * The setup every browser test file shares: the address of the preview the global setup started,
 * and one Chromium for the whole file, launched before its first test and closed after its last.
 * `browser` forwards to that Chromium, so tests use it as a plain `Browser`.
 */
export function useChromium(): { baseUrl: string; browser: Browser } {
	let launched: Browser | undefined;
	beforeAll(async () => {
		launched = await launchChromium();
	});
	afterAll(async () => {
		await launched?.close();
	});
	const browser = new Proxy({} as Browser, {
		get(_, property) {
			if (!launched) throw new Error('Chromium is not running: use `browser` inside tests and hooks only.');
			const value = Reflect.get(launched, property, launched);
			return typeof value === 'function' ? value.bind(launched) : value;
		},
	});
	return { baseUrl: inject('baseUrl'), browser };
}

/**
 * Makes every page of `context` record when it calls `history.replaceState`, so a test can check
 * how often an island writes the address (Safari starts to refuse after about a hundred writes in
 * thirty seconds). Read the times, in `performance.now()` milliseconds, with `addressWrites`.
 */
export async function countAddressWrites(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const counted = window as unknown as { replaceCalls: number[] };
		counted.replaceCalls = [];
		const original = history.replaceState.bind(history);
		history.replaceState = (...args: Parameters<History['replaceState']>) => {
			counted.replaceCalls.push(performance.now());
			original(...args);
		};
	});
}

/** When the page wrote the address so far, as recorded since `countAddressWrites`. */
export function addressWrites(page: Page): Promise<number[]> {
	return page.evaluate(() => (window as unknown as { replaceCalls: number[] }).replaceCalls);
}

/** Collects console errors, page errors and failed same-origin requests while a page is used. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
	page.on('response', (res) => {
		if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
	});
	return errors;
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The axe rule tags the site is held to: WCAG 2.0–2.2 A and AA, plus best practice. Target: 0
 * violations on every page of the sitemap, the 404 page included, in light and dark, islands in
 * their used states. Anchor: Starlight's own accessibility suite requires 0 violations on every
 * sitemap URL.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

/**
 * Runs axe-core in the page (through the DevTools protocol, so a Content-Security-Policy cannot
 * block it) and returns the violations in a form that reads well in a failed assertion.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	await page.evaluate(axeSource);
	return page.evaluate(async (tags) => {
		// biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global.
		const axe = (window as any).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return result.violations.map(
			(v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
				id: v.id,
				impact: v.impact,
				help: v.help,
				targets: v.nodes.map((n) => n.target.join(' ')),
			}),
		);
	}, AXE_TAGS);
}
