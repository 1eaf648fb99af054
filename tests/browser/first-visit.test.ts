import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUDGET } from '../../tooling/budgets';
import { distFileOf, gzipBytes } from '../../tooling/built-site';
import { useChromium } from '../support/browser';
import { readDataFolder } from '../support/data-files';
import { DIST } from '../support/site-pages';

const { baseUrl, browser } = useChromium();

describe('a first visit to a language profile', () => {
	test.each([...readDataFolder('languages').keys()])(
		'/languages/%s/ downloads at most 60 kB gzip, everything it loads counted',
		async (id) => {
			// A fresh context has an empty cache, like a first-time reader.
			const context = await browser.newContext();
			const page = await context.newPage();
			const loaded: string[] = [];
			page.on('requestfinished', (request) => loaded.push(request.url()));
			// Wait for a quiet network: Starlight fetches the search UI once the page is idle.
			await page.goto(`${baseUrl}/languages/${id}/`, { waitUntil: 'networkidle' });
			await context.close();
			// The preview server sends files uncompressed; a static host gzips them, so weigh the
			// same files gzipped. Every request must be one of ours, served from dist/.
			const files = loaded.map((url) => {
				expect(url.startsWith(baseUrl)).toBe(true);
				return distFileOf(DIST, new URL(url).pathname);
			});
			expect(files.every((file) => existsSync(file))).toBe(true);
			const bytes = files.map((file) => [file.slice(DIST.length), gzipBytes(readFileSync(file))] as const);
			const total = bytes.reduce((sum, [, size]) => sum + size, 0);
			// HTML, CSS and the script that runs the page at the least.
			expect(files.some((f) => f.endsWith('.css'))).toBe(true);
			expect(files.some((f) => f.endsWith('.js'))).toBe(true);
			expect(total, bytes.map(([f, n]) => `${f} ${n}`).join('\n')).toBeLessThanOrEqual(BUDGET.firstVisit);
		},
	);
});
