import { describe, expect, test } from 'vitest';
import { allByRole, aria, newPage, useChromium } from '../support/browser';
import { readDataFolder } from '../support/data-files';

const { baseUrl, browser } = useChromium();

type Row = {
	situation: string;
	glossary?: { term: string; anchor: string }[];
	language: string;
	framework?: string;
	alongside?: { language: string; when: string };
	why: string;
};
const { rows } = readDataFolder('situations').get('at-a-glance') as { rows: Row[] };
const names = new Map([...readDataFolder('languages')].map(([id, data]) => [id, (data as { name: string }).name]));
/** A language's name as its link reads it: "Go" is a vague link text, so its link adds "profile". */
const linkName = (id: string) => (id === 'go' ? `${names.get(id)} profile` : (names.get(id) as string));

describe("the home page's situation table", () => {
	test('shows every row of content/data/situations/at-a-glance.yaml, in order, with its links', async () => {
		const page = await newPage(browser);
		try {
			await page.goto(`${baseUrl}/`);
			const tables = await page.$$(aria('table'));
			expect(tables).toHaveLength(1);
			const table = tables[0]!;
			const headers = await table.$$eval(aria('columnheader'), (ths) => ths.map((th) => th.textContent));
			expect(headers).toEqual(['Your situation', 'Start with', 'Why']);
			const bodyRows = await table.$$(`tbody ${aria('row')}`);
			expect(bodyRows).toHaveLength(rows.length);

			for (const [i, row] of rows.entries()) {
				const cells = await bodyRows[i]!.$$(aria('cell'));
				const texts = await Promise.all(cells.map((cell) => cell.evaluate((td) => td.textContent ?? '')));
				expect(texts).toHaveLength(3);
				const [situation, start, why] = texts as [string, string, string];
				expect(situation.trim()).toBe(row.situation);
				expect(why.trim()).toBe(row.why);
				const href = async (cell: number, name: string) => {
					const links = await cells[cell]!.$$(aria('link', name));
					expect(links, name).toHaveLength(1);
					return links[0]!.evaluate((a) => a.getAttribute('href'));
				};
				for (const { term, anchor } of row.glossary ?? []) {
					await expect(href(0, term)).resolves.toBe(`/reference/glossary/#${anchor}`);
				}

				await expect(href(1, linkName(row.language))).resolves.toBe(`/languages/${row.language}/`);
				if (row.framework) expect(start).toContain(`with ${row.framework}`);
				if (row.alongside) {
					const { language: second, when } = row.alongside;
					await expect(href(1, linkName(second))).resolves.toBe(`/languages/${second}/`);
					expect(start.replace(/\s+/g, ' ')).toContain(`, with ${names.get(second)} ${when}`);
				}
				// Nothing but what the data says: no link the row does not name.
				const links = 1 + (row.alongside ? 1 : 0);
				expect(await allByRole(cells[1]!, 'link')).toHaveLength(links);
			}
		} finally {
			await page.close();
		}
	});
});
