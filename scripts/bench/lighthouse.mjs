// Lighthouse scores of the pages readers land on most, with Debian's Chromium.

import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { LIGHTHOUSE_PAGES, LIGHTHOUSE_TARGETS } from '../measure/budgets.ts';
import { CHROMIUM, log } from './common.mjs';

/** Lighthouse's mobile preset (simulated slow 4G, mid-range phone) on each page, with Debian's Chromium. */
export async function lighthouseScores(base) {
	// Puppeteer (the project's browser client) starts Chromium with a debugging port; Lighthouse
	// connects to that port itself, as its documentation shows for a browser started elsewhere.
	const browser = await puppeteer.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--remote-debugging-port=0'],
	});
	const port = Number(new URL(browser.wsEndpoint()).port);
	const rows = [];
	try {
		for (const path of LIGHTHOUSE_PAGES) {
			log('lighthouse', path);
			const result = await lighthouse(`${base}${path}`, {
				port,
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
		await browser.close();
	}
	return rows;
}
