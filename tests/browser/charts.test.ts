import type { BrowserContext, Page } from 'puppeteer-core';
import { afterEach, describe, expect, test } from 'vitest';
import { RATING_MAX } from '../../src/schemas';
import { allByRole, aria, newPage, type PageOptions, useChromium } from '../support/browser';
import { readDataFolder } from '../support/data-files';

// The charts are checked against the YAML files themselves, not against the attributes the
// components write, so a chart that drew the wrong length or order would fail here.
const { baseUrl, browser } = useChromium();

interface CriterionYaml {
	label: string;
	short: string;
	order: number;
	scale: { score: number; label: string }[];
}
interface LanguageYaml {
	name: string;
	short: string;
	order: number;
	ratings: { criterion: string; score: number }[];
}
interface ScenarioYaml {
	title: string;
	stack: { layer: string; choice: string; alternatives: string[] }[];
}

const byOrder = <T extends { order: number }>(entries: Map<string, T>) =>
	[...entries].sort(([, a], [, b]) => a.order - b.order);
const criteria = byOrder(readDataFolder('criteria') as Map<string, CriterionYaml>);
const languages = byOrder(readDataFolder('languages') as Map<string, LanguageYaml>);
const scenarios = [...(readDataFolder('scenarios') as Map<string, ScenarioYaml>)];
const scoreOf = (language: LanguageYaml, criterion: string) =>
	language.ratings.find((r) => r.criterion === criterion)!.score;

let context: BrowserContext;
let page: Page;

afterEach(async () => {
	await context?.close();
});

async function open(path: string, options: PageOptions = {}) {
	context = await browser.createBrowserContext();
	page = await newPage(context, options);
	await page.goto(`${baseUrl}${path}`);
	return page;
}

/** The chart's title and description as the accessibility tree has them, and no <style> inside. */
async function describeChart(p: Page, name: RegExp) {
	const charts = await allByRole(p, 'img', { name });
	expect(charts).toHaveLength(1);
	return charts[0]!.evaluate((svg) => ({
		tag: svg.tagName.toLowerCase(),
		title: svg.querySelector(':scope > title')?.textContent ?? '',
		desc: svg.querySelector(':scope > desc')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
		labelledBy: (svg.getAttribute('aria-labelledby') ?? '')
			.split(' ')
			.map((id) => document.getElementById(id)?.tagName.toLowerCase()),
		styles: svg.querySelectorAll('style').length,
	}));
}

describe('the ratings chart on every language profile', () => {
	test.each(languages)('%s: one bar per criterion, in order, each as long as its rating', async (id, language) => {
		await open(`/languages/${id}/`);
		const chart = await describeChart(
			page,
			new RegExp(`^${language.name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: ratings`),
		);
		expect(chart).toMatchObject({ tag: 'svg', labelledBy: ['title', 'desc'], styles: 0 });
		const bars = await page.$$eval('svg[data-chart="ratings"] g[data-criterion]', (groups) =>
			groups.map((g) => ({
				criterion: g.getAttribute('data-criterion'),
				track: Number(g.querySelector('.chart-track')?.getAttribute('width')),
				bar: Number(g.querySelector('.chart-bar')?.getAttribute('width')),
				text: [...g.querySelectorAll('text')].map((t) => t.textContent?.trim()).join(' | '),
			})),
		);
		expect(bars.map((b) => b.criterion)).toEqual(criteria.map(([cid]) => cid));
		bars.forEach((bar, i) => {
			const [cid, criterion] = criteria[i]!;
			const score = scoreOf(language, cid);
			expect(bar.bar / bar.track).toBeCloseTo(score / RATING_MAX, 6);
			// The step's name from the criterion's scale is on the chart, beside the number.
			expect(bar.text).toBe(`${criterion.label} | ${score} · ${criterion.scale[score - 1]!.label}`);
			expect(chart.desc).toContain(
				`${criterion.label}: ${score} of ${RATING_MAX}, ${criterion.scale[score - 1]!.label}.`,
			);
		});
		// The numbers are also in a table on the page.
		const tables = await page.$$eval(aria('table'), (all) => all.map((table) => table.textContent ?? ''));
		expect(tables.filter((text) => text.includes('Criterion'))).toHaveLength(1);
	});
});

