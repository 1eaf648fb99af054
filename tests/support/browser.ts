import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, {
	type Browser,
	type BrowserContext,
	type ElementHandle,
	type Locator,
	type Page,
	type SerializedAXNode,
} from 'puppeteer-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { browserPaths } from './browser-paths.mjs';

// The browser tests drive Debian's Chromium over the DevTools protocol with puppeteer-core. Each
// launch gets a temporary profile of its own, and each test file its own browser, so files can run
// side by side. Elements are found as a reader knows them, by ARIA role and accessible name, from
// Chromium's own accessibility tree (`aria`, `byRole`, `allByRole` below).

/** Starts headless Chromium with the flags this sandbox needs (no sandbox, no background network). */
export function launchChromium(): Promise<Browser> {
	return puppeteer.launch({
		browser: 'chrome',
		executablePath: browserPaths.chromium,
		headless: true,
		// A desktop window, as the tests were written for; a test that needs a phone sets its own.
		defaultViewport: { width: 1280, height: 720 },
		// Nothing the tests do is meant to leave a file behind: a test that downloads asks for its
		// own folder (`downloadingContext`).
		downloadBehavior: { policy: 'deny' },
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
		// So that `'createBrowserContext' in browser` tells a browser from a context, as `newPage` asks.
		has(_, property) {
			return launched ? Reflect.has(launched, property) : false;
		},
	});
	return { baseUrl: inject('baseUrl'), browser };
}

/** How a test wants its page: the window's size, the reader's colour scheme, script on or off, touch. */
export interface PageOptions {
	/** The viewport's width in CSS pixels (1280 unless given). */
	width?: number;
	/** The viewport's height in CSS pixels (720 unless given). */
	height?: number;
	/** The `prefers-color-scheme` the page sees. */
	colorScheme?: 'light' | 'dark';
	/** False to open the page with JavaScript disabled. */
	javaScript?: boolean;
	/** True for a touch screen, so `ElementHandle.tap()` sends real touch events. */
	touch?: boolean;
}

/**
 * Opens a page set up as `options` says, before it loads anything. Given the browser, the page gets
 * an isolated context of its own (empty storage and cache, like a first-time reader), which closes
 * with the page; given a context (from `browser.createBrowserContext()`), it shares that one.
 */
export async function newPage(target: Browser | BrowserContext, options: PageOptions = {}): Promise<Page> {
	let page: Page;
	if ('createBrowserContext' in target) {
		const context = await target.createBrowserContext();
		page = await context.newPage();
		page.once('close', () => void context.close().catch(() => {}));
	} else {
		page = await target.newPage();
	}
	if (options.width !== undefined || options.height !== undefined || options.touch) {
		await page.setViewport({
			width: options.width ?? 1280,
			height: options.height ?? 720,
			hasTouch: options.touch ?? false,
		});
	}
	if (options.colorScheme) {
		await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: options.colorScheme }]);
	}
	if (options.javaScript === false) await page.setJavaScriptEnabled(false);
	return page;
}

/**
 * Makes the page start every document with Starlight's stored theme set to `theme`, the way a
 * returning reader's choice does, and its `prefers-color-scheme` to match.
 */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
	await page.evaluateOnNewDocument((t) => localStorage.setItem('starlight-theme', t), theme);
}

/**
 * Lets pages of `context` on `origin` write to and read from the clipboard. Chromium answers a
 * clipboard read only in a focused page, so the test also calls `page.emulateFocusedPage(true)`
 * (several pages run at once, and only one window can have the real focus).
 */
export function allowClipboard(context: BrowserContext, origin: string): Promise<void> {
	// A plain-text write is a "sanitized" one to Chromium, a permission of its own.
	return context.overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
}

/**
 * An isolated browser context that saves downloads to a new temporary folder of its own (so files
 * running side by side never share one). `nextDownload()` waits for the next file to be complete
 * there and returns its name and text; `close()` closes the context and removes the folder.
 */
export async function downloadingContext(browser: Browser) {
	const folder = await mkdtemp(join(tmpdir(), 'playbook-downloads-'));
	const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: folder } });
	const seen = new Set<string>();
	async function nextDownload(timeoutMs = 15_000): Promise<{ name: string; text: string }> {
		const until = Date.now() + timeoutMs;
		while (Date.now() < until) {
			// Chromium writes `<name>.crdownload` and renames it when the file is complete.
			const done = (await readdir(folder)).filter((name) => !name.endsWith('.crdownload') && !seen.has(name));
			if (done[0]) {
				seen.add(done[0]);
				return { name: done[0], text: await readFile(join(folder, done[0]), 'utf8') };
			}
			await new Promise((r) => setTimeout(r, 50));
		}
		throw new Error(`No download arrived in ${folder} within ${timeoutMs} ms`);
	}
	async function close() {
		await context.close();
		await rm(folder, { recursive: true, force: true });
	}
	return { context, nextDownload, close };
}

