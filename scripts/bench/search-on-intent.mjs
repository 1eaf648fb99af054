// Search on intent (issue 12): what a first visit costs per page kind, what the reader downloads
// from the moment they show intent (the search shortcut) to the first result, and how long that
// takes on an emulated slow 4G line. Called from `scripts/bench.mjs`; it also runs on its own
// against any built folder, which is how the "before" figures were taken from main's build:
//
//   node scripts/bench/search-on-intent.mjs [dist-folder]
//
// Timings depend on the machine's load; the byte figures do not (they are also browser tests).

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGET } from '../measure/budgets.ts';
import { distFileOf, gzipBytes, pageKindOf, sitemapPaths } from '../measure/built-site.ts';
import { launchChromium } from './common.mjs';

/** The query typed after the shortcut: a word found on one page, as a reader looking for Go would. */
const QUERY = 'goroutines';
const RUNS = 5;
/** Chrome's "slow 4G" preset as the issue sets it: 150 ms round trip, 1.6 Mbps down, 750 kbps up (bytes per second). */
const SLOW_4G = { latency: 150, download: 1_600_000 / 8, upload: 750_000 / 8 };
/** A result link in the open search dialog: Pagefind's default UI and ours both render one per result. */
const FIRST_RESULT = 'dialog[open] a[href]';
/**
 * A result's excerpt: Pagefind's first full-text result, which ours shows once the page's fragment has
 * arrived (after the title list's matches, while Pagefind loads).
 */
