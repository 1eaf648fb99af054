import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUDGET } from '../../tooling/budgets';
import { distFileOf, gzipBytes } from '../../tooling/built-site';
import { useChromium } from '../support/browser';
import { DIST, ISLAND_PAGES, SITE_PAGES } from '../support/site-pages';

const { baseUrl, browser } = useChromium();

/**
 * What a page may download on a first visit: 35 kB for a page without an island. An island page may
 * add its island's budget, as `BUDGET` grants it: its JavaScript (10 kB; 12 kB for the decision
 * record, which carries two codecs) and its server-rendered markup and props in the HTML (10 kB).
 */
function firstVisitBudget(path: string): number {
	if (!ISLAND_PAGES.includes(path)) return BUDGET.firstVisit;
	const js =
		path === '/tools/decision-record/'
			? BUDGET.jsDecisionRecord - BUDGET.jsWithoutIsland
			: BUDGET.jsWithIsland - BUDGET.jsWithoutIsland;
	return BUDGET.firstVisit + js + (BUDGET.htmlWithIsland - BUDGET.html);
}

describe('a first visit', () => {
	test.each(SITE_PAGES)(
		'%s downloads at most 35 kB gzip (plus its island), everything it loads counted',
		async (path) => {
			// A fresh context has an empty cache, like a first-time reader.
			const context = await browser.createBrowserContext();
			const page = await context.newPage();
			const loaded: string[] = [];
			// A `data:` URL is inside a file already counted (Puppeteer reports it as a request too).
			page.on('requestfinished', (request) => {
				if (!request.url().startsWith('data:')) loaded.push(request.url());
			});
			// Wait for a quiet network, so that anything fetched when the page goes idle is counted too.
			await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle0' });
			await context.close();
			// The preview server sends files uncompressed; a static host gzips them, so weigh the
			// same files gzipped. Every request must be one of ours, served from dist/.
			const files = loaded.map((url) => {
				expect(url.startsWith(baseUrl), url).toBe(true);
				return distFileOf(DIST, new URL(url).pathname);
			});
			expect(files.every((file) => existsSync(file))).toBe(true);
			// Nothing of Pagefind before the reader shows intent to search.
			expect(files.filter((file) => file.includes('/pagefind/'))).toEqual([]);
			const bytes = files.map((file) => [file.slice(DIST.length), gzipBytes(readFileSync(file))] as const);
			const total = bytes.reduce((sum, [, size]) => sum + size, 0);
			// HTML, CSS and the script that runs the page at the least.
			expect(files.some((f) => f.endsWith('.css'))).toBe(true);
			expect(files.some((f) => f.endsWith('.js'))).toBe(true);
			expect(total, bytes.map(([f, n]) => `${f} ${n}`).join('\n')).toBeLessThanOrEqual(firstVisitBudget(path));
		},
	);
});
