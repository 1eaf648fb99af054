import { describe, expect, test } from 'vitest';
import { buildDecisionRecord, defaultRecordFields, recordToMarkdown } from '../../../src/lib/decision-record';
import { defaultScorecardState } from '../../../src/lib/scorecard';
import { exampleAnswers, readDecisionRecordData } from '../../support/decision-record-data';
import { renderMarkdown } from '../../support/markdown-html';

const data = readDecisionRecordData();
const fintech = (fields = defaultRecordFields()) =>
	buildDecisionRecord({ answers: exampleAnswers('fintech-api'), scorecard: null, fields }, data);

/** The `##` and `###` headings of a Markdown text, in order. */
const headings = (markdown: string) => markdown.split('\n').filter((line) => /^#{1,3} /.test(line));

describe('recordToMarkdown', () => {
	test('writes the MADR sections in order, under the record’s title', () => {
		expect(headings(recordToMarkdown(fintech()))).toEqual([
			'# Use Go for our backend',
			'## Context and problem statement',
			'## Decision drivers',
			'## Considered options',
			'## Decision outcome',
			'### Consequences',
			'## When to revisit',
			'## First role to hire',
		]);
	});

	test('writes the metadata, the chosen option and a row per scored language', () => {
		const markdown = recordToMarkdown(
			fintech({ ...defaultRecordFields(), date: '2026-11-12', deciders: 'Ana, Ben', status: 'accepted' }),
		);
		expect(markdown).toContain('- Status: accepted\n- Date: 2026-11-12\n- Deciders: Ana, Ben\n');
		expect(markdown).toContain('Chosen option: **Go**, because:');
		expect(markdown).toContain('Runner-up: **Rust**.');
		expect(markdown).toMatch(/^\| Rank \| Option \| AI ecosystem \|.*\| Total \(0–100\) \|$/m);
		expect(markdown).toMatch(/^\| \d \| Go \| 3 \| 3 \| 3 \| 5 \| 4 \| 65\.0 \|$/m);
		expect(markdown).toMatch(/- Good: .*\n/);
		expect(markdown).toMatch(/- Bad: .*\n/);
	});

	test('says what is missing when nothing was answered or scored, with a link to the picker', () => {
		const record = buildDecisionRecord({ answers: {}, scorecard: null, fields: defaultRecordFields() }, data);
		const markdown = recordToMarkdown(record, { origin: 'https://example.org' });
		expect(markdown).toContain('The stack picker has not been answered yet: https://example.org/tools/stack-picker/');
		expect(markdown).toContain('no scorecard was found, so every criterion has the default weight');
		expect(markdown).toContain('- Date: not set');
	});

	test('with nothing to decide on, chooses nothing and says what to fill in', () => {
		const weights = { 'ai-ecosystem': 0, productivity: 0, hiring: 0, operations: 0, 'long-term-cost': 0 };
		const record = buildDecisionRecord(
			{ answers: {}, scorecard: { ...defaultScorecardState(data.scorecard), weights }, fields: defaultRecordFields() },
			data,
		);
		const markdown = recordToMarkdown(record, { origin: 'https://example.org' });
		expect(markdown.startsWith('# No decision yet on our backend\n')).toBe(true);
		expect(markdown).not.toContain('Chosen option');
		expect(markdown).not.toMatch(/Use Python/);
		expect(markdown).toContain('No option is chosen yet.');
		expect(markdown).toContain('https://example.org/tools/stack-picker/');
		expect(markdown).toContain('https://example.org/tools/scorecard/');
	});

	test('makes links absolute when given an origin, and ends with the share link', () => {
		const markdown = recordToMarkdown(fintech(), {
			origin: 'https://example.org',
			shareUrl: 'https://example.org/x?r=abc',
		});
		expect(markdown).toContain('https://example.org/team/role-brief/?language=go&scenario=fintech-api');
		expect(markdown.trimEnd().endsWith('This record, editable: https://example.org/x?r=abc')).toBe(true);
	});

	test('keeps the reader’s text from breaking the document: no new headings, lists or table cells', () => {
		const markdown = recordToMarkdown(
			fintech({
				...defaultRecordFields(),
				product: 'A | B\n# Injected heading',
				deciders: 'Ana\n- injected item',
				constraints: 'First line\n## Not a heading',
			}),
		);
		expect(headings(markdown)).toHaveLength(8);
		expect(markdown).toContain('# Use Go for the backend of A \\| B # Injected heading');
		expect(markdown).toContain('- Deciders: Ana - injected item');
		expect(markdown).toContain('> First line\n> \\## Not a heading');
	});

	test('keeps hostile text from a crafted link as text in any Markdown viewer', () => {
		const markdown = recordToMarkdown(
			fintech({
				...defaultRecordFields(),
				product: '<img src=x onerror=alert(1)>',
				deciders: '[x](javascript:alert(1))',
				constraints: 'Fine\n<script>alert(1)</script>\n[y](javascript:alert(2))',
			}),
			{ origin: 'https://example.org', shareUrl: 'https://example.org/tools/decision-record/?r=abc_-' },
		);
		const html = renderMarkdown(markdown);
		expect(html).not.toMatch(/<img|<script/i);
		expect(html).not.toMatch(/href="javascript:/i);
		expect(html).toContain('Use Go for the backend of &lt;img src=x onerror=alert(1)&gt;');
		expect(html).toContain('Deciders: [x](javascript:alert(1))');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		// The writer's own links still work.
		expect(html).toContain('<a href="https://example.org/tools/decision-record/?r=abc_-">');
	});

	test('marks scores the reader changed from the playbook’s', () => {
		const record = buildDecisionRecord(
			{
				answers: exampleAnswers('fintech-api'),
				scorecard: {
					...defaultScorecardState(data.scorecard),
					languages: ['go', 'rust'],
					scores: { go: { hiring: 5 } },
				},
				fields: defaultRecordFields(),
			},
			data,
		);
		const markdown = recordToMarkdown(record);
		expect(markdown).toMatch(/^\| 1 \| Go \| 3 \| 3 \| 5\* \|/m);
		expect(markdown).toContain('* marks a score changed from the playbook’s rating.');
	});
});
