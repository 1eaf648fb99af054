import { describe, expect, test } from 'vitest';
import { allByRole, aria, axeViolations, firstByRole, newPage, useChromium, watchErrors } from '../support/browser';
import { readDataFolder } from '../support/data-files';
import { searchFor } from '../support/search-dialog';

const { baseUrl, browser } = useChromium();

const languageIds = [...readDataFolder('languages').keys()];
const scenarioIds = [...readDataFolder('scenarios').keys()];

/** Opens `path` in a new page that collects errors, and checks that the server answered 200. */
async function load(path: string) {
	const page = await newPage(browser);
	const errors = watchErrors(page);
	const response = await page.goto(`${baseUrl}${path}`);
	expect(response?.status()).toBe(200);
	return { page, errors };
}

describe('the built site', () => {
	test('home renders its title and the ways in', async () => {
		const { page, errors } = await load('/');
		const heading = await firstByRole(page, 'heading', { level: 1 });
		await expect(heading.evaluate((h) => h.textContent)).resolves.toContain('Backend Stack Playbook');
		expect((await allByRole(page, 'link', { name: /stack picker|pick a stack/i })).length).toBeGreaterThan(0);
		expect((await allByRole(page, 'link', { name: /scorecard/i })).length).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('an unknown address gets the 404 page, which offers the main ways in', async () => {
		const page = await newPage(browser);
		const response = await page.goto(`${baseUrl}/no-such-page/`);
		expect(response?.status()).toBe(404);
		const heading = await firstByRole(page, 'heading', { level: 1 });
		await expect(heading.evaluate((h) => h.textContent)).resolves.toContain('Page not found');
		const main = await firstByRole(page, 'main');
		for (const [name, href] of [
			[/pick a stack/i, '/tools/stack-picker/'],
			[/the languages/i, '/languages/'],
			[/the scenarios/i, '/scenarios/'],
			[/hiring checklist/i, '/team/hiring-checklist/'],
		] as const) {
			const [link] = await allByRole(main, 'link', { name });
			expect(await link?.evaluate((a) => a.getAttribute('href')), String(name)).toBe(href);
		}
		await page.close();
	});

	test('the sidebar lists the pages of each section', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/decide/`);
		const nav = aria('navigation', 'Main');
		for (const [section, link] of <[string, string][]>[
			['Decide', 'Where the sources disagree'],
			['Tools', 'Stack picker'],
			['Languages', 'Rust'],
			['Scenarios', 'The lean AI MVP'],
			['Team', 'Backend hiring checklist'],
			['Reference', 'Glossary'],
		]) {
			// A section is a group of links under its name, as Starlight's sidebar marks it up.
			const sectionNames = await page.$$eval(`${nav} summary`, (summaries) =>
				summaries.map((s) => s.textContent?.trim()),
			);
			expect(sectionNames.filter((name) => name === section)).toHaveLength(1);
			expect((await page.$$(`${nav} ${aria('link', link)}`)).length).toBeGreaterThan(0);
		}
		await page.close();
	});

	test.each(languageIds)('the %s profile loads with its facts panel and no console error', async (id) => {
		const { page, errors } = await load(`/languages/${id}/`);
		const panel = await firstByRole(page, 'region', { name: /at a glance/ });
		expect(await allByRole(panel, 'table')).toHaveLength(1);
		// One row per criterion, each with a score on the 1–5 scale.
		const rows = await panel.$$eval('tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
		expect(rows.length).toBe(readDataFolder('criteria').size);
		for (const row of rows) expect(row).toMatch(/[1-5]\/5 ·/);
		expect(errors).toEqual([]);
		await page.close();
	});

	test.each(scenarioIds)('the %s scenario loads with its stack table and no console error', async (id) => {
		const { page, errors } = await load(`/scenarios/${id}/`);
		const stack = await firstByRole(page, 'region', { name: /stack at a glance/i });
		expect((await stack.$$('tbody tr')).length).toBeGreaterThanOrEqual(3);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('searching for "goroutines" lists the Go profile', async () => {
		const { page, errors } = await load('/');
		expect(await searchFor(page, 'goroutines')).toContain('/languages/go/');
		expect(errors).toEqual([]);
		await page.close();
	});

	test.each(['/', '/languages/python/', '/scenarios/ai-mvp/'])('%s has no axe violations', async (path) => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}${path}`);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});
