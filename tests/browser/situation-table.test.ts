import { describe, expect, test } from 'vitest';
import { useChromium } from '../support/browser';
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
		const page = await browser.newPage();
		try {
			await page.goto(`${baseUrl}/`);
			const table = page.getByRole('table');
			await expect(table.count()).resolves.toBe(1);
			const headers = await table.getByRole('columnheader').allTextContents();
			expect(headers).toEqual(['Your situation', 'Start with', 'Why']);
			const bodyRows = table.locator('tbody').getByRole('row');
			await expect(bodyRows.count()).resolves.toBe(rows.length);

			for (const [i, row] of rows.entries()) {
				const cells = bodyRows.nth(i).getByRole('cell');
				const texts = await cells.allTextContents();
				expect(texts).toHaveLength(3);
				const [situation, start, why] = texts as [string, string, string];
				expect(situation.trim()).toBe(row.situation);
				expect(why.trim()).toBe(row.why);
				for (const { term, anchor } of row.glossary ?? []) {
					const termLink = cells.nth(0).getByRole('link', { name: term, exact: true });
					await expect(termLink.getAttribute('href')).resolves.toBe(`/reference/glossary/#${anchor}`);
				}

				const language = cells.nth(1).getByRole('link', { name: linkName(row.language), exact: true });
				await expect(language.getAttribute('href')).resolves.toBe(`/languages/${row.language}/`);
				if (row.framework) expect(start).toContain(`with ${row.framework}`);
				if (row.alongside) {
					const { language: second, when } = row.alongside;
					const link = cells.nth(1).getByRole('link', { name: linkName(second), exact: true });
					await expect(link.getAttribute('href')).resolves.toBe(`/languages/${second}/`);
					expect(start.replace(/\s+/g, ' ')).toContain(`, with ${names.get(second)} ${when}`);
				}
				// Nothing but what the data says: no link the row does not name.
				const links = 1 + (row.alongside ? 1 : 0);
				await expect(cells.nth(1).getByRole('link').count()).resolves.toBe(links);
			}
		} finally {
			await page.close();
		}
	});
});