describe('the heat map on the comparison page', () => {
	test('every language × criterion cell holds its rating, in the table’s order, above the table', async () => {
		await open('/tools/compare/');
		const chart = await describeChart(page, /every language rated on every criterion/i);
		expect(chart).toMatchObject({ tag: 'svg', labelledBy: ['title', 'desc'], styles: 0 });
		const grid = await page.$$eval('svg[data-chart="heat-map"] g[data-language]', (rows) =>
			rows.map((row) => ({
				language: row.getAttribute('data-language'),
				label: row.querySelector(':scope > text')?.textContent?.trim(),
				cells: [...row.querySelectorAll('g[data-criterion]')].map((cell) => [
					cell.getAttribute('data-criterion'),
					Number(cell.querySelector('text')?.textContent),
				]),
			})),
		);
		expect(grid).toEqual(
			languages.map(([lid, language]) => ({
				language: lid,
				label: language.short,
				cells: criteria.map(([cid]) => [cid, scoreOf(language, cid)]),
			})),
		);
		const columns = await page.$$eval('svg[data-chart="heat-map"] > text', (texts) =>
			texts.map((t) => t.textContent?.trim()),
		);
		expect(columns).toEqual(criteria.map(([, c]) => c.short));
		// A stronger shade for a higher rating, in both themes: cells share one class per rating.
		const classes = await page.$$eval('svg[data-chart="heat-map"] g[data-criterion]', (cells) =>
			cells.map((c) => [Number(c.querySelector('text')?.textContent), c.querySelector('rect')?.getAttribute('class')]),
		);
		expect(classes.length).toBe(languages.length * criteria.length);
		for (const [score, cls] of classes) expect(cls).toBe(`chart-cell chart-level-${score}`);
		const order = await page.evaluate(() => {
			const svg = document.querySelector('svg[data-chart="heat-map"]')!;
			const table = document.querySelector('main table')!;
			return svg.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING;
		});
		expect(order).toBeTruthy();
	});
});

describe('the stack diagram on every scenario page', () => {
	test.each(scenarios)('%s: one box per layer in order, each alternative marked', async (id, scenario) => {
		await open(`/scenarios/${id}/`);
		const chart = await describeChart(page, /the stack as a diagram/i);
		expect(chart).toMatchObject({ tag: 'svg', labelledBy: ['title', 'desc'], styles: 0 });
		const layers = await page.$$eval('svg[data-chart="stack"] g[data-layer]', (groups) =>
			groups.map((g) => ({
				layer: g.getAttribute('data-layer'),
				choice: [...g.querySelectorAll(':scope > .chart-box-choice')].map((t) => t.textContent?.trim()).join(' '),
				alternatives: g.querySelectorAll('[data-alternative]').length,
				dashed: [...g.querySelectorAll('[data-alternative] rect')].every(
					(r) => getComputedStyle(r).strokeDasharray !== 'none',
				),
				arrow: g.querySelectorAll('.chart-arrow').length,
			})),
		);
		expect(layers).toEqual(
			scenario.stack.map((l, i) => ({
				layer: l.layer,
				choice: l.choice,
				alternatives: l.alternatives.length,
				dashed: true,
				arrow: i < scenario.stack.length - 1 ? 1 : 0,
			})),
		);
	});
});

describe('charts on a phone, in dark mode and in print', () => {
	const pages = ['/languages/python/', '/tools/compare/', '/scenarios/fintech-api/'];

	test.each(pages)('%s at 360 px: the chart fits the screen and its smallest text is at least 10 px', async (path) => {
		await open(path, { width: 360, height: 800 });
		const fit = await page.$eval('figure.chart svg', (svg) => {
			const box = svg.getBoundingClientRect();
			const sizes = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height);
			return { right: box.right, smallest: Math.min(...sizes), overflow: document.documentElement.scrollWidth };
		});
		expect(fit.right).toBeLessThanOrEqual(360);
		expect(fit.overflow).toBeLessThanOrEqual(360);
		expect(fit.smallest).toBeGreaterThanOrEqual(10);
	});

	test.each(pages)('%s in dark mode: marks take the dark theme’s colours', async (path) => {
		await open(path, { colorScheme: 'dark' });
		await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
		const colours = await page.$eval('figure.chart svg text', (t) => {
			const bg = getComputedStyle(document.body).backgroundColor;
			return { fill: getComputedStyle(t).fill, bg };
		});
		// Light text on the dark page, not the light theme's dark text.
		expect(colours.fill).not.toBe(colours.bg);
		expect(luminance(colours.fill)).toBeGreaterThan(luminance(colours.bg));
	});

	test.each(pages)('%s in print: the chart is shown, within the page width, in the light theme', async (path) => {
		await open(path, { colorScheme: 'dark' });
		await page.emulateMediaType('print');
		const printed = await page.$eval('figure.chart svg', (svg) => ({
			display: getComputedStyle(svg).display,
			width: svg.getBoundingClientRect().width,
			page: document.documentElement.clientWidth,
			height: svg.getBoundingClientRect().height,
			text: getComputedStyle(svg.querySelector('text')!).fill,
		}));
		expect(printed.display).not.toBe('none');
		expect(printed.height).toBeGreaterThan(100);
		expect(printed.width).toBeLessThanOrEqual(printed.page);
		// Dark text, as on paper, even when the reader's screen is in dark mode.
		expect(luminance(printed.text)).toBeLessThan(luminance('rgb(128, 128, 128)'));
	});
});

/** Relative luminance of a CSS `rgb()` colour, enough to tell light from dark. */
function luminance(rgb: string): number {
	const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
