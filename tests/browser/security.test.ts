import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { firstByRole, newPage, useChromium, watchErrors } from '../support/browser';
import { searchFor } from '../support/search-dialog';

const { baseUrl, browser } = useChromium();

/**
 * Opens a page that records every Content-Security-Policy violation (the browser's
 * `securitypolicyviolation` event) as well as console errors, page errors and failed requests.
 */
async function watchedPage(): Promise<{ page: Page; problems: () => Promise<string[]> }> {
	const page = await newPage(browser);
	const errors = watchErrors(page);
	// Injected through the DevTools protocol, so the policy does not block the listener itself.
	await page.evaluateOnNewDocument(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`CSP ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
		);
	});
	const problems = async () => [
		...errors,
		...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
	];
	return { page, problems };
}

describe('under the Content-Security-Policy', () => {
	test.each(['x"]', '</script><img src=x>', 'Light'])(
		'a corrupted starlight-theme value (%j) in storage is dropped before it can throw',
		async (value) => {
			const { page, problems } = await watchedPage();
			// Set before any script of the page runs, as a value left by an earlier visit would be.
			await page.evaluateOnNewDocument((stored) => {
				if (!sessionStorage.getItem('seeded')) {
					localStorage.setItem('starlight-theme', stored);
					sessionStorage.setItem('seeded', '1');
				}
			}, value);
			for (const path of ['/', '/languages/go/', '/tools/scorecard/']) {
				await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle0' });
				expect(await problems(), path).toEqual([]);
			}
			// Gone, or replaced by Starlight's own "auto" (an empty string) once its theme picker has run.
			expect(['', null]).toContain(await page.evaluate(() => localStorage.getItem('starlight-theme')));
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toMatch(/^(light|dark)$/);
			// The theme picker still works, and what it stores is kept.
			const picker = await firstByRole(page, 'combobox', { name: /theme/i });
			await picker.select('light');
			await page.reload({ waitUntil: 'networkidle0' });
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
			expect(await problems()).toEqual([]);
			await page.close();
		},
	);

	test('search works: WebAssembly compiles and results come back with no violation', async () => {
		const { page, problems } = await watchedPage();
		await page.goto(`${baseUrl}/languages/python/`, { waitUntil: 'networkidle0' });
		const policy = await page.$eval('meta[http-equiv="content-security-policy"]', (meta) =>
			meta.getAttribute('content'),
		);
		expect(policy).toContain("'wasm-unsafe-eval'");
		const hrefs = await searchFor(page, 'fintech');
		expect(hrefs).toContain('/scenarios/fintech-api/');
		expect(await problems()).toEqual([]);
		await page.close();
	});

	test('an inline script injected into a page is blocked and reported', async () => {
		// The positive control: shows that the policy is enforced and that violations are seen.
		const { page, problems } = await watchedPage();
		await page.goto(`${baseUrl}/`);
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.injected = true;';
			document.body.append(script);
		});
		// The violation event is queued: wait for it rather than for a fixed time.
		await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
		expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
		expect((await problems()).join('\n')).toMatch(/CSP script-src-elem blocked inline/);
		await page.close();
	});
});