/**
 * The script files (by path) a page fetches on load, once `readySelector` shows its island is
 * ready, and those `action` makes it fetch afterwards: the code an island loads only on demand.
 * `action` gets the page and a function that waits for the next download to arrive.
 */
export async function scriptsOnDemand(
	url: string,
	readySelector: string,
	action: (page: Page, nextDownload: () => Promise<{ name: string; text: string }>) => Promise<unknown>,
): Promise<{ onLoad: Set<string>; onDemand: string[] }> {
	const browser = await launchChromium();
	try {
		const downloads = await downloadingContext(browser);
		const page = await downloads.context.newPage();
		const loaded = new Set<string>();
		page.on('response', (r) => {
			if (r.request().resourceType() === 'script') loaded.add(new URL(r.url()).pathname);
		});
		await page.goto(url, { waitUntil: 'networkidle0' });
		await page.waitForSelector(readySelector);
		const onLoad = new Set(loaded);
		await action(page, downloads.nextDownload);
		await downloads.close();
		return { onLoad, onDemand: [...loaded].filter((path) => !onLoad.has(path)) };
	} finally {
		await browser.close();
	}
}

/**
 * Makes the page record when it calls `history.replaceState`, in every document it loads from now
 * on, so a test can check how often an island writes the address (Safari starts to refuse after
 * about a hundred writes in thirty seconds). Read the times, in `performance.now()` milliseconds,
 * with `addressWrites`.
 */
