import { describe, expect, test } from 'vitest';
import { useChromium } from '../support/browser';
import { readDataFolder } from '../support/data-files';

const { baseUrl, browser } = useChromium();

type Rating = {
	criterion: string;
	score: number;
	why: string;
	reviewed: string;
	evidence: { source: string; says: string }[];
	history?: { date: string; from: number; to: number }[];
};
type Language = {
	name: string;
	short: string;
	ratings: Rating[];
	state: { asOf: string; versions: { label: string }[] };
};
const languages = [...readDataFolder('languages')] as [string, Language][];
const cites = new Map([...readDataFolder('sources')].map(([id, data]) => [id, (data as { cite: string }).cite]));

describe('the evidence beside every rating', () => {
	test.each(languages)("the %s facts panel shows each source's label and the review date", async (id, language) => {
		const page = await browser.newPage();
		await page.goto(`${baseUrl}/languages/${id}/`);
		const panel = page.getByRole('region', { name: /at a glance/ });
		const table = panel.getByRole('table');
		await expect(table.getByRole('columnheader', { name: 'What the sources say' }).count()).resolves.toBe(1);
		for (const rating of language.ratings) {
			const row = table
				.locator('tbody tr')
				.filter({ has: page.getByRole('rowheader') })
				.nth(language.ratings.indexOf(rating));
			const text = (await row.textContent()) ?? '';
			for (const item of rating.evidence) {
				expect(text).toContain(cites.get(item.source));
				expect(text).toContain(item.says);
			}
			expect(await row.locator(`time[datetime="${rating.reviewed}"]`).count()).toBe(1);
		}
		// The state panel, with its as-of date and every version fact.
		const state = panel.getByRole('region', { name: 'State in late 2026' });
		await expect(state.locator(`time[datetime="${language.state.asOf}"]`).count()).resolves.toBe(1);
		for (const fact of language.state.versions) {
			await expect(state.getByText(fact.label, { exact: true }).count()).resolves.toBe(1);
		}
		await page.close();
	});
});

describe('the comparison table', () => {
	test.each(['/tools/compare/', '/languages/'])(
		'on %s fits a 1280 px wide screen without a sideways scroll',
		async (path) => {
			const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
			await page.goto(`${baseUrl}${path}`);
			const region = page.getByRole('region', { name: 'Languages compared on every criterion' });
			const { scrollWidth, clientWidth } = await region.evaluate((el) => ({
				scrollWidth: el.scrollWidth,
				clientWidth: el.clientWidth,
			}));
			expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
			await page.close();
		},
	);

	test('the reason and the sources behind a score are one keyboard step away, on the profile', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${baseUrl}/languages/`);
		const [id, python] = languages.find(([lid]) => lid === 'python')!;
		expect(id).toBe('python');
		const hiring = python.ratings.find((r) => r.criterion === 'hiring')!;
		// The Python row's hiring cell: its link names the score, and leads to the profile's row.
		const row = page.getByRole('row', { name: new RegExp(`^${python.short}`) });
		const cells = row.getByRole('cell');
		const criteriaOrder = await page.getByRole('columnheader').allTextContents();
		const link = cells.nth(criteriaOrder.indexOf('Hiring') - 1).getByRole('link');
		await expect(link.textContent()).resolves.toContain(String(hiring.score));
		await link.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/languages\/python\/#rating-hiring$/);
		const target = page.locator('#rating-hiring');
		await expect(target.getByText(hiring.evidence[0]!.says, { exact: false }).first().isVisible()).resolves.toBe(true);
		await expect(target.getByText(hiring.why).isVisible()).resolves.toBe(true);
		await page.close();
	});

	test('no score hides its reason in a title attribute', async () => {
		const page = await browser.newPage();
		await page.goto(`${baseUrl}/tools/compare/`);
		await expect(page.locator('.comparison td[title]').count()).resolves.toBe(0);
		await page.close();
	});
});

describe('the rating changes page', () => {
	test('lists every history entry of every rating, newest first', async () => {
		const page = await browser.newPage();
		await page.goto(`${baseUrl}/reference/changes/`);
		const expected = languages.flatMap(([id, lang]) =>
			lang.ratings.flatMap((r) => (r.history ?? []).map((h) => `${id}:${r.criterion}:${h.date}`)),
		);
		expect(expected.length).toBeGreaterThan(0);
		const rows = await page
			.locator('tr[data-change]')
			.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-change')!));
		expect([...rows].sort()).toEqual([...expected].sort());
		const dates = rows.map((r) => r.split(':')[2]!);
		expect(dates).toEqual([...dates].sort().reverse());
		for (const [id, lang] of languages) {
			for (const r of lang.ratings) {
				for (const h of r.history ?? []) {
					const row = page.locator(`tr[data-change="${id}:${r.criterion}:${h.date}"]`);
					await expect(row.textContent()).resolves.toContain(`${h.from} → ${h.to}`);
				}
			}
		}
		await page.close();
	});
});
