import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { markdownText } from '../../src/common/markdown';
import { HOSTILE, MARKUP_IN_HTML, renderMarkdown } from '../support/markdown-html';

/** The visible text of rendered HTML: tags dropped and the entities micromark writes decoded. */
const visible = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.trim();

describe('markdownText', () => {
	test.each(Object.entries(HOSTILE))('keeps %s as text in a Markdown viewer', (_name, text) => {
		const html = renderMarkdown(`Title: ${markdownText(text)}`);
		expect(html).not.toMatch(MARKUP_IN_HTML);
		expect(visible(html)).toBe(`Title: ${text}`);
	});

	test.each(Object.entries(HOSTILE))('keeps %s as text at the start of a line and in a list item', (_name, text) => {
		for (const markdown of [markdownText(text), `- ${markdownText(text)}`]) {
			const html = renderMarkdown(markdown);
			expect(html.replace(/^<ul>\n<li>|<\/li>\n<\/ul>\n?$/g, '')).not.toMatch(MARKUP_IN_HTML);
			expect(visible(html)).toBe(text);
		}
	});

	test('flattens line breaks so a text cannot start a block of its own', () => {
		expect(markdownText('one\n# two\r\n- three')).toBe('one # two - three');
	});

	test('turns a run of blank lines into one space', () => {
		expect(markdownText('a\n\n\r\n  b')).toBe('a b');
	});

	test('escapes a numbered-list marker only at the start, before a space or the end', () => {
		expect(markdownText('10. item')).toBe('10\\. item');
		expect(markdownText('3)')).toBe('3\\)');
		expect(markdownText('Go 1. item')).toBe('Go 1. item');
		expect(markdownText('1.26 is out')).toBe('1.26 is out');
	});

	test('escapes pipes so a table cell cannot split', () => {
		const html = renderMarkdown(`| a |\n| --- |\n| ${markdownText('x | y')} |`);
		expect(html).toContain('<td>x | y</td>');
	});

	test('leaves plain words, punctuation and other scripts as they are', () => {
		expect(markdownText('Go (1.26), C# and Node.js: 65.0 points — Zoë’s team')).toBe(
			'Go (1.26), C# and Node.js: 65.0 points — Zoë’s team',
		);
	});

	test('any text renders as exactly that text, with no element of its own', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...'<>[]()!*_~`#-+=|\\&:;/ ax1.\n'), maxLength: 40 }), (text) => {
				const html = renderMarkdown(`Title: ${markdownText(text)}`);
				expect(html).not.toMatch(MARKUP_IN_HTML);
				expect(visible(html)).toBe(`Title: ${text.replace(/\s*[\r\n]+\s*/g, ' ').trim()}`.trim());
			}),
		);
	});
});