export async function countAddressWrites(page: Page): Promise<void> {
	await page.evaluateOnNewDocument(() => {
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
	page.on('pageerror', (err) => errors.push(`pageerror: ${err instanceof Error ? err.message : String(err)}`));
	page.on('response', (res) => {
		if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
	});
	return errors;
}

/**
 * Chromium's accessibility tree names a few ARIA roles its own way: an ARIA `img` is an `image`
 * there. Tests write the ARIA role; this turns it into the tree's.
 */
const TREE_ROLES: Record<string, string> = { img: 'image' };

/**
 * A Puppeteer selector for the elements with this ARIA role and, when given, exactly this
 * accessible name: Puppeteer's documented `::-p-aria` query, answered from Chromium's accessibility
 * tree, so hidden elements never match. Join two with a space to look inside an element:
 * `${aria('dialog', 'Search')} ${aria('searchbox')}`. Use it with `page.locator`, `page.$$`,
 * `page.waitForSelector` and the other selector methods.
 */
export function aria(role: string, name?: string): string {
	if (name?.includes('"')) throw new Error(`aria(): a name with a double quote cannot be queried: ${name}`);
	const treeRole = TREE_ROLES[role] ?? role;
	return name === undefined ? `::-p-aria([role="${treeRole}"])` : `::-p-aria([name="${name}"][role="${treeRole}"])`;
}

/**
 * The element with this role and exact accessible name, as a Puppeteer `Locator`: its `click()`,
 * `fill()` and `hover()` wait until the element is there, enabled and still, and
 * `waitHandle()` waits for it (after `filter(fn)`, for it to pass `fn` too).
 */
export function byRole(page: Page, role: string, name?: string): Locator<Element> {
	return page.locator(aria(role, name));
}

/**
 * A Puppeteer selector for the innermost elements whose text contains `text`: Puppeteer's
 * documented `::-p-text` query. For the few things a reader finds by their words alone (a
 * disclosure's summary, a line of a notice).
 */
export function withText(text: string): string {
	if (/[\\\n]/.test(text)) throw new Error(`withText(): a backslash or a line break cannot be queried: ${text}`);
	return `::-p-text(${JSON.stringify(text)})`;
}

/** How many elements in `scope` hold exactly `text` (spaces at either end aside), innermost first. */
export async function countExactText(scope: Page | ElementHandle<Element>, text: string): Promise<number> {
	return scope.$$eval(
		withText(text),
		(elements, wanted) => elements.filter((el) => el.textContent?.trim() === wanted).length,
		text,
	);
}

/** What an element must be to match in `allByRole`, besides its role. */
export interface RoleQuery {
	/** The accessible name: a string must match whole, a RegExp anywhere in it. */
	name?: string | RegExp;
	/** A heading's level. */
	level?: number;
	/** A checkbox's or radio button's state. */
	checked?: boolean;
}

/**
 * Every element inside `scope` (a page, or an element of one) with this ARIA role that matches
 * `query`, in document order, read from one snapshot of Chromium's accessibility tree (hidden
 * elements are not in it). For a name that is not known whole (a RegExp), a heading level or a
 * checked state, which `aria()` cannot express. An empty list is an answer, not an error.
 */
export async function allByRole(
	scope: Page | ElementHandle<Element>,
	role: string,
	query: RoleQuery = {},
): Promise<ElementHandle<Element>[]> {
	const { name, level, checked } = query;
	// A whole name, or none, is one `::-p-aria` query; the rest needs the names, levels and states
	// of a snapshot of the tree.
	if (typeof name !== 'object' && level === undefined && checked === undefined) {
		return scope.$$(aria(role, name));
	}
	const page = 'accessibility' in scope ? scope : scope.frame.page();
	const tree = await page.accessibility.snapshot({
		interestingOnly: false,
		...(scope === page ? {} : { root: scope as ElementHandle<Element> }),
	});
	const treeRole = TREE_ROLES[role] ?? role;
	const found: SerializedAXNode[] = [];
	const walk = (node: SerializedAXNode) => {
		const nameMatches =
			name === undefined || (typeof name === 'string' ? node.name === name : name.test(node.name ?? ''));
		if (
			node.role === treeRole &&
			nameMatches &&
			(level === undefined || node.level === level) &&
			(checked === undefined || node.checked === checked)
		) {
			found.push(node);
		}
		for (const child of node.children ?? []) walk(child);
	};
	if (tree) walk(tree);
	const handles = await Promise.all(found.map((node) => node.elementHandle()));
	return handles.filter((handle): handle is ElementHandle<Element> => handle !== null);
}

/**
 * Waits until `scope` holds an element that `allByRole` would find, and returns the first. Throws,
 * naming what it looked for, when none has appeared after `timeoutMs`.
 */
export async function firstByRole(
	scope: Page | ElementHandle<Element>,
	role: string,
	query: RoleQuery = {},
	timeoutMs = 10_000,
): Promise<ElementHandle<Element>> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const [first] = await allByRole(scope, role, query);
		if (first) return first;
		if (Date.now() > until) {
			throw new Error(`No ${role} matching ${JSON.stringify({ ...query, name: String(query.name) })} appeared`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
}

/**
 * The text of the first element `selector` matches in `scope`, once there is one (its
 * `textContent`, as a reader of the DOM sees it, hidden parts included).
 */
export async function textOf(scope: Page | ElementHandle<Element>, selector: string): Promise<string> {
	const element = await scope.waitForSelector(selector);
	if (!element) throw new Error(`${selector} is not in the page`);
	return element.evaluate((el) => el.textContent ?? '');
}

/** A form control, given as an element or as a selector for the first one in the page. */
type Control = ElementHandle<Element> | string;

const controlIn = async (page: Page, control: Control): Promise<ElementHandle<Element>> => {
	if (typeof control !== 'string') return control;
	const element = await page.waitForSelector(control);
	if (!element) throw new Error(`${control} is not in the page`);
	return element;
};

/** The value a form control (an input, a select, a textarea) holds now. */
export async function inputValue(page: Page, control: Control): Promise<string> {
	return (await controlIn(page, control)).evaluate((el) => (el as HTMLInputElement).value);
}

/** Whether a checkbox or a radio button is ticked now. */
export async function isChecked(page: Page, control: Control): Promise<boolean> {
	return (await controlIn(page, control)).evaluate((el) => (el as HTMLInputElement).checked);
}

/**
 * The form control a `<label>` with exactly this text labels, once it is there: for a control that
 * has no ARIA role to find it by (a date input).
 */
export async function byLabel(page: Page, label: string): Promise<ElementHandle<Element>> {
	const handle = await page.waitForFunction(
		(text) =>
			[...document.querySelectorAll('label')].find((l) => l.textContent?.replace(/\s+/g, ' ').trim() === text)
				?.control ?? null,
		{},
		label,
	);
	return handle as ElementHandle<Element>;
}

/**
 * Waits until one of the elements `selector` matches in `scope` has text that contains `wanted` (a
 * string) or matches it (a RegExp), and returns that element's whole text. For a status line or a
 * notice, whose words arrive after the element does.
 */
export async function waitForText(
	scope: Page | ElementHandle<Element>,
	selector: string,
	wanted: string | RegExp,
	timeoutMs = 10_000,
): Promise<string> {
	const until = Date.now() + timeoutMs;
	const matches = (text: string) => (typeof wanted === 'string' ? text.includes(wanted) : wanted.test(text));
	let seen: string[] = [];
	for (;;) {
		seen = await scope.$$eval(selector, (elements) => elements.map((el) => el.textContent ?? ''));
		const found = seen.find(matches);
		if (found !== undefined) return found;
		if (Date.now() > until) {
			throw new Error(`No ${selector} with text ${String(wanted)} appeared; seen: ${JSON.stringify(seen)}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
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

/** One axe rule a page breaks, in a form that reads well in a failed assertion. */
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
