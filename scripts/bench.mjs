// `npm run bench`: builds the site and measures it against the quality targets of DESIGN.md.
// It prints a report and writes it, with the raw figures, to bench-results/ (git-ignored).
// Timings live here only; the test suite checks sizes and behaviour, never speed.
//
// Needs Node 22.12 or newer (npm scripts put the project's Node 24 first on PATH), Debian's
// Chromium at /usr/bin/chromium (or CHROMIUM_PATH), and no network.

import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { BUDGET } from '../src/lib/quality/budgets.ts';
import { distFileOf, gzipBytes, pageKindOf, pageWeight, sitemapPaths } from '../src/lib/quality/built-site.ts';
import { measureSearchOnIntent, searchOnIntentReport } from './bench/search-on-intent.mjs';

const ROOT = resolve('.');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const KINDS = ['home', 'guide', 'language', 'scenario', 'tool', 'team', 'reference'];
/** The pages DESIGN.md sets Lighthouse targets for: home, a profile, a scenario, each island page. */
const LIGHTHOUSE_PAGES = [
	'/',
	'/languages/python/',
	'/scenarios/ai-mvp/',
	'/tools/stack-picker/',
	'/tools/scorecard/',
	'/tools/decision-record/',
	'/team/role-brief/',
];
const LIGHTHOUSE_TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
/** Search terms of each kind DESIGN.md names (language, framework, concept, scenario) and the page expected on top. */
const QUERIES = [
	['goroutines', '/languages/go/'],
	['Django', '/languages/python/'],
	['Laravel', '/languages/php/'],
	['pgvector', '/scenarios/ai-mvp/'],
	['fintech', '/scenarios/fintech-api/'],
	['virtual threads', '/languages/java-kotlin/'],
];
const SCALE = 10;

const log = (...args) => console.error('[bench]', ...args);
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs `astro build` in a folder and returns the wall-clock seconds it took. */
function timedBuild(cwd, extraEnv = {}) {
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
function folderBytes(dir) {
	let total = 0;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		total += statSync(path).isDirectory() ? folderBytes(path) : statSync(path).size;
	}
	return total;
}

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain',
};

/**
 * Serves dist/ the way a static host or CDN does, gzipping text on the fly, so that Lighthouse and
 * the network figures see compressed transfers (`astro preview` sends files uncompressed).
 */
function serveDist(dist) {
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		let file = distFileOf(dist, path);
		if (!existsSync(file) && existsSync(join(file, 'index.html'))) file = join(file, 'index.html');
		if (!existsSync(file) || statSync(file).isDirectory()) {
			res.writeHead(404, { 'content-type': 'text/html' }).end(readFileSync(join(dist, '404.html')));
			return;
		}
		const body = readFileSync(file);
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const gzip =
			/gzip/.test(String(req.headers['accept-encoding'])) && !/^(image\/(?!svg)|application\/octet)/.test(type);
		const compressed = gzip ? gzipSync(body, { level: 6 }) : body;
		const useGzip = gzip && compressed.length < body.length;
		res.writeHead(200, {
			'content-type': type,
			'cache-control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0',
			...(useGzip ? { 'content-encoding': 'gzip' } : {}),
		});
		res.end(useGzip ? compressed : body);
	});
	return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/**
 * What Chromium fetches while `action` runs (the page's dedicated workers included, where Pagefind
 * searches), weighed as a static host would send each file: gzipped, unless it is already
 * compressed (Pagefind's index and WebAssembly are), as `min(raw, gzip)` of the file in dist/.
 */
async function wireBytes(page, dist, action) {
	const urls = [];
	const record = (request) => urls.push(request.url());
	page.on('requestfinished', record);
	await action();
	page.off('requestfinished', record);
	const files = urls.map((url) => distFileOf(dist, new URL(url).pathname)).filter((file) => existsSync(file));
	const total = files.reduce((sum, file) => {
		const raw = readFileSync(file);
		return sum + Math.min(raw.length, gzipBytes(raw));
	}, 0);
	return { total, files };
}

