// The benchmark's report: one Markdown page of figures, each beside its target.

import { availableParallelism, cpus, loadavg } from 'node:os';
import { BUDGET, BUILD_TARGET, LIGHTHOUSE_TARGETS } from '../measure/budgets.ts';
import { kB } from './common.mjs';
import { QUERIES } from './network.mjs';
import { SCALE } from './scaling.mjs';

/** The machine's load average now, to print how busy it was when the timings were taken. */
export const loadNow = () =>
	loadavg()
		.map((l) => l.toFixed(1))
		.join(' / ');

/** The Markdown report of every figure `npm run bench` measured, and the machine line it names. */
export function benchReport(figures) {
	const { startLoad, buildSeconds, paths, pagefindBytes, firstVisit, search, byKind, scaled, lighthouseRows } = figures;
	// Timings depend on what else the machine is doing; the load average says how busy it was.
	const machine = `${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.versions.node}, load average at start ${startLoad}`;
	const lines = [];
	lines.push(`# Benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
	lines.push('');
	lines.push(`Machine: ${machine}`);
	lines.push('');
	lines.push('| measure | value | target |');
	lines.push('| --- | --- | --- |');
	lines.push(`| build time | ${buildSeconds.toFixed(1)} s | < ${BUILD_TARGET.seconds} s on 2 cores |`);
	lines.push(`| pages (sitemap) | ${paths.length} | |`);
	lines.push(`| search index (dist/pagefind) | ${kB(pagefindBytes)} | |`);
	lines.push(`| first visit, /languages/go/ (gzip) | ${kB(firstVisit)} | ≤ ${kB(BUDGET.firstVisit)} |`);
	lines.push(
		`| first search query downloads (after intent) | ${kB(search.firstQueryBytes)} (${search.firstQueryFiles} files) | ≤ ${kB(BUDGET.intentToFirstResult)} |`,
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
		`Budgets: HTML ≤ ${kB(BUDGET.html)} (${kB(BUDGET.htmlWithIsland)} with an island); JS ≤ ${kB(BUDGET.jsWithoutIsland)} without an island, ≤ ${kB(BUDGET.jsWithIsland)} with one; a first visit ≤ ${kB(BUDGET.firstVisit)} without an island, ≤ ${kB(BUDGET.firstVisitWithIsland)} with one.`,
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
	return { machine, report: lines.join('\n') };
}
