import { describe, expect, test } from 'vitest';
import {
	buildDecisionRecord,
	type DecisionRecord,
	defaultRecordFields,
	recordToMarkdown,
} from '../../../src/tools/decision-record/model';
import { defaultScorecardState } from '../../../src/tools/scorecard/model';
import { renderMarkdown } from '../../support/markdown-html';
import { exampleAnswers, recordData } from '../../support/playbook-data';

const fintech = (fields = defaultRecordFields()) =>
	buildDecisionRecord({ answers: exampleAnswers('fintech-api'), scorecard: null, fields }, recordData());

/** The `#`, `##` and `###` headings of a Markdown text, in order. */
const headings = (markdown: string) => markdown.split('\n').filter((line) => /^#{1,3} /.test(line));

/** The lines of one section, from its heading up to the next heading. */
function section(markdown: string, heading: string): string[] {
	const lines = markdown.split('\n');
	const start = lines.indexOf(heading);
	if (start === -1) throw new Error(`No heading "${heading}" in:\n${markdown}`);
	const end = lines.findIndex((line, i) => i > start && /^#{1,3} /.test(line));
	return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line !== '');
}

/** The lines of `a` that `b` lacks, each counted as often as it occurs. */
function linesOnlyIn(a: string, b: string): string[] {
	const rest = b.split('\n');
	return a.split('\n').filter((line) => {
		const at = rest.indexOf(line);
		if (at === -1) return true;
		rest.splice(at, 1);
		return false;
	});
}

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

	test('writes the metadata, the chosen option before the runner-up, and a row per scored language', () => {
		const markdown = recordToMarkdown(
			fintech({ ...defaultRecordFields(), date: '2026-11-12', deciders: 'Ana, Ben', status: 'accepted' }),
		);
		expect(markdown.split('\n').slice(2, 5)).toEqual([
			'- Status: accepted',
			'- Date: 2026-11-12',
			'- Deciders: Ana, Ben',
		]);
		const outcome = section(markdown, '## Decision outcome').join('\n');
		expect(outcome.match(/\*\*[^*]+\*\*/g)).toEqual(['**Go**', '**Rust**']);
		expect(markdown).toMatch(/^\| Rank \| Option \| AI ecosystem \|.*\| Total \(0–100\) \|$/m);
		expect(markdown).toMatch(/^\| \d \| Go \| 3 \| 3 \| 3 \| 5 \| 4 \| 65\.0 \|$/m);
		const consequences = section(markdown, '### Consequences');
		expect(consequences.some((line) => line.startsWith('- Good: '))).toBe(true);
		expect(consequences.some((line) => line.startsWith('- Bad: '))).toBe(true);
	});

	test('links to the picker when nothing was answered, and says so when no scorecard was found', () => {
		const data = recordData();
		const record = buildDecisionRecord({ answers: {}, scorecard: null, fields: defaultRecordFields() }, data);
		const markdown = recordToMarkdown(record, { origin: 'https://example.org' });
		const drivers = section(markdown, '## Decision drivers');
		expect(drivers[0]).toMatch(/ https:\/\/example\.org\/tools\/stack-picker\/$/);
		expect(drivers.some((line) => line.startsWith('- '))).toBe(true);
		// With a scorecard the same weights are introduced without the note that none was found.
		const scored = buildDecisionRecord(
			{ answers: {}, scorecard: defaultScorecardState(data.scorecard), fields: defaultRecordFields() },
			data,
		);
		const weightsLine = (md: string) => section(md, '## Decision drivers').find((line) => line.startsWith('Scorecard'));
		const without = weightsLine(markdown)!;
		const withScorecard = weightsLine(recordToMarkdown(scored))!;
		expect(without.startsWith(withScorecard)).toBe(true);
		expect(without.length).toBeGreaterThan(withScorecard.length);
		expect(markdown).toContain('\n- Date: not set\n');
	});

	test('with nothing to decide on, names no option and links to both tools', () => {
		const data = recordData();
		const weights = { 'ai-ecosystem': 0, productivity: 0, hiring: 0, operations: 0, 'long-term-cost': 0 };
		const record = buildDecisionRecord(
			{ answers: {}, scorecard: { ...defaultScorecardState(data.scorecard), weights }, fields: defaultRecordFields() },
			data,
		);
		const markdown = recordToMarkdown(record, { origin: 'https://example.org' });
		expect(headings(markdown)[0]).toBe('# No decision yet on our backend');
		const outcome = section(markdown, '## Decision outcome').join('\n');
		expect(outcome).not.toMatch(/\*\*/);
		expect(outcome).not.toMatch(/Python/);
		expect(outcome).toContain('https://example.org/tools/stack-picker/');
		expect(outcome).toContain('https://example.org/tools/scorecard/');
	});

	test('makes links absolute when given an origin, and ends with the share link', () => {
		const markdown = recordToMarkdown(fintech(), {
			origin: 'https://example.org',
			shareUrl: 'https://example.org/x?r=abc',
		});
		expect(markdown).toContain('https://example.org/team/role-brief/?language=go&scenario=fintech-api');
		const lines = markdown.trimEnd().split('\n');
		expect(lines.at(-3)).toBe('---');
		expect(lines.at(-1)).toMatch(/ https:\/\/example\.org\/x\?r=abc$/);
		expect(recordToMarkdown(fintech())).not.toMatch(/^---$/m);
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
		expect(headings(markdown)[0]).toMatch(/^# .* A \\\| B # Injected heading$/);
		expect(markdown).toContain('\n- Deciders: Ana - injected item\n');
		expect(markdown).toContain('\n> First line\n> \\## Not a heading\n');
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
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(html).toContain('Deciders: [x](javascript:alert(1))');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		// The writer's own links still work.
		expect(html).toContain('<a href="https://example.org/tools/decision-record/?r=abc_-">');
	});

	test('marks scores the reader changed from the playbook’s, and adds a note under the table saying so', () => {
		const data = recordData();
		const record = (scores: Record<string, Record<string, number>>) =>
			buildDecisionRecord(
				{
					answers: exampleAnswers('fintech-api'),
					scorecard: { ...defaultScorecardState(data.scorecard), languages: ['go', 'rust'], scores },
					fields: defaultRecordFields(),
				},
				data,
			);
		const edited = recordToMarkdown(record({ go: { hiring: 5 } }));
		const plain = recordToMarkdown(record({}));
		expect(edited).toMatch(/^\| 1 \| Go \| 3 \| 3 \| 5\* \|/m);
		expect(plain).not.toMatch(/\d\*/);
		const note = (md: string) => section(md, '## Considered options').at(-1)!;
		expect(note(edited).startsWith(note(plain))).toBe(true);
		expect(note(edited).length).toBeGreaterThan(note(plain).length);
	});
});

