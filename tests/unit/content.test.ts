import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readKnownIds } from '../../src/collections/data-files';

const DOCS = 'content/docs';
const read = (path: string) => readFileSync(join(DOCS, path), 'utf8');

/** Every page's path under content/docs. */
function pages(dir = ''): string[] {
	return readdirSync(join(DOCS, dir), { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
	);
}

/** Words of prose: the body without frontmatter, imports, components, link targets and markup. */
function proseWords(mdx: string): number {
	const body = mdx
		.replace(/^---[\s\S]*?---/, '')
		.replace(/^import .*$/gm, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[#*_`>|:[\]-]/g, ' ');
	return body.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;
}

const known = readKnownIds();

describe('the playbook has the content it promises', () => {
	test.each([...known.languages])('the %s profile has at least 450 words of prose', (id) => {
		expect(proseWords(read(`languages/${id}.mdx`))).toBeGreaterThanOrEqual(450);
	});

	test.each([...known.scenarios])('the %s scenario has at least 450 words of prose', (id) => {
		expect(proseWords(read(`scenarios/${id}.mdx`))).toBeGreaterThanOrEqual(450);
	});

	test('each profile covers the sections a reader expects, in order', () => {
		const sections = [
			'Best for, and where it is weaker',
			'AI and ML ecosystem',
			'Performance: CPU-bound and I/O-bound',
			'Hiring pool and learning curve',
			'Frameworks: which to pick',
			'Runtime and operations',
			'When to choose it',
			'When to avoid it',
			'Scenarios it fits',
			'Hiring for it',
		];
		for (const id of known.languages) {
			const headings = [...read(`languages/${id}.mdx`).matchAll(/^## (.+)$/gm)].map((m) => m[1]);
			expect(headings, id).toEqual(sections);
		}
	});

	test('the glossary has at least 20 terms, and every term is linked from another page', () => {
		const glossary = read('reference/glossary.mdx');
		const terms = [...glossary.matchAll(/^### (.+)$/gm)].map((m) => m[1]!);
		expect(terms.length).toBeGreaterThanOrEqual(20);
		const elsewhere = pages()
			.filter((p) => p !== join('reference', 'glossary.mdx'))
			.map(read)
			.join('\n');
		const linked = new Set([...elsewhere.matchAll(/\/reference\/glossary\/#([a-z0-9-]+)/g)].map((m) => m[1]));
		const anchors = terms.map((t) =>
			t
				.toLowerCase()
				.replace(/[^a-z0-9 -]/g, '')
				.replace(/ /g, '-'),
		);
		expect(anchors.filter((a) => !linked.has(a))).toEqual([]);
	});

	test('the FAQ answers at least ten questions', () => {
		const questions = [...read('reference/faq.mdx').matchAll(/^## (.+\?)$/gm)];
		expect(questions.length).toBeGreaterThanOrEqual(10);
	});

	test("no page carries the articles' advertising", () => {
		const promo =
			/contact (us|mindtech)|staff augmentation partner|start a pilot|top 1% talent|vetted talent|let's chat/i;
		const offenders = pages().filter((p) => promo.test(read(p)));
		expect(offenders).toEqual([]);
	});
});