/** Search figures in Chromium: bytes of the first query and how fast warm queries answer. */
async function measureSearch(base, dist) {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const page = await browser.newPage();
		await page.goto(`${base}/languages/python/`, { waitUntil: 'networkidle' });
		// Search loads on intent: the first query fetches Pagefind's runtime, its WebAssembly, the
		// index chunks and the result fragments.
		const first = await wireBytes(page, dist, async () => {
			await page
				.getByRole('button', { name: /search/i })
				.first()
				.click();
			await page
				.getByRole('dialog')
				.getByRole('searchbox', { name: /search/i })
				.fill('goroutines');
			await page.locator('dialog[open] ol a[href]').first().waitFor();
			await page.waitForLoadState('networkidle');
		});
		// Warm queries through Pagefind's API, in the page (its index is loaded now).
		const latencies = [];
		const ranks = [];
		for (const [query, expected] of QUERIES) {
			const { ms, urls } = await page.evaluate(async (q) => {
				const pagefind = await import('/pagefind/pagefind.js');
				await pagefind.init();
				const start = performance.now();
				const search = await pagefind.search(q);
				const top = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
				return { ms: performance.now() - start, urls: top.map((d) => new URL(d.url, location.href).pathname) };
			}, query);
			latencies.push(ms);
			const rank = urls.indexOf(expected);
			ranks.push({ query, expected, rank: rank === -1 ? null : rank + 1 });
		}
		return { firstQueryBytes: first.total, firstQueryFiles: first.files.length, warmMs: median(latencies), ranks };
	} finally {
		await browser.close();
	}
}

/** First visit to a profile over a gzipping server, as Chromium counts it. */
async function measureFirstVisit(base, dist) {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const page = await browser.newPage();
		const visit = await wireBytes(page, dist, () => page.goto(`${base}/languages/go/`, { waitUntil: 'networkidle' }));
		return visit.total;
	} finally {
		await browser.close();
	}
}

/** Lighthouse's mobile preset (simulated slow 4G, mid-range phone) on each page, with Debian's Chromium. */
async function lighthouseScores(base) {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
	});
	const rows = [];
	try {
		for (const path of LIGHTHOUSE_PAGES) {
			log('lighthouse', path);
			const result = await lighthouse(`${base}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: Object.keys(LIGHTHOUSE_TARGETS),
			});
			const categories = result?.lhr.categories ?? {};
			const scores = Object.fromEntries(
				Object.keys(LIGHTHOUSE_TARGETS).map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
			);
			// Name what cost points, so a score below target says where to look.
			const lost = Object.values(result?.lhr.audits ?? {})
				.filter(
					(a) =>
						typeof a.score === 'number' &&
						a.score < 1 &&
						a.scoreDisplayMode !== 'informative' &&
						a.scoreDisplayMode !== 'manual',
				)
				.filter((a) => Object.values(categories).some((c) => c.auditRefs.some((r) => r.id === a.id && r.weight > 0)))
				.map((a) => a.id);
			const ms = (id) => Math.round(result?.lhr.audits[id]?.numericValue ?? 0);
			const metrics = {
				fcp: ms('first-contentful-paint'),
				lcp: ms('largest-contentful-paint'),
				tbt: ms('total-blocking-time'),
			};
			rows.push({ path, ...scores, ...metrics, lost });
		}
	} finally {
		await chrome.kill();
	}
	return rows;
}

/**
 * Builds a copy of the project whose content is scaled ×10 with generated pages: each existing page
 * copied nine times under content/docs/bench-generated/, retitled, with a paragraph of words unique
 * to the copy (so the search index grows as it would with new prose, not only repeated words). The
 * copy lives in .scratch/ and is removed afterwards.
 */
function scaledBuild(pageCount) {
	mkdirSync(join(ROOT, '.scratch'), { recursive: true });
	const copy = mkdtempSync(join(ROOT, '.scratch', 'bench-scale-'));
	try {
		for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
			cpSync(join(ROOT, item), join(copy, item), { recursive: true });
		}
		const docs = join(copy, 'content', 'docs');
		const sources = [];
		const walk = (dir) => {
			for (const name of readdirSync(dir)) {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) walk(path);
				else if (/\.mdx?$/.test(name)) sources.push(path);
			}
		};
		walk(docs);
		const target = join(docs, 'bench-generated');
		mkdirSync(target);
		let generated = 0;
		for (let copyNo = 1; copyNo < SCALE; copyNo++) {
			for (const [i, source] of sources.entries()) {
				const text = readFileSync(source, 'utf8');
				const [, frontmatter = '', body = text] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
				// Generated pages are plain guides, outside the sidebar.
				let inHero = false;
				const fm = frontmatter
					.split('\n')
					.filter((line) => {
						// Drop the home page's hero block and template, and the page kind.
						if (/^hero:/.test(line)) inHero = true;
						else if (!/^\s/.test(line)) inHero = false;
						return !inHero && !/^(kind|template):/.test(line);
					})
					.map((line) =>
						line.replace(
							/^title:\s*(.*)$/,
							(_m, t) => `title: "Copy ${copyNo}: ${t.replace(/^"|"$/g, '').replace(/"/g, "'")}"`,
						),
					)
					.join('\n');
				const unique = Array.from({ length: 60 }, (_, w) => `synth${copyNo}x${i}w${w}`).join(' ');
				// Relative imports are rewritten for the new folder, so every component still resolves.
				const content = body.replace(/(from\s+['"])(\.\.?\/[^'"]+)(['"])/g, (_m, a, spec, b) => {
					const moved = relative(target, resolve(dirname(source), spec));
					return `${a}${moved.startsWith('.') ? moved : `./${moved}`}${b}`;
				});
				writeFileSync(
					join(target, `copy-${copyNo}-${i}.mdx`),
					`---\n${fm}\nkind: guide\n---\n\n${content}\n\n${unique}\n`,
				);
				generated++;
			}
		}
		const seconds = timedBuild(copy);
		const pages = sitemapPaths(join(copy, 'dist')).length;
		const index = folderBytes(join(copy, 'dist', 'pagefind'));
		return { seconds, pages, index, generated, basePages: pageCount };
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
}