const FIRST_EXCERPT = 'dialog[open] .search-excerpt, dialog[open] .pagefind-ui__result-excerpt';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A file as a static host sends it: gzipped, unless that makes it larger (Pagefind's files are gzipped already). */
function wireSize(dist, url) {
	const file = distFileOf(dist, new URL(url).pathname);
	if (!existsSync(file)) return 0;
	const raw = readFileSync(file);
	return Math.min(raw.length, gzipBytes(raw));
}

/** Records the same-origin requests Chromium makes (dedicated workers included) until `stop()`. */
function recordRequests(page) {
	const urls = [];
	const record = (request) => urls.push(request.url());
	page.on('requestfinished', record);
	return () => {
		page.off('requestfinished', record);
		return urls;
	};
}

/** One page of each kind, fetched as a first-time reader (empty cache) until the network is quiet. */
async function firstVisitByKind(browser, base, dist) {
	const paths = sitemapPaths(dist);
	const rows = [];
	for (const kind of ['home', 'guide', 'language', 'scenario', 'tool', 'team', 'reference']) {
		const path = paths.find((p) => pageKindOf(p) === kind);
		if (!path) continue;
		const context = await browser.createBrowserContext();
		const page = await context.newPage();
		const stop = recordRequests(page);
		await page.goto(`${base}${path}`, { waitUntil: 'networkidle0' });
		const bytes = stop().reduce((sum, url) => sum + wireSize(dist, url), 0);
		await context.close();
		rows.push({ kind, path, bytes });
	}
	return rows;
}

/**
 * One run: a fresh page on the emulated line with the cache off, loaded until quiet; then the
 * shortcut, the query typed at once, and the time until the first result link is in the dialog,
 * measured inside the page from the shortcut's keydown.
 */
async function oneRun(browser, base, dist) {
	const context = await browser.createBrowserContext();
	const page = await context.newPage();
	await page.setCacheEnabled(false);
	await page.emulateNetworkConditions(SLOW_4G);
	await page.goto(`${base}/languages/python/`, { waitUntil: 'networkidle0' });
	await page.evaluate(
		([result, excerpt]) => {
			let start = 0;
			addEventListener(
				'keydown',
				() => {
					start ||= performance.now();
				},
				{ capture: true },
			);
			const when = (selector) =>
				new Promise((done) => {
					new MutationObserver((_, observer) => {
						if (start && document.querySelector(selector)) {
							observer.disconnect();
							done(performance.now() - start);
						}
					}).observe(document.body, { subtree: true, childList: true, attributes: true });
				});
			window.__firstResult = when(result);
			window.__firstExcerpt = when(excerpt);
		},
		[FIRST_RESULT, FIRST_EXCERPT],
	);
	const stop = recordRequests(page);
	const stopAtExcerpt = recordRequests(page);
	// The shortcut: Control held while K goes down (Puppeteer presses one key at a time).
	await page.keyboard.down('Control');
	await page.keyboard.press('k');
	await page.keyboard.up('Control');
	await page.keyboard.type(QUERY);
	const ms = await page.evaluate(() => window.__firstResult);
	const bytes = stop().reduce((sum, url) => sum + wireSize(dist, url), 0);
	const excerptMs = await page.evaluate(() => window.__firstExcerpt);
	const excerptBytes = stopAtExcerpt().reduce((sum, url) => sum + wireSize(dist, url), 0);
	await context.close();
	return { ms, bytes, excerptMs, excerptBytes };
}

/** Measures a built site served at `base` from `dist`. */
export async function measureSearchOnIntent(base, dist) {
	const browser = await launchChromium();
	try {
		const firstVisit = await firstVisitByKind(browser, base, dist);
		const runs = [];
		for (let i = 0; i < RUNS; i++) runs.push(await oneRun(browser, base, dist));
		return {
			firstVisit,
			intentBytes: Math.max(...runs.map((r) => r.bytes)),
			medianMs: median(runs.map((r) => r.ms)),
			runsMs: runs.map((r) => Math.round(r.ms)),
			excerptBytes: Math.max(...runs.map((r) => r.excerptBytes)),
			excerptMedianMs: median(runs.map((r) => r.excerptMs)),
			excerptRunsMs: runs.map((r) => Math.round(r.excerptMs)),
		};
	} finally {
		await browser.close();
	}
}

/**
 * The figures measured on main's build before this change (2026-11-30, same machine, same method),
 * printed beside today's so a regression shows.
 */
export const BEFORE = {
	firstVisit: {
		home: 51_603,
		guide: 55_661,
		language: 56_894,
		scenario: 56_063,
		tool: 54_660,
		team: 57_556,
		reference: 56_293,
	},
	intentBytes: 133_602,
	/** Runs: 6808, 5432, 7105, 5337, 4640 ms, with the machine's load average near 7 on 2 cores. */
	medianMs: 5_432,
};

/** The report's lines, Markdown, with the "before" figures and the targets beside today's. */
export function searchOnIntentReport(result) {
	const lines = [
		`Search on intent (first result of "${QUERY}" after Ctrl K; ${RUNS} runs on slow 4G: 150 ms RTT, 1.6 Mbps, cache off):`,
		'',
		'| measure | before | now | target |',
		'| --- | --- | --- | --- |',
	];
	for (const row of result.firstVisit) {
		lines.push(
			`| first visit, ${row.kind} (${row.path}) | ${kB(BEFORE.firstVisit[row.kind] ?? 0)} | ${kB(row.bytes)} | ≤ ${kB(BUDGET.firstVisit)}${row.kind === 'tool' ? ' + island' : ''} |`,
		);
	}
	lines.push(
		`| bytes, intent → first result | ${kB(BEFORE.intentBytes)} | ${kB(result.intentBytes)} | ≤ ${kB(BUDGET.intentToFirstResult)} |`,
	);
	lines.push(
		`| shortcut → first result, median | ${Math.round(BEFORE.medianMs)} ms | ${Math.round(result.medianMs)} ms (runs: ${result.runsMs.join(', ')}) | ≤ 1000 ms |`,
	);
	// Before, a result was listed only with its excerpt; now titles come first, so both are shown.
	lines.push(`| bytes, intent → first result's excerpt | ${kB(BEFORE.intentBytes)} | ${kB(result.excerptBytes)} | |`);
	lines.push(
		`| shortcut → first result's excerpt, median | ${Math.round(BEFORE.medianMs)} ms | ${Math.round(result.excerptMedianMs)} ms (runs: ${result.excerptRunsMs.join(', ')}) | |`,
	);
	return lines;
}

/** A static host for a folder: gzip on the fly, as `scripts/bench.mjs` serves dist/. */
export function serve(dist) {
	const types = {
		'.html': 'text/html; charset=utf-8',
		'.css': 'text/css',
		'.js': 'text/javascript',
		'.json': 'application/json',
		'.svg': 'image/svg+xml',
		'.wasm': 'application/wasm',
	};
	const server = createServer((req, res) => {
		let file = distFileOf(dist, new URL(req.url ?? '/', 'http://x').pathname);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return res.writeHead(404).end();
		const body = readFileSync(file);
		const gz = gzipSync(body, { level: 6 });
		const zip = /gzip/.test(String(req.headers['accept-encoding'])) && gz.length < body.length;
		res.writeHead(200, {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			...(zip ? { 'content-encoding': 'gzip' } : {}),
		});
		res.end(zip ? gz : body);
	});
	return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dist = resolve(process.argv[2] ?? 'dist');
	const server = await serve(dist);
	try {
		const result = await measureSearchOnIntent(`http://127.0.0.1:${server.address().port}`, dist);
		console.log(searchOnIntentReport(result).join('\n'));
		console.log(JSON.stringify(result));
	} finally {
		server.close();
	}
}