/** A record written by hand, so the snapshots below show every part of the document from known input. */
const handRecord = (over: Partial<DecisionRecord> = {}): DecisionRecord => ({
	title: 'Use Go for the backend of Ledger',
	status: 'proposed',
	date: '2026-11-12',
	deciders: 'Ana, Ben',
	product: 'Ledger',
	missing: { answers: false, scorecard: false },
	context: { problem: 'We need a backend.', constraints: 'EU hosting only   \n\nNo new vendors', scenario: null },
	drivers: {
		answers: [{ question: 'Workload', answer: 'An I/O-bound API' }],
		unanswered: ['Hiring', 'AI and ML'],
		weights: [
			{ id: 'hiring', label: 'Hiring', weight: 7 },
			{ id: 'operations', label: 'Operations', weight: 3 },
		],
	},
	options: {
		criteria: [
			{ id: 'hiring', label: 'Hiring' },
			{ id: 'operations', label: 'Operations' },
		],
		ranked: [
			{ id: 'go', name: 'Go', scores: { hiring: 3, operations: 5 }, edited: [], total: 65, rank: 1, tied: false },
			{ id: 'rust', name: 'Rust', scores: { hiring: 2, operations: 5 }, edited: [], total: 57.5, rank: 2, tied: false },
		],
		verdict: 'Go leads.',
	},
	outcome: {
		chosen: { id: 'go', name: 'Go' },
		basis: 'picker',
		provisional: true,
		because: ['It is simple.', 'It is fast.'],
		stack: [{ layer: 'Back end', choice: 'Go' }],
		runnerUp: { id: 'rust', name: 'Rust' },
		runnerUpBecause: ['Its hot path.'],
		margin: ['Go leads by 2 points.'],
	},
	consequences: {
		good: ['One binary.'],
		bad: ['Verbose errors.'],
		operations: [{ label: 'Memory', text: 'Small.' }],
	},
	revisit: { signals: ['Traffic grows tenfold.'], changes: ['Team: “Rust” would make it Rust.'] },
	hire: {
		first: 'A senior Go engineer.',
		from: 'Fintech API',
		roleDefinition: [{ label: 'Primary mission', text: 'Own the API.' }],
		briefHref: '/team/role-brief/?language=go',
	},
	...over,
});

