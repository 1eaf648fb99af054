import type { ElementHandle } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { allByRole, aria, countExactText, firstByRole, newPage, useChromium, withText } from '../support/browser';
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
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/languages/${id}/`);
		const panel = await firstByRole(page, 'region', { name: /at a glance/ });
		const table = await firstByRole(panel, 'table');
		expect(await table.$$(aria('columnheader', 'What the sources say'))).toHaveLength(1);
		// The body rows that rate a criterion (each has a row header), in the data's order.
		const rows = await table.$$('tbody tr');
		const rated = [];
		for (const row of rows) if (await row.$(aria('rowheader'))) rated.push(row);
		for (const rating of language.ratings) {
			const row = rated[language.ratings.indexOf(rating)]!;
			const text = await row.evaluate((tr) => tr.textContent ?? '');
			for (const item of rating.evidence) {
				expect(text).toContain(cites.get(item.source));
				expect(text).toContain(item.says);
			}
			expect(await row.$$(`time[datetime="${rating.reviewed}"]`)).toHaveLength(1);
		}
		// The state panel, with its as-of date and every version fact.
		const state = await firstByRole(panel, 'region', { name: 'State in late 2026' });
		expect(await state.$$(`time[datetime="${language.state.asOf}"]`)).toHaveLength(1);
		for (const fact of language.state.versions) expect(await countExactText(state, fact.label), fact.label).toBe(1);
		await page.close();
	});
});

describe('the comparison table', () => {
	test.each(['/tools/compare/', '/languages/'])(
		'on %s fits a 1280 px wide screen without a sideways scroll',
		async (path) => {
			const page = await newPage(browser, { width: 1280, height: 800 });
			await page.goto(`${baseUrl}${path}`);
			const region = await page.waitForSelector(aria('region', 'Languages compared on every criterion'));
			const { scrollWidth, clientWidth } = await region!.evaluate((el) => ({
				scrollWidth: el.scrollWidth,
				clientWidth: el.clientWidth,
			}));
			expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
			await page.close();
		},
	);

	test('the reason and the sources behind a score are one keyboard step away, on the profile', async () => {
		const page = await newPage(browser, { width: 1280, height: 800 });
		await page.goto(`${baseUrl}/languages/`);
		const [id, python] = languages.find(([lid]) => lid === 'python')!;
		expect(id).toBe('python');
		const hiring = python.ratings.find((r) => r.criterion === 'hiring')!;
		// The Python row's hiring cell: its link names the score, and leads to the profile's row.
		const rowHeader = await firstByRole(page, 'rowheader', { name: new RegExp(`^${python.short}`) });
		const row = (await rowHeader.evaluateHandle((th) => th.closest('tr')!)) as ElementHandle<Element>;
		const cells = await allByRole(row, 'cell');
		const criteriaOrder = await page.$$eval(aria('columnheader'), (ths) => ths.map((th) => th.textContent));
		const link = await firstByRole(cells[criteriaOrder.indexOf('Hiring') - 1]!, 'link');
		await expect(link.evaluate((a) => a.textContent)).resolves.toContain(String(hiring.score));
		await link.focus();
		await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
		expect(page.url()).toMatch(/\/languages\/python\/#rating-hiring$/);
		// The row the link leads to shows the reason and what the first source says.
		const target = (await page.waitForSelector('#rating-hiring'))!;
		const shown = async (text: string) => {
			const holders = await target.$$(withText(text));
			return (await Promise.all(holders.map((el) => el.isVisible()))).some(Boolean);
		};
		await expect(shown(hiring.evidence[0]!.says)).resolves.toBe(true);
		await expect(shown(hiring.why)).resolves.toBe(true);
		await page.close();
	});

	test('no score hides its reason in a title attribute', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/tools/compare/`);
		expect(await page.$$('.comparison td[title]')).toHaveLength(0);
		await page.close();
	});
});

describe('the rating changes page', () => {
	test('lists every history entry of every rating, newest first', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/reference/changes/`);
		const expected = languages.flatMap(([id, lang]) =>
			lang.ratings.flatMap((r) => (r.history ?? []).map((h) => `${id}:${r.criterion}:${h.date}`)),
		);
		expect(expected.length).toBeGreaterThan(0);
		const rows = await page.$$eval('tr[data-change]', (trs) => trs.map((tr) => tr.getAttribute('data-change')!));
		expect([...rows].sort()).toEqual([...expected].sort());
		const dates = rows.map((r) => r.split(':')[2]!);
		expect(dates).toEqual([...dates].sort().reverse());
		for (const [id, lang] of languages) {
			for (const r of lang.ratings) {
				for (const h of r.history ?? []) {
					const row = `tr[data-change="${id}:${r.criterion}:${h.date}"]`;
					await expect(page.$eval(row, (tr) => tr.textContent)).resolves.toContain(`${h.from} → ${h.to}`);
				}
			}
		}
		await page.close();
	});
});
