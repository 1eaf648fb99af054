import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { ISLAND_SELECTOR } from '../../scripts/measure/built-site';
import { aria, newPage, useChromium } from '../support/browser';
import { ISLAND_PAGES, LANDING_PAGES } from '../support/site-pages';

const { baseUrl, browser } = useChromium();

/** Where keyboard focus is now, and whether a sighted keyboard user can see it. */
async function focusState(page: Page) {
	return page.evaluate((islands) => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return null;
		const style = getComputedStyle(el);
		const rect = el.getBoundingClientRect();
		const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
		return {
			label: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
			visible: (outline || style.boxShadow !== 'none') && rect.width > 0 && rect.height > 0,
			inMain: !!el.closest('main'),
			inIsland: !!el.closest(islands),
		};
	}, ISLAND_SELECTOR);
}

/** Presses Tab until focus comes back round (or 400 stops), recording every stop. */
async function tabThrough(page: Page) {
	const stops: { label: string; visible: boolean; inIsland: boolean; id: string }[] = [];
	// Mark each element once, so that coming back to the first stop ends the walk.
	for (let i = 0; i < 400; i++) {
		await page.keyboard.press('Tab');
		const state = await focusState(page);
		if (!state) continue;
		const id = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			el.dataset.tabStop ??= String(Math.random());
			return el.dataset.tabStop;
		});
		// A date input takes several Tab presses (day, month, year) on one element: one stop.
		if (stops.at(-1)?.id === id) continue;
		if (stops.some((s) => s.id === id)) break;
		stops.push({ label: state.label, visible: state.visible, inIsland: state.inIsland, id });
	}
	return stops;
}

describe('keyboard', () => {
	test.each([...LANDING_PAGES, ...ISLAND_PAGES])(
		'on %s the first Tab reaches a visible skip link that leads into main',
		async (path) => {
			const page = await newPage(browser);
			await page.goto(`${baseUrl}${path}`);
			await page.keyboard.press('Tab');
			const skip = await page.waitForSelector(aria('link', 'Skip to content'));
			expect(await skip!.evaluate((el) => el === document.activeElement)).toBe(true);
			expect((await focusState(page))?.visible).toBe(true);
			await page.keyboard.press('Enter');
			// The fragment navigation can land just after the key press resolves on a loaded machine.
			await expect.poll(() => new URL(page.url()).hash).toBe('#_top');
			expect(await page.evaluate(() => !!document.getElementById('_top')?.closest('main'))).toBe(true);
			// Sequential navigation now starts at the main heading: the next stop is inside main.
			await page.keyboard.press('Tab');
			expect((await focusState(page))?.inMain).toBe(true);
			await page.close();
		},
	);

	test.each([...LANDING_PAGES, ...ISLAND_PAGES, '/team/hiring-checklist/', '/reference/glossary/'])(
		'every keyboard stop on %s shows a visible focus indicator',
		async (path) => {
			const page = await newPage(browser);
			await page.goto(`${baseUrl}${path}`);
			const stops = await tabThrough(page);
			expect(stops.length).toBeGreaterThan(5);
			expect(stops.filter((s) => !s.visible).map((s) => s.label)).toEqual([]);
			await page.close();
		},
	);

	test.each(ISLAND_PAGES)('every control of the island on %s is reachable with Tab', async (path) => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}${path}`);
		const selector = `:is(${ISLAND_SELECTOR}) :is(a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"]))`;
		// Islands hydrate on load or when visible: scroll through the page, then let the network settle.
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await page.waitForNetworkIdle();
		await page.evaluate(() => window.scrollTo(0, 0));
		// Every island marks its root with data-ready once it is interactive (the picker's questions are
		// enabled, the record is built).
		await page.waitForFunction(
			(islands) => [...document.querySelectorAll(islands)].every((island) => island.querySelector('[data-ready]')),
			{},
			ISLAND_SELECTOR,
		);
		expect((await page.$$(ISLAND_SELECTOR)).length).toBeGreaterThan(0);
		// The tab stops the island's rendered controls should give: one per control, one per radio
		// group, one per disclosure's summary (controls inside a closed one are not rendered).
		const expected = await page.$$eval(selector, (els) => {
			const shown = els.filter((el) => el.checkVisibility());
			const key = (el: Element) => (el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : el);
			return new Set(shown.map(key)).size;
		});
		expect(expected).toBeGreaterThan(0);
		const stops = await tabThrough(page);
		// Exactly as many: a missing stop is a control no keyboard can reach.
		expect(stops.filter((s) => s.inIsland).length).toBe(expected);
		await page.close();
	});
});
