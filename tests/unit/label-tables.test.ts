import { describe, expect, test } from 'vitest';
import { labelMarkdownTables } from '../../src/build/html/label-tables';

describe('labelMarkdownTables', () => {
	test('labels each body cell with its column header and flags the table', () => {
		const html =
			'<table><thead><tr><th>Your situation</th><th>Start with</th></tr></thead>' +
			'<tbody><tr><td>AI-first</td><td><a href="/languages/python/">Python</a></td></tr></tbody></table>';
		expect(labelMarkdownTables(html)).toBe(
			'<table data-stack><thead><tr><th>Your situation</th><th>Start with</th></tr></thead>' +
				'<tbody><tr><td data-label="Your situation">AI-first</td>' +
				'<td data-label="Start with"><a href="/languages/python/">Python</a></td></tr></tbody></table>',
		);
	});

	test('labels with the header’s visible text: tags dropped, whitespace joined and trimmed', () => {
		const html =
			'<table><thead><tr><th>\n  Start <em>with</em>\n</th></tr></thead><tbody><tr><td>Go</td></tr></tbody></table>';
		expect(labelMarkdownTables(html)).toContain('<td data-label="Start with">Go</td>');
	});

	test('escapes quotes in header text and keeps cell attributes', () => {
		const html =
			'<table><thead><tr><th>The "why"</th></tr></thead><tbody><tr><td align="left">x</td></tr></tbody></table>';
		expect(labelMarkdownTables(html)).toContain('<td align="left" data-label="The &quot;why&quot;">x</td>');
	});

	test('leaves component tables (with attributes) and headless tables alone', () => {
		const component = '<table class="x"><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>';
		const headless = '<table><tbody><tr><td>1</td></tr></tbody></table>';
		expect(labelMarkdownTables(component)).toBe(component);
		expect(labelMarkdownTables(headless)).toBe(headless);
	});

	test('labels with the header’s visible text: tags dropped, whitespace collapsed, attributes on the header allowed', () => {
		const html =
			'<table><thead><tr><th align="right"><strong>Total</strong>\n   <em>(0–100)</em></th><th scope="col">B</th></tr></thead>' +
			'<tbody><tr><td>1</td><td>2</td></tr></tbody></table>';
		expect(labelMarkdownTables(html)).toContain('<td data-label="Total (0–100)">1</td><td data-label="B">2</td>');
	});

	test('escapes a bare ampersand but keeps named and numeric entities as they are', () => {
		const html =
			'<table><thead><tr><th>R&amp;D &#38; Ops & more &x</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>';
		expect(labelMarkdownTables(html)).toContain('<td data-label="R&amp;D &#38; Ops &amp; more &amp;x">1</td>');
	});

	test('leaves a cell beyond the last header without a label, and header-only rows as they are', () => {
		const html =
			'<table><thead><tr><th>A</th></tr></thead><tbody><tr><th>Row</th></tr><tr><td>1</td><td>2</td></tr></tbody></table>';
		expect(labelMarkdownTables(html)).toBe(
			'<table data-stack><thead><tr><th>A</th></tr></thead><tbody><tr><th>Row</th></tr><tr><td data-label="A">1</td><td>2</td></tr></tbody></table>',
		);
	});
});
