import { getCollection, render } from 'astro:content';
import type { APIRoute } from 'astro';
import type { TitleEntry } from '../../search/model/title-matches';

/**
 * `/search/titles.json`: every searchable page's address and title, and its sections' headings,
 * from the docs collection at build time. The search dialog lists the titles that match what the
 * reader types while Pagefind is still loading (see `src/search/model/title-matches.ts`). Pages that
 * Pagefind leaves out (`pagefind: false`, the 404 page) are left out here too.
 */
export const GET: APIRoute = async () => {
	const pages: TitleEntry[] = [];
	for (const entry of await getCollection('docs')) {
		if (entry.id === '404' || entry.data.pagefind === false) continue;
		const url = entry.id === 'index' ? '/' : `/${entry.id}/`;
		const { headings } = await render(entry);
		const sections = headings.filter((h) => h.depth <= 3).map((h): [string, string] => [h.slug, h.text]);
		pages.push({ url, title: entry.data.title, sections });
	}
	pages.sort((a, b) => a.url.localeCompare(b.url));
	return new Response(JSON.stringify(pages), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
