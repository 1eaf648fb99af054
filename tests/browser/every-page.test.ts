import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { BUDGET } from '../../scripts/measure/budgets';
import { distFileOf, gzipBytes } from '../../scripts/measure/built-site';
import { type AxeViolation, axeViolations, useChromium, useTheme, watchErrors } from '../support/browser';
import { DIST, ISLAND_PAGES, SITE_PAGES } from '../support/site-pages';

// The site-wide gates every page must pass, checked on one visit to each page rather than one visit
// per gate: what a first visit downloads, that nothing fails or breaks the Content-Security-Policy,
// and axe in both themes. A page's visit runs once, before its four tests read what it saw.

const { baseUrl, browser } = useChromium();

/** What a page may download on a first visit: 35 kB without an island, 60 kB with one (see `BUDGET`). */
const firstVisitBudget = (path: string) =>
	ISLAND_PAGES.includes(path) ? BUDGET.firstVisitWithIsland : BUDGET.firstVisit;

/**
 * Violations we accept, each with the reason. Empty on purpose: Starlight's search button used to
 * need an entry (`label-content-name-mismatch`); its shortcut keys are now drawn by CSS in `SearchDialog.tsx`.
 */
const ACCEPTED: { rule: string; page: RegExp; reason: string }[] = [];

const unaccepted = (path: string, violations: AxeViolation[]) =>
	violations.filter((v) => !ACCEPTED.some((a) => a.rule === v.id && a.page.test(path)));

/** Records every Content-Security-Policy violation (the `securitypolicyviolation` event) from the first script on. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
	// Injected through the DevTools protocol, so the policy does not block the listener itself.
	await page.evaluateOnNewDocument(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`CSP ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
		);
	});
	return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** What one visit to a page saw. */
interface Visit {
	/** Each file the first load fetched, with its gzip size: `[path in dist, bytes]`. */
	files: (readonly [string, number])[];
	/** Requests that did not come from the static server's origin. */
	foreign: string[];
	/** Console errors, page errors, failed requests and policy violations, on both loads. */
	problems: string[];
	/** The `data-theme` the page showed, and the axe violations in it, for each theme. */
	themes: Record<'light' | 'dark', { shown: string | undefined; violations: AxeViolation[] }>;
}

/**
 * Visits a page as a first-time reader whose system is set to light (a fresh context: empty cache and storage),
 * counting every request until the network is quiet and running axe, then reloads it in the dark
 * theme, as a reader's stored choice starts it, and runs axe again.
 */
async function visit(path: string): Promise<Visit> {
	const context = await browser.createBrowserContext();
	try {
		const page = await context.newPage();
		const errors = watchErrors(page);
		const violations = await watchPolicy(page);
		const loaded: string[] = [];
		// A `data:` URL is inside a file already counted (Puppeteer reports it as a request too).
		const count = (request: { url(): string }) => {
			if (!request.url().startsWith('data:')) loaded.push(request.url());
		};
		page.on('requestfinished', count);
		// Wait for a quiet network, so that anything a page fetches when idle is counted and checked too
		// (a quarter second without a request: the local server answers in a few milliseconds).
		await page.goto(`${baseUrl}${path}`);
		await page.waitForNetworkIdle({ idleTime: 250 });
		page.off('requestfinished', count);
		const problems = await violations();
		const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
		const light = { shown: await theme(), violations: unaccepted(path, await axeViolations(page)) };

		await useTheme(page, 'dark');
		await page.reload();
		const dark = { shown: await theme(), violations: unaccepted(path, await axeViolations(page)) };
		problems.push(...(await violations()), ...errors);

		// Weigh each file as a static host sends it: the file in dist/, gzipped.
		const ours = loaded.filter((url) => url.startsWith(baseUrl));
		const files = ours.map((url) => {
			const file = distFileOf(DIST, new URL(url).pathname);
			return [file.slice(DIST.length), existsSync(file) ? gzipBytes(readFileSync(file)) : Number.NaN] as const;
		});
		return { files, foreign: loaded.filter((url) => !url.startsWith(baseUrl)), problems, themes: { light, dark } };
	} finally {
		await context.close();
	}
}

/**
 * Runs tasks with at most `concurrency` of them at once, in the order they were given. Two pages
 * load side by side in the file's Chromium, so the sweep's page loads, mostly spent waiting, overlap.
 */
function limited(concurrency: number) {
	let running = 0;
	const waiting: (() => void)[] = [];
	return async <T>(task: () => Promise<T>): Promise<T> => {
		if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
		running++;
		try {
			return await task();
		} finally {
			running--;
			waiting.shift()?.();
		}
	};
}

const visits = new Map<string, Promise<Visit>>();
beforeAll(() => {
	const inTurn = limited(2);
	for (const path of SITE_PAGES) {
		const visited = inTurn(() => visit(path));
		// A failed visit fails that page's tests when they await it, not the run as an unhandled rejection.
		visited.catch(() => {});
		visits.set(path, visited);
	}
});

describe.each(SITE_PAGES)('%s', (path) => {
	let seen: Visit;
	// The last page waits for every visit before it: allow the whole sweep's time.
	beforeAll(async () => {
		seen = await visits.get(path)!;
	}, 600_000);

	test('a first visit downloads at most 35 kB gzip (60 kB with an island), everything it loads counted', () => {
		// Every request is one of ours, for a file in dist/.
		expect(seen.foreign).toEqual([]);
		expect(seen.files.filter(([, bytes]) => Number.isNaN(bytes))).toEqual([]);
		// Nothing of Pagefind before the reader shows intent to search.
		expect(seen.files.filter(([file]) => file.startsWith('/pagefind/'))).toEqual([]);
		// HTML, CSS and the script that runs the page at the least.
		expect(seen.files.some(([file]) => file.endsWith('.html'))).toBe(true);
		expect(seen.files.some(([file]) => file.endsWith('.css'))).toBe(true);
		expect(seen.files.some(([file]) => file.endsWith('.js'))).toBe(true);
		const total = seen.files.reduce((sum, [, bytes]) => sum + bytes, 0);
		expect(total, seen.files.map(([f, n]) => `${f} ${n}`).join('\n')).toBeLessThanOrEqual(firstVisitBudget(path));
	});

	test('loads with no console error, failed request or CSP violation', () => {
		expect(seen.problems).toEqual([]);
	});

	test.each(['light', 'dark'] as const)(
		'has no axe violations in the %s theme (WCAG 2.2 AA and best practice)',
		(theme) => {
			expect(seen.themes[theme].shown).toBe(theme);
			expect(seen.themes[theme].violations).toEqual([]);
		},
	);
});
