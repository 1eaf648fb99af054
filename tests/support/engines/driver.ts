/**
 * One small, engine-neutral way to drive a browser, so the same test bodies run in Firefox (over
 * WebDriver BiDi), in WebKit (WebKitGTK's WebDriver) and in Chromium. Each engine's adapter only
 * moves the page (navigate, click, type, press a key, run a script); elements are found in the page
 * itself by role and accessible name (`locateByRole` below), so every engine finds them the same way.
 */

/** The engines the cross-engine suite runs in. */
export type EngineName = 'firefox' | 'webkit' | 'chromium';

/** An element as a reader knows it: its ARIA role and its accessible name. */
export interface ByRole {
	/** The ARIA role, explicit or implicit: `button`, `link`, `checkbox`, `radio`, `slider`, `textbox`… */
	role: string;
	/** The accessible name: a string must match whole (spaces collapsed), a RegExp anywhere. */
	name?: string | RegExp;
	/** Only elements inside the first element that matches this (a named group, region or dialog). */
	within?: ByRole;
}

/** A key the tests press, named as in the UI Events `key` values. */
export type Key = 'Home' | 'End' | 'ArrowRight' | 'ArrowLeft' | 'Enter' | 'Space' | 'Tab';

/** What a test can do with a page, whichever engine shows it. */
export interface EngineDriver {
	/** Which engine this is. */
	readonly engine: EngineName;
	/** The browser's own name and version, as the engine reports it. */
	readonly version: string;
	/**
	 * Whether console errors from the page's first load are seen. WebKitGTK's WebDriver (classic
	 * only, no BiDi) offers no console log, so there only errors after the load are caught.
	 */
	readonly seesLoadErrors: boolean;
	/** Opens a URL and waits for its `load` event; clears the errors collected so far. */
	goto(url: string): Promise<void>;
	/** Reloads the page and waits for its `load` event. */
	reload(): Promise<void>;
	/** The page's current address. */
	url(): Promise<string>;
	/**
	 * Runs a function in the page and returns its (JSON-serialisable) result. The function is sent as
	 * source text, so it may use only its own arguments and the page's globals.
	 */
	evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<Awaited<T>>;
	/** Waits until an element with this role and name is rendered, and returns a CSS selector for it. */
	find(target: ByRole, timeoutMs?: number): Promise<string>;
	/** Clicks an element with the engine's own input events. */
	click(target: ByRole): Promise<void>;
	/** Focuses a field and types text into it key by key. */
	type(target: ByRole, text: string): Promise<void>;
	/** Focuses an element and presses one key on it. */
	press(target: ByRole, key: Key): Promise<void>;
	/** Console errors, uncaught exceptions and Content-Security-Policy violations since the last `goto`. */
	errors(): Promise<string[]>;
	/** Ends the browser and anything started for it. */
	close(): Promise<void>;
}

/**
 * Polls `check` until it returns a truthy value (which it returns) or the time runs out, so tests
 * wait for what a reader would wait for instead of sleeping.
 */
