import { existsSync } from 'node:fs';
import { vi } from 'vitest';

/** An element as a reader knows it: its ARIA role and accessible name, inside another such element if `within` is set. */
export interface ByRole {
	role: string;
	/** A string must match the whole name (spaces collapsed); a RegExp, any part of it. */
	name?: string | RegExp;
	within?: ByRole;
}

/** WebDriver's character for the Home key (WebDriver, "Keyboard actions"); the Puppeteer adapter translates it. */
export const HOME = '\uE011';

/** How long the suite waits for what a reader would wait for: the machine may be busy. */
export const WAIT = { timeout: 10_000, interval: 100 };

/** What each engine's adapter does through its own protocol; `engine` builds the rest on it, once for all. */
export interface Backend {
	/** Opens a URL and waits for its `load` event. */
	load(url: string): Promise<unknown>;
	/** Evaluates a JavaScript expression in the page and resolves to its awaited JSON value. */
	run(expression: string): Promise<unknown>;
	/** Clicks the element a CSS selector matches, with the engine's own input events. */
	click(selector: string): Promise<unknown>;
	/** Focuses that element and sends it keys: characters, or `HOME`. */
	keys(selector: string, keys: string): Promise<unknown>;
	/** Errors that only the protocol reports (console messages, failed responses); classic WebDriver has none. */
	logged?(): string[];
	/** Ends the browser and whatever was started for it. */
	close(): Promise<unknown>;
}

/** A page in one engine, as the suite drives it. */
export type Engine = ReturnType<typeof engine>;

/**
 * The suite's few page actions, built on an engine's `Backend`. Finding by role, reading the page
 * and collecting errors run inside the page from here, so every engine does them the same way.
 */
export function engine({ load, run, click, keys, logged, close }: Backend) {
	/** Runs `fn` in the page. It is sent as source text, so it may use only the page's globals. */
	const evaluate = <T>(fn: () => T) => run(`(${fn})()`) as Promise<Awaited<T>>;
	const watch = () => evaluate(recordErrors);
	// Waits until the element is there and `fn`, the source of a function run on it in the page, gives something truthy.
	const poll = (target: ByRole, fn: string, where = '') =>
		vi.waitFor(async () => {
			const value = await run(`((el) => el && (${fn})(el))((${locate})(${literal(target)}))`);
			if (!value) throw new Error(`No ${literal(target)}${where} in ${await evaluate(() => location.href)}`);
			return value;
		}, WAIT);
	/** Waits for the element with this role and name, then runs `fn` on it in the page and resolves to its result. */
	const read = async <T>(target: ByRole, fn: (el: HTMLInputElement) => T) =>
		((await poll(target, `(el) => [(${fn})(el)]`)) as [Awaited<T>])[0];
	/**
	 * Waits for the element and returns a CSS selector that matches only it, once it is scrolled to
	 * the middle of the view: at an edge, Starlight's sticky header could take a click meant for it.
	 */
	const find = (target: ByRole) =>
		read(target, (el) => {
			el.scrollIntoView({ block: 'center' });
			el.dataset.engineTarget ??= Math.random().toString(36).slice(2);
			return `[data-engine-target="${el.dataset.engineTarget}"]`;
		});
	return {
		evaluate,
		read,
		find,
		/** Waits until `fn`, run in the page on the element with this role and name, gives something truthy. */
		until: <T>(target: ByRole, fn: (el: HTMLInputElement) => T) =>
			poll(target, String(fn), ` where ${fn}`) as Promise<NonNullable<T>>,
		/** Opens `url` and records its errors (see `recordErrors` for when that starts). */
		goto: async (url: string) => {
			await load(url);
			await watch();
		},
		url: async () => new URL(await evaluate(() => location.href)),
		/** Clicks, or sends keys to, the element with this role and name, with the engine's own input events. */
		click: async (target: ByRole) => click(await find(target)),
		keys: async (target: ByRole, text: string) => keys(await find(target), text),
		/** Uncaught errors, unhandled rejections, CSP violations and what the protocol reported, for this document. */
		errors: async () => [...(logged?.() ?? []), ...(await watch())],
		close,
	};
}

