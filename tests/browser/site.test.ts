import { describe, expect, test } from 'vitest';
import { axeViolations, useChromium, watchErrors } from '../support/browser';
import { readDataFolder } from '../support/data-files';
import { searchFor } from '../support/search-dialog';

const { baseUrl, browser } = useChromium();

const languageIds = [...readDataFolder('languages').keys()];
const scenarioIds = [...readDataFolder('scenarios').keys()];

/** Opens `path` in a new page that collects errors, and checks that the server answered 200. */
async function load(path: string) {
	const page = await browser.newPage();
	const errors = watchErrors(page);
	const response = await page.goto(`${baseUrl}${path}`);
	expect(response?.status()).toBe(200);
	return { page, errors };
}

describe('the built site', () => {
	test('home renders its title and the ways in', async () => {
		const { page, errors } = await load('/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Backend Stack Playbook');
		expect(await page.getByRole('link', { name: /stack picker|pick a stack/i }).count()).toBeGreaterThan(0);
		expect(await page.getByRole('link', { name: /scorecard/i }).count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('an unknown address gets the 404 page, which offers the main ways in', async () => {
		const page = await browser.newPage();
		const response = await page.goto(`${baseUrl}/no-such-page/`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Page not found');
		const main = page.getByRole('main');
		for (const [name, href] of [
			[/pick a stack/i, '/tools/stack-picker/'],
			[/the languages/i, '/languages/'],
			[/the scenarios/i, '/scenarios/'],
			[/hiring checklist/i, '/team/hiring-checklist/'],
		] as const) {
			expect(await main.getByRole('link', { name }).first().getAttribute('href'), String(name)).toBe(href);
		}
		await page.close();
	});

	test('the sidebar lists the pages of each section', async () => {
		const page = await browser.newPage();
		await page.goto(`${baseUrl}/decide/`);
		const nav = page.getByRole('navigation', { name: 'Main' });
		for (const [section, link] of <[string, string][]>[
			['Decide', 'Where the sources disagree'],
			['Tools', 'Stack picker'],
			['Languages', 'Rust'],
			['Scenarios', 'The lean AI MVP'],
			['Team', 'Backend hiring checklist'],
			['Reference', 'Glossary'],
		]) {
			await expect(nav.getByText(section, { exact: true }).count()).resolves.toBe(1);
			await expect(nav.getByRole('link', { name: link }).count()).resolves.toBeGreaterThan(0);
		}
		await page.close();
	});

	test.each(languageIds)('the %s profile loads with its facts panel and no console error', async (id) => {
		const { page, errors } = await load(`/languages/${id}/`);
		const panel = page.getByRole('region', { name: /at a glance/ });
		await expect(panel.getByRole('table').count()).resolves.toBe(1);
		// One row per criterion, each with a score on the 1–5 scale.
		const rows = await panel.locator('tbody tr').allTextContents();
		expect(rows.length).toBe(readDataFolder('criteria').size);
		for (const row of rows) expect(row).toMatch(/[1-5]\/5 ·/);
		expect(errors).toEqual([]);
		await page.close();
	});

	test.each(scenarioIds)('the %s scenario loads with its stack table and no console error', async (id) => {
		const { page, errors } = await load(`/scenarios/${id}/`);
		const stack = page.getByRole('region', { name: /stack at a glance/i });
		expect(await stack.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
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
		const page = await browser.newPage();
		await page.goto(`${baseUrl}${path}`);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});