describe('recordToMarkdown, the whole document', () => {
	test('a provisional picker choice: constraints as quotes, the unanswered questions, the runner-up’s pull, operations, the scenario of the first hire and the share link', () => {
		const markdown = recordToMarkdown(handRecord(), {
			origin: 'https://example.org',
			shareUrl: 'https://example.org/tools/decision-record/?r=abc',
		});
		expect(markdown).toMatchInlineSnapshot(`
			"# Use Go for the backend of Ledger

			- Status: proposed
			- Date: 2026-11-12
			- Deciders: Ana, Ben

			## Context and problem statement

			We need a backend.

			Constraints we work under:

			> EU hosting only
			>
			> No new vendors

			## Decision drivers

			Answers to the stack picker:

			- Workload: An I/O-bound API

			Not answered: Hiring, AI and ML.

			Scorecard weights (0–10):

			- Hiring: 7
			- Operations: 3

			## Considered options

			| Rank | Option | Hiring | Operations | Total (0–100) |
			| ---: | --- | ---: | ---: | ---: |
			| 1 | Go | 3 | 5 | 65.0 |
			| 2 | Rust | 2 | 5 | 57.5 |

			Scores are steps on a 1–5 scale (5 is best).

			## Decision outcome

			Chosen option: **Go**, because:

			- It is simple.
			- It is fast.

			Provisional: not every picker question is answered yet.

			The stack:

			- Back end: Go

			Runner-up: **Rust**. What pulls towards it:

			- Its hot path.

			Margin and robustness:

			- Go leads by 2 points.

			### Consequences

			- Good: One binary.
			- Bad: Verbose errors.

			Operational commitments:

			- Memory: Small.

			## When to revisit

			- Traffic grows tenfold.
			- Team: “Rust” would make it Rust.

			## First role to hire

			A senior Go engineer.

			(From the playbook's scenario “Fintech API”.)

			Before opening the role, write down:

			- **Primary mission:** Own the API.

			A job brief for this choice: https://example.org/team/role-brief/?language=go

			---

			This record, editable: https://example.org/tools/decision-record/?r=abc
			"
		`);
	});

	test('nothing decided: the fallbacks for every empty part, and links relative without an origin', () => {
		const record = handRecord({
			title: 'No decision yet on our backend',
			date: '',
			deciders: '',
			product: '',
			missing: { answers: true, scorecard: true },
			context: { problem: 'We need a backend.', constraints: '', scenario: null },
			drivers: { answers: [], unanswered: ['Workload'], weights: [{ id: 'hiring', label: 'Hiring', weight: 5 }] },
			options: {
				criteria: [{ id: 'hiring', label: 'Hiring' }],
				ranked: [
					{ id: 'python', name: 'Python', scores: { hiring: 5 }, edited: [], total: 100, rank: 1, tied: true },
					{ id: 'go', name: 'Go', scores: { hiring: 5 }, edited: ['hiring'], total: 100, rank: 1, tied: true },
				],
				verdict: 'A tie.',
			},
			outcome: {
				chosen: { id: 'python', name: 'Python' },
				basis: 'none',
				provisional: true,
				because: ['Nothing decides yet.'],
				stack: [],
				runnerUp: null,
				runnerUpBecause: [],
				margin: ['Scorecard: A tie.'],
			},
			consequences: { good: [], bad: [], operations: [] },
			revisit: { signals: [], changes: [] },
			hire: {
				first: 'Decide on the language first.',
				from: null,
				roleDefinition: [{ label: 'Primary mission', text: 'Own the API.' }],
				briefHref: '/team/role-brief/',
			},
		});
		expect(recordToMarkdown(record)).toMatchInlineSnapshot(`
			"# No decision yet on our backend

			- Status: proposed
			- Date: not set
			- Deciders: not named yet

			## Context and problem statement

			We need a backend.

			No further constraints written down.

			## Decision drivers

			The stack picker has not been answered yet: /tools/stack-picker/

			Scorecard weights (0–10): no scorecard was found, so every criterion has the default weight.

			- Hiring: 5

			## Considered options

			| Rank | Option | Hiring | Total (0–100) |
			| ---: | --- | ---: | ---: |
			| 1 (tie) | Python | 5 | 100.0 |
			| 1 (tie) | Go | 5* | 100.0 |

			Scores are steps on a 1–5 scale (5 is best). * marks a score changed from the playbook’s rating.

			## Decision outcome

			No option is chosen yet.

			- Nothing decides yet.

			The stack picker: /tools/stack-picker/

			The scorecard: /tools/scorecard/

			Margin and robustness:

			- Scorecard: A tie.

			### Consequences

			None to weigh until an option is chosen.

			## When to revisit

			Answer the stack picker to see which signals and answers would change this decision.

			## First role to hire

			Decide on the language first.

			Before opening the role, write down:

			- **Primary mission:** Own the API.

			A job brief for this choice: /team/role-brief/
			"
		`);
	});

	test('a provisional scorecard choice: says it rests on the scorecard alone, and names a runner-up without reasons', () => {
		const record = handRecord({
			drivers: { answers: [], unanswered: [], weights: [{ id: 'hiring', label: 'Hiring', weight: 7 }] },
			missing: { answers: true, scorecard: false },
			outcome: {
				...handRecord().outcome,
				basis: 'scorecard',
				because: ['It leads the scorecard: Go leads.'],
				stack: [],
				runnerUpBecause: [],
			},
			consequences: { good: [], bad: ['Verbose errors.'], operations: [] },
			revisit: { signals: [], changes: ['Only this.'] },
		});
		const markdown = recordToMarkdown(record, { origin: 'https://example.org' });
		const drivers = section(markdown, '## Decision drivers');
		expect(drivers[0]).toMatch(/ https:\/\/example\.org\/tools\/stack-picker\/$/);
		expect(drivers.slice(1)).toEqual(['Scorecard weights (0–10):', '- Hiring: 7']);
		// From the outcome to the first hire, blank lines and all.
		const lines = markdown.split('\n');
		expect(
			lines.slice(lines.indexOf('## Decision outcome'), lines.indexOf('## First role to hire')).join('\n'),
		).toMatchInlineSnapshot(`
			"## Decision outcome

			Chosen option: **Go**, because:

			- It leads the scorecard: Go leads.

			Provisional: the stack picker has not been answered, so this rests on the scorecard alone.

			Runner-up: **Rust**.

			Margin and robustness:

			- Go leads by 2 points.

			### Consequences

			- Bad: Verbose errors.

			## When to revisit

			- Only this.
			"
		`);
	});

	test('a settled choice with every question answered drops the unanswered questions and the provisional note, and nothing else', () => {
		const provisional = recordToMarkdown(handRecord());
		const settled = recordToMarkdown(
			handRecord({
				drivers: { ...handRecord().drivers, unanswered: [] },
				outcome: { ...handRecord().outcome, provisional: false },
			}),
		);
		const dropped = linesOnlyIn(provisional, settled).filter((line) => line !== '');
		expect(dropped).toHaveLength(2);
		expect(dropped[0]).toContain('Hiring, AI and ML');
		expect(section(provisional, '## Decision outcome')).toContain(dropped[1]);
		expect(linesOnlyIn(settled, provisional).filter((line) => line !== '')).toEqual([]);
	});

	test('a record that chooses nothing never says it is provisional', () => {
		const none = (provisional: boolean) =>
			recordToMarkdown(handRecord({ outcome: { ...handRecord().outcome, basis: 'none', provisional } }));
		expect(none(true)).toBe(none(false));
	});
});