/**
 * Runs in the page: records uncaught errors, unhandled rejections and Content-Security-Policy
 * violations, once per document, and returns those seen so far. Puppeteer installs it before the
 * page's own scripts; classic WebDriver cannot, so WebKit's records start just after the load.
 */
export function recordErrors(): string[] {
	const w = window as { engineErrors?: string[] };
	if (w.engineErrors) return w.engineErrors;
	const errors: string[] = [];
	addEventListener('error', (e) => errors.push(`pageerror: ${e.message}`));
	addEventListener('unhandledrejection', (e) => errors.push(`unhandledrejection: ${e.reason}`));
	document.addEventListener('securitypolicyviolation', (e) =>
		errors.push(`csp: ${e.violatedDirective} blocked ${e.blockedURI || 'an inline script or style'}`),
	);
	w.engineErrors = errors;
	return errors;
}

/**
 * Runs in the page (sent as source text, so self-contained): the first rendered element with the
 * role and accessible name, or null. The rules are the small part of HTML-AAM and accname that this
 * site's controls need, written once so that every engine applies the same ones.
 */
function locate(target: ByRole): HTMLInputElement | null {
	const implicit: Record<string, string> = {
		button: 'button, input[type=button], input[type=submit]',
		checkbox: 'input[type=checkbox]',
		dialog: 'dialog',
		group: 'fieldset',
		heading: 'h1, h2, h3, h4, h5, h6',
		link: 'a[href]',
		radio: 'input[type=radio]',
		region: 'section[aria-label], section[aria-labelledby]',
		searchbox: 'input[type=search]',
		slider: 'input[type=range]',
	};
	// Text as a name leaves out what is hidden from assistive technology, and form fields' values.
	const text = (node: Node | null): string => {
		if (!(node instanceof Element)) return node?.nodeType === Node.TEXT_NODE ? node.textContent! : '';
		const hidden =
			node.matches('[aria-hidden=true], input, select, textarea') || getComputedStyle(node).display === 'none';
		return hidden ? '' : (node.getAttribute('aria-label') ?? inner(node));
	};
	const inner = (node: Node | null) => [...(node?.childNodes ?? [])].map(text).join('');
	const nameOf = (el: HTMLInputElement) => {
		const ids = el.getAttribute('aria-labelledby');
		// A referenced element counts even when not rendered, as accname says: an SVG <title> never is.
		if (ids) return Array.from(ids.split(' '), (id) => inner(document.getElementById(id))).join(' ');
		if (el.hasAttribute('aria-label')) return el.getAttribute('aria-label')!;
		if (el.labels?.length) return [...el.labels].map(text).join(' ');
		if (el.localName === 'fieldset') return text(el.querySelector(':scope > legend'));
		return /^(button|link|heading)$/.test(target.role) ? inner(el) : '';
	};
	const named = (el: HTMLInputElement) => {
		const name = nameOf(el).replace(/\s+/g, ' ').trim();
		return typeof target.name === 'string' ? name === target.name : (target.name?.test(name) ?? true);
	};
	const rendered = (el: Element) => !el.closest('[hidden], [aria-hidden=true]') && el.getClientRects().length > 0;
	const scope = target.within ? locate(target.within) : document;
	const selector = `[role=${target.role}]${implicit[target.role] ? `, :is(${implicit[target.role]}):not([role])` : ''}`;
	return (
		[...(scope?.querySelectorAll<HTMLInputElement>(selector) ?? [])].find((el) => rendered(el) && named(el)) ?? null
	);
}

/** A value as JavaScript source, RegExps included (JSON has none), for a script sent to the page. */
function literal(value: unknown): string {
	if (value instanceof RegExp) return String(value);
	if (typeof value !== 'object' || value === null) return JSON.stringify(value);
	const fields = Object.entries(value).map(([key, v]) => `${key}: ${literal(v)}`);
	return `{ ${fields.join(', ')} }`;
}

/**
 * Throws one error naming each missing file, so that an engine whose browser is not installed fails
 * at once rather than waiting for a process that could never start.
 */
export function requireFiles(...paths: string[]): void {
	const missing = paths.filter((path) => !existsSync(path));
	if (missing.length > 0) throw new Error(`Not installed: ${missing.join(', ')} (README, Requirements, says how)`);
}