export async function waitUntil<T>(
	check: () => Promise<T | null | undefined | false>,
	what: string,
	timeoutMs = 10_000,
): Promise<T> {
	const until = Date.now() + timeoutMs;
	let last: unknown;
	for (;;) {
		try {
			const value = await check();
			if (value) return value;
		} catch (error) {
			last = error;
		}
		if (Date.now() > until)
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last}` : ''}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** A `ByRole` in a form that crosses into the page (a RegExp does not survive serialisation). */
export interface SerialisedByRole {
	role: string;
	name?: { text: string } | { source: string; flags: string };
	within?: SerialisedByRole;
}

/** Turns a `ByRole` into plain data for `locateByRole`. */
export function serialiseByRole(target: ByRole): SerialisedByRole {
	const { role, name, within } = target;
	return {
		role,
		...(name === undefined
			? {}
			: { name: typeof name === 'string' ? { text: name } : { source: name.source, flags: name.flags } }),
		...(within ? { within: serialiseByRole(within) } : {}),
	};
}

/** A readable description of a `ByRole`, for error messages. */
export function describeByRole(target: ByRole): string {
	const self = `${target.role}${target.name === undefined ? '' : ` named ${String(target.name)}`}`;
	return target.within ? `${self} in ${describeByRole(target.within)}` : self;
}

/**
 * Waits until the page has an element with `target`'s role and accessible name, and returns a CSS
 * selector for it. Every engine finds elements this way, so they all find the same ones; only how
 * `locateByRole` is run in the page differs, and each driver passes that in as `runInPage`.
 */
export function findByRole(
	runInPage: (locate: typeof locateByRole, target: SerialisedByRole) => Promise<string | null>,
	target: ByRole,
	timeoutMs = 10_000,
): Promise<string> {
	return waitUntil(() => runInPage(locateByRole, serialiseByRole(target)), describeByRole(target), timeoutMs);
}

/**
 * Runs in the page: finds the first rendered element with the role and accessible name, marks it
 * with a `data-engine-target` attribute and returns a CSS selector for that mark (or null). The
 * role and name rules are a small subset of HTML-AAM and accname: enough for this site's controls,
 * written out here so that every engine applies exactly the same ones. It must stay self-contained:
 * adapters send it to the page as source text.
 */
export function locateByRole(target: SerialisedByRole): string | null {
	const implicitRole = (el: Element): string | null => {
		const tag = el.localName;
		const type = (el.getAttribute('type') ?? 'text').toLowerCase();
		const named = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
		if (tag === 'a' || tag === 'area') return el.hasAttribute('href') ? 'link' : null;
		if (tag === 'button' || tag === 'summary') return 'button';
		if (tag === 'input') {
			const byType: Record<string, string> = {
				button: 'button',
				submit: 'button',
				reset: 'button',
				checkbox: 'checkbox',
				radio: 'radio',
				range: 'slider',
				number: 'spinbutton',
				search: 'searchbox',
			};
			if (el.hasAttribute('list')) return 'combobox';
			return byType[type] ?? (['text', 'email', 'tel', 'url', ''].includes(type) ? 'textbox' : null);
		}
		if (tag === 'textarea') return 'textbox';
		if (tag === 'select')
			return (el as HTMLSelectElement).multiple || (el as HTMLSelectElement).size > 1 ? 'listbox' : 'combobox';
		if (/^h[1-6]$/.test(tag)) return 'heading';
		if (tag === 'ul' || tag === 'ol') return 'list';
		if (tag === 'li') return 'listitem';
		if (tag === 'fieldset') return 'group';
		if (tag === 'section') return named ? 'region' : null;
		if (tag === 'form') return named ? 'form' : null;
		const plain: Record<string, string> = { dialog: 'dialog', nav: 'navigation', main: 'main', table: 'table' };
		return plain[tag] ?? null;
	};
	const roleOf = (el: Element) => el.getAttribute('role')?.trim().split(/\s+/)[0] || implicitRole(el);
	const hidden = (el: Element) =>
		!!el.closest('[hidden], [aria-hidden="true"]') || (el as HTMLElement).getClientRects().length === 0;
	// Text as a name is built from: visible text, skipping form fields (a <select>'s options are not
	// part of its label's text) and anything hidden from assistive technology. An element named by
	// `aria-labelledby` counts even when hidden itself, as accname says: an SVG <title> is never
	// rendered, and WebKit reports it as `display: none`.
	const textOf = (node: Node, referenced = false): string => {
		if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
		if (!(node instanceof Element)) return '';
		if (['select', 'textarea', 'input', 'script', 'style'].includes(node.localName)) return '';
		const hiddenNode = node.getAttribute('aria-hidden') === 'true' || getComputedStyle(node).display === 'none';
		if (hiddenNode && !referenced) return '';
		if (node.hasAttribute('aria-label')) return ` ${node.getAttribute('aria-label')} `;
		return [...node.childNodes].map((child) => textOf(child)).join('');
	};
	const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
	const nameOf = (el: Element): string => {
		const ids = el.getAttribute('aria-labelledby');
		if (ids) {
			return clean(
				ids
					.split(/\s+/)
					.map((id) => document.getElementById(id))
					.map((ref) => (ref ? textOf(ref, true) : ''))
					.join(' '),
			);
		}
		const label = el.getAttribute('aria-label');
		if (label?.trim()) return clean(label);
		const labels = (el as HTMLInputElement).labels;
		if (labels && labels.length > 0) return clean([...labels].map((label) => textOf(label)).join(' '));
		if (el.localName === 'fieldset') {
			const legend = el.querySelector(':scope > legend');
			if (legend) return clean(textOf(legend));
		}
		if (el.localName === 'img') return clean(el.getAttribute('alt') ?? '');
		const role = roleOf(el) ?? '';
		if (['link', 'button', 'heading', 'listitem', 'radio', 'checkbox', 'tab', 'option', 'menuitem'].includes(role)) {
			return clean(textOf(el));
		}
		return clean(el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '');
	};
	const matches = (el: Element, t: SerialisedByRole) => {
		if (roleOf(el) !== t.role || hidden(el)) return false;
		if (!t.name) return true;
		const name = nameOf(el);
		return 'text' in t.name ? name === clean(t.name.text) : new RegExp(t.name.source, t.name.flags).test(name);
	};
	const first = (t: SerialisedByRole, root: Element): Element | null => {
		const scope = t.within ? first(t.within, root) : root;
		if (!scope) return null;
		return [...scope.querySelectorAll('*')].find((el) => matches(el, t)) ?? null;
	};
	const found = first(target, document.documentElement);
	if (!found) return null;
	const w = window as unknown as { __engineTargets?: number };
	let mark = found.getAttribute('data-engine-target');
	if (!mark) {
		w.__engineTargets = (w.__engineTargets ?? 0) + 1;
		mark = String(w.__engineTargets);
		found.setAttribute('data-engine-target', mark);
	}
	return `[data-engine-target="${mark}"]`;
}

/**
 * Runs in the page before (Firefox, Chromium) or right after (WebKit) its own scripts: records
 * uncaught errors, unhandled rejections and Content-Security-Policy violations in
 * `window.__engineErrors`, so every engine reports a blocked script or style the same way.
 */
export function recordPageErrors(): void {
	const w = window as unknown as { __engineErrors?: string[] };
	if (w.__engineErrors) return;
	const errors: string[] = [];
	w.__engineErrors = errors;
	window.addEventListener('error', (event) => errors.push(`pageerror: ${event.message}`));
	window.addEventListener('unhandledrejection', (event) => errors.push(`unhandledrejection: ${String(event.reason)}`));
	document.addEventListener('securitypolicyviolation', (event) =>
		errors.push(`csp: ${event.violatedDirective} blocked ${event.blockedURI || 'an inline script or style'}`),
	);
}

/** Reads what `recordPageErrors` collected (runs in the page). */
export function readPageErrors(): string[] {
	return (window as unknown as { __engineErrors?: string[] }).__engineErrors ?? [];
}
