import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { DIST, NOT_FOUND_PAGE, SITE_PAGES } from '../support/site-pages';

/** Every page of `content/docs`, with the title llms.txt gives it (a splash page's hero title first). */
function docsPages(dir = 'content/docs'): { path: string; title: string }[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const file = join(dir, entry.name);
		if (entry.isDirectory()) return docsPages(file);
		if (!/\.mdx?$/.test(entry.name) || entry.name.startsWith('_')) return [];
		const front = parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as {
			title: string;
			hero?: { title?: string };
		};
		const slug = relative('content/docs', file)
			.replace(/\.mdx?$/, '')
			.replace(/(^|\/)index$/, '');
		return [{ path: slug ? `/${slug}/` : '/', title: front.hero?.title || front.title }];
	});
}

const pages = docsPages();
const read = (name: string) => readFileSync(join(DIST, name), 'utf8');

describe('llms.txt for assistants', () => {
	test('every built page comes from content/docs, so the list below is the whole site', () => {
		// content/docs/404 builds to the 404 page a static host serves, not to /404/.
		const built = pages.map((p) => (p.path === '/404/' ? NOT_FOUND_PAGE : p.path));
		expect([...SITE_PAGES].sort()).toEqual(built.sort());
	});

	test('/llms.txt names the site and links the full and abridged variants', () => {
		const index = read('llms.txt');
		expect(index).toMatch(/^# Backend Stack Playbook\n/);
		expect(index).toContain('/llms-full.txt)');
		expect(index).toContain('/llms-small.txt)');
	});

	test.each(['llms-full.txt', 'llms-small.txt'])('/%s has a section for every page, each once', (name) => {
		const headings = read(name)
			.split('\n')
			.filter((line) => line.startsWith('# '))
			.map((line) => line.slice(2));
		for (const page of pages)
			expect(
				headings.filter((h) => h === page.title),
				page.path,
			).toHaveLength(1);
	});
});
