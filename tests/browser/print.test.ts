import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { allByRole, aria, byRole, firstByRole, newPage, useChromium } from '../support/browser';
import { pdfPageCount } from '../support/pdf';

const { baseUrl, browser } = useChromium();

/** The most pages each Team page may print to, on both paper sizes. */
const PAGE_LIMITS = [
	['/team/hiring-checklist/', 2],
	['/team/onboarding-plan/', 2],
] as const;

describe('printing the Team pages', () => {
	test.each(
		PAGE_LIMITS.flatMap(([path, max]) => (['A4', 'Letter'] as const).map((format) => [path, format, max] as const)),
	)('%s prints on at most two %s pages, with a tick included', async (path, format, max) => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}${path}`);
		// A ticked box must not change the layout, so print with one ticked.
		await byRole(page, 'checkbox').click();
		expect(await allByRole(page, 'checkbox', { checked: true })).toHaveLength(1);
		const pdf = await page.pdf({ format });
		const pages = await pdfPageCount(pdf);
		console.info(`${path} on ${format}: ${pages} page(s)`);
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(pages).toBeLessThanOrEqual(max);
		await page.close();
	});

	test('the page counter agrees with a known multi-page document', async () => {
		// Guards the counter itself: a long page must count as more than one page.
		const page = await newPage(browser);
		await page.setContent(`<main>${'<p style="break-after: page">page</p>'.repeat(3)}</main>`);
		expect(await pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(3);
		await page.close();
	});

	describe.each([
		['/team/hiring-checklist/', 'Backend hiring checklist'],
		['/team/onboarding-plan/', 'First-month onboarding plan'],
		// The printed role brief is the brief alone, under its own title.
		['/team/role-brief/?language=go', 'Backend engineer (Go)'],
	])('%s in print', (path, printedTitle) => {
		let page: Page;
		beforeAll(async () => {
			page = await newPage(browser);
			await page.goto(`${baseUrl}${path}`);
			await page.emulateMediaType('print');
		});
		afterAll(async () => {
			await page.close();
		});

		test('hides the header, sidebar, search, theme select, table of contents, skip link and buttons', async () => {
			// Always on screen, so each must be seen there first: a selector that matches nothing
			// cannot pass for hidden.
			const hidden = [
				'.page > header',
				'nav.sidebar',
				// The custom element draws no box of its own; its control does.
				'.search-button',
				'starlight-theme-select select',
				'.sl-skip-link',
			];
			// Only on pages that have a table of contents or neighbours; hidden on paper where present.
			const hiddenWherePresent = ['.right-sidebar-container', '.pagination-links'];
			const visibleCount = (selector: string) =>
				page.$$eval(selector, (els) => els.filter((el) => el.checkVisibility()).length);
			await page.emulateMediaType('screen');
			const onScreen = await Promise.all(hidden.map(visibleCount));
			await page.emulateMediaType('print');
			for (const [i, selector] of hidden.entries()) expect(onScreen[i], `${selector} on screen`).toBeGreaterThan(0);
			for (const selector of hiddenWherePresent) expect(await visibleCount(selector), `${selector} on paper`).toBe(0);
			for (const selector of hidden) expect(await visibleCount(selector), `${selector} on paper`).toBe(0);
			// On screen each page has one of these buttons; on paper the accessibility tree has none.
			const buttons = /print|clear all ticks|copy as markdown/i;
			await page.emulateMediaType('screen');
			expect((await allByRole(page, 'button', { name: buttons })).length).toBeGreaterThan(0);
			await page.emulateMediaType('print');
			expect(await allByRole(page, 'button', { name: buttons })).toHaveLength(0);
			expect(await (await firstByRole(page, 'heading', { name: printedTitle })).isVisible()).toBe(true);
		});

		test('prints where internal links go', async () => {
			const link = await page.waitForSelector('main .sl-markdown-content a[href^="/"]');
			const { after, href } = await link!.evaluate((a) => ({
				after: getComputedStyle(a, '::after').content,
				href: a.getAttribute('href') ?? '',
			}));
			expect(href).not.toBe('');
			expect(after).toContain(href);
		});
	});

	test('the printed checklist keeps its section headings smaller than its title', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/team/hiring-checklist/`, { waitUntil: 'networkidle0' });
		await page.emulateMediaType('print');
		const size = async (name: string, level: number) =>
			(await firstByRole(page, 'heading', { name, level })).evaluate((h) =>
				Number.parseFloat(getComputedStyle(h).fontSize),
			);
		expect(await size('Skill matrix', 2)).toBeLessThan(await size('Backend hiring checklist', 1));
		await page.close();
	});

	test.each([
		['/team/hiring-checklist/', '.question, .ticks li, tr'],
		['/team/onboarding-plan/', '.week, .ticks li'],
	])('%s keeps every item whole across page breaks and prints its boxes', async (path, items) => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle0' });
		await page.emulateMediaType('print');
		const breaks = await page.$$eval(items, (els) => els.map((el) => getComputedStyle(el).breakInside));
		expect(breaks.length).toBeGreaterThan(3);
		expect(new Set(breaks)).toEqual(new Set(['avoid']));
		const boxes = await page.$$(aria('checkbox'));
		expect(boxes.length).toBeGreaterThan(5);
		expect(await boxes[0]!.isVisible()).toBe(true);
		await page.close();
	});
});
