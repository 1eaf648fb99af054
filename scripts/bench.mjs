// `npm run bench`: builds the site and measures it against the quality targets in README.md
// ("Quality targets") and scripts/measure/budgets.ts. It prints a report and writes it, with the raw
// figures, to bench-results/ (git-ignored). Timings live here only; the test suite checks sizes and
// behaviour, never speed. Each part lives in scripts/bench/, named after what it measures.
//
// Needs Node 22.12 or newer (npm scripts put the project's Node 24 first on PATH), Debian's
// Chromium at /usr/bin/chromium (or CHROMIUM_PATH), and no network.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { folderBytes, log, median, timedBuild } from './bench/common.mjs';
import { lighthouseScores } from './bench/lighthouse.mjs';
import { measureFirstVisit, measureSearch } from './bench/network.mjs';
import { benchReport, loadNow } from './bench/report.mjs';
import { SCALE, scaledBuild } from './bench/scaling.mjs';
import { measureSearchOnIntent, searchOnIntentReport } from './bench/search-on-intent.mjs';
import { serveDist } from './bench/serve.mjs';
import { pageKindOf, pageWeight, sitemapPaths } from './measure/built-site.ts';

const ROOT = resolve('.');
const KINDS = ['home', 'guide', 'language', 'scenario', 'tool', 'team', 'reference'];

async function main() {
	const startLoad = loadNow();
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
		log('search on intent, slow 4G');
		searchOnIntent = await measureSearchOnIntent(base, dist);
		lighthouseRows = await lighthouseScores(base);
	} finally {
		server.close();
	}

	log(`scaling the content ×${SCALE}`);
	const scaled = scaledBuild(paths.length);

	// One object of figures feeds both the report and the raw JSON beside it.
	const figures = { startLoad, buildSeconds, paths, pagefindBytes, firstVisit, search, searchOnIntent, byKind, scaled };
	const { machine, report: baseReport } = benchReport({ ...figures, lighthouseRows });
	const report = [baseReport, '', ...searchOnIntentReport(searchOnIntent)].join('\n');
	console.log(report);

	const out = join(ROOT, 'bench-results');
	mkdirSync(out, { recursive: true });
	const stamp = new Date().toISOString().replace(/[:.]/g, '-');
	const raw = { machine, ...figures, paths: undefined, pages: paths.length, lighthouse: lighthouseRows };
	writeFileSync(join(out, `bench-${stamp}.json`), `${JSON.stringify(raw, null, '\t')}\n`);
	writeFileSync(join(out, `bench-${stamp}.md`), `${report}\n`);
	writeFileSync(join(out, 'latest.md'), `${report}\n`);
	log(`written to bench-results/bench-${stamp}.{md,json} and bench-results/latest.md`);
}

await main();