async function main() {
	const startLoad = loadavg()
		.map((l) => l.toFixed(1))
		.join(' / ');
	log('building the site');
	const buildSeconds = timedBuild(ROOT);
	const dist = join(ROOT, 'dist');
	const paths = sitemapPaths(dist);
	const pagefindBytes = folderBytes(join(dist, 'pagefind'));

	const byKind = KINDS.map((kind) => {
		const weights = paths.filter((p) => pageKindOf(p) === kind).map((p) => pageWeight(dist, p));
		return {
			kind,
			pages: weights.length,
			htmlMedian: median(weights.map((w) => w.html)),
			htmlMax: Math.max(0, ...weights.map((w) => w.html)),
			css: median(weights.map((w) => w.css)),
			js: Math.max(0, ...weights.map((w) => w.js)),
			islands: weights.filter((w) => w.hasIsland).length,
		};
	}).filter((row) => row.pages > 0);

	const server = await serveDist(dist);
	const base = `http://127.0.0.1:${server.address().port}`;
	let search;
	let firstVisit;
	let lighthouseRows;
	let searchOnIntent;
	try {
		log('search in Chromium');
		search = await measureSearch(base, dist);
		firstVisit = await measureFirstVisit(base, dist);
		searchOnIntent = await measureSearchOnIntent(base, dist);
		lighthouseRows = await lighthouseScores(base);
	} finally {
		server.close();
	}

	log(`scaling the content ×${SCALE}`);
	const scaled = scaledBuild(paths.length);

	// Timings depend on what else the machine is doing; the load average says how busy it was.
	const machine = `${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.versions.node}, load average at start ${startLoad}`;
	const lines = [];
	lines.push(`# Benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
	lines.push('');
	lines.push(`Machine: ${machine}`);
	lines.push('');
	lines.push('| measure | value | target (DESIGN.md) |');
	lines.push('| --- | --- | --- |');
	lines.push(`| build time | ${buildSeconds.toFixed(1)} s | < 30 s on 2 cores |`);
	lines.push(`| pages (sitemap) | ${paths.length} | |`);
	lines.push(`| search index (dist/pagefind) | ${kB(pagefindBytes)} | |`);
	lines.push(`| first visit, /languages/go/ (gzip) | ${kB(firstVisit)} | ≤ ${kB(BUDGET.firstVisit)} |`);
	lines.push(
		`| first search query downloads | ${kB(search.firstQueryBytes)} (${search.firstQueryFiles} files) | ≤ ${kB(BUDGET.firstQuery)} |`,
	);
	lines.push(`| warm query latency (median of ${QUERIES.length}) | ${search.warmMs.toFixed(1)} ms | |`);
	lines.push('');
	lines.push('Per page kind, gzip bytes (HTML median / largest; CSS median; JS largest):');
	lines.push('');
	lines.push('| kind | pages | HTML | CSS | JS | island pages |');
	lines.push('| --- | --- | --- | --- | --- | --- |');
	for (const r of byKind) {
		lines.push(
			`| ${r.kind} | ${r.pages} | ${kB(r.htmlMedian)} / ${kB(r.htmlMax)} | ${kB(r.css)} | ${kB(r.js)} | ${r.islands} |`,
		);
	}
	lines.push('');
	lines.push(
		`Budgets: HTML ≤ ${kB(BUDGET.html)} (${kB(BUDGET.htmlWithIsland)} with an island); JS ≤ ${kB(BUDGET.jsWithoutIsland)} without an island, ≤ ${kB(BUDGET.jsWithIsland)} with one.`,
	);
	lines.push('');
	lines.push('Search ranking (position of the expected page in the results; target: top 3):');
	lines.push('');
	lines.push('| query | expected | rank |');
	lines.push('| --- | --- | --- |');
	for (const r of search.ranks) lines.push(`| ${r.query} | ${r.expected} | ${r.rank ?? 'not in top 5'} |`);
	lines.push('');
	lines.push(`Scaling ×${SCALE} (${scaled.generated} generated pages in a temporary copy):`);
	lines.push('');
	lines.push('| | pages | build time | search index |');
	lines.push('| --- | --- | --- | --- |');
	lines.push(`| site | ${paths.length} | ${buildSeconds.toFixed(1)} s | ${kB(pagefindBytes)} |`);
	lines.push(
		`| ×${SCALE} | ${scaled.pages} | ${scaled.seconds.toFixed(1)} s (×${(scaled.seconds / buildSeconds).toFixed(1)}) | ${kB(scaled.index)} (×${(scaled.index / pagefindBytes).toFixed(1)}) |`,
	);
	lines.push('');
	lines.push('Lighthouse, mobile preset, Debian Chromium, served gzipped from dist/:');
	lines.push('');
	lines.push(
		`| page | performance (≥ ${LIGHTHOUSE_TARGETS.performance}) | accessibility (${LIGHTHOUSE_TARGETS.accessibility}) | best practices (${LIGHTHOUSE_TARGETS['best-practices']}) | SEO (${LIGHTHOUSE_TARGETS.seo}) | FCP / LCP / TBT | audits that cost points |`,
	);
	lines.push('| --- | --- | --- | --- | --- | --- | --- |');
	const mark = (score, target) => `${score}${score >= target ? '' : ' ✗'}`;
	for (const r of lighthouseRows) {
		lines.push(
			`| ${r.path} | ${mark(r.performance, LIGHTHOUSE_TARGETS.performance)} | ${mark(r.accessibility, 100)} | ${mark(r['best-practices'], 100)} | ${mark(r.seo, 100)} | ${r.fcp} / ${r.lcp} / ${r.tbt} ms | ${r.lost.join(', ') || '—'} |`,
		);
	}
	lines.push('', ...searchOnIntentReport(searchOnIntent));
	const report = lines.join('\n');
	console.log(report);

	const out = join(ROOT, 'bench-results');
	mkdirSync(out, { recursive: true });
	const stamp = new Date().toISOString().replace(/[:.]/g, '-');
	const raw = {
		machine,
		buildSeconds,
		pages: paths.length,
		pagefindBytes,
		firstVisit,
		search,
		byKind,
		scaled,
		lighthouse: lighthouseRows,
		searchOnIntent,
	};
	writeFileSync(join(out, `bench-${stamp}.json`), `${JSON.stringify(raw, null, '\t')}\n`);
	writeFileSync(join(out, `bench-${stamp}.md`), `${report}\n`);
	writeFileSync(join(out, 'latest.md'), `${report}\n`);
	log(`written to bench-results/bench-${stamp}.{md,json} and bench-results/latest.md`);
}

await main();
