import { describe, expect, test } from 'vitest';
import {
	buildRoleBrief,
	defaultScenarioFor,
	fillLanguage,
	NO_SCENARIO,
	type RoleBriefData,
	readBriefSelection,
	roleBriefMarkdown,
	writeBriefSelection,
} from '../../src/tools/role-brief/model';
import { renderMarkdown } from '../support/markdown-html';

/** A small world: Python leads the AI scenario, Go leads fintech, Node fits AI, PHP fits nothing. */
const data: RoleBriefData = {
	defaultLanguage: 'python',
	languages: [
		{
			id: 'python',
			name: 'Python',
			frameworks: [{ name: 'FastAPI', kind: 'async API framework' }],
			hiringSignals: ['Has shipped an async API'],
			scenarios: ['ai-mvp'],
		},
		{
			id: 'go',
			name: 'Go',
			frameworks: [
				{ name: 'Gin', kind: 'minimal web framework' },
				{ name: 'gRPC', kind: 'service-to-service RPC' },
			],
			hiringSignals: ['Can explain goroutine leaks'],
			scenarios: ['fintech-api'],
		},
		{
			id: 'node-typescript',
			name: 'Node.js / TypeScript',
			frameworks: [{ name: 'NestJS', kind: 'structured framework' }],
			hiringSignals: ['Writes strict TypeScript'],
			scenarios: ['ai-mvp'],
		},
		{
			id: 'php',
			name: 'PHP',
			frameworks: [{ name: 'Laravel', kind: 'full-stack' }],
			hiringSignals: ['Laravel'],
			scenarios: [],
		},
	],
	scenarios: [
		{
			id: 'ai-mvp',
			title: 'The lean AI MVP',
			situation: 'A small team ships an AI product.',
			hireFirst: 'A Python engineer.',
			language: 'python',
		},
		{
			id: 'fintech-api',
			title: 'The fintech API',
			situation: 'Money moves.',
			hireFirst: 'A senior Go engineer.',
			language: 'go',
		},
	],
	checklist: {
		roleDefinition: [
			{ label: 'Primary mission', briefBlank: '[What they own]' },
			{ label: 'Critical constraints', briefBlank: '[Cloud, data stores]' },
			{ label: 'Seniority signal', briefBlank: '[Level]' },
		],
		skillMatrix: [
			{ mustHave: 'Deep fluency in {language}', niceToHave: 'A second backend language' },
			{ mustHave: 'SQL and data modelling', niceToHave: 'Vector databases' },
		],
		interviewKit: [
			{ stage: 'Technical screen', text: 'Walk me through an API.' },
			{ stage: 'Production', text: 'An endpoint times out.' },
		],
	},
};

describe('the default scenario of a language', () => {
	const language = (scenarios: string[], id = 'php') => ({
		...data.languages.find((l) => l.id === 'php')!,
		id,
		scenarios,
	});

	test('is the scenario the language leads, before any it merely fits', () => {
		expect(defaultScenarioFor({ ...data.languages[1]!, scenarios: ['ai-mvp'] }, data.scenarios)).toBe('fintech-api');
	});

	test('else the first scenario it fits that exists', () => {
		expect(defaultScenarioFor(language(['no-such-scenario', 'fintech-api', 'ai-mvp']), data.scenarios)).toBe(
			'fintech-api',
		);
	});

	test('else none', () => {
		expect(defaultScenarioFor(language(['no-such-scenario']), data.scenarios)).toBeNull();
		expect(defaultScenarioFor(language([]), data.scenarios)).toBeNull();
	});
});

describe('reading the role brief address', () => {
	test('no parameters give the default language and its scenario, without a notice', () => {
		expect(readBriefSelection('', data)).toEqual({
			selection: { languageId: 'python', scenarioId: 'ai-mvp' },
			notices: [],
		});
	});

	test('?language=go selects Go and the scenario Go leads', () => {
		expect(readBriefSelection('?language=go', data)).toEqual({
			selection: { languageId: 'go', scenarioId: 'fintech-api' },
			notices: [],
		});
	});

	test('an unknown language falls back to the default with a notice that quotes it as text', () => {
		const read = readBriefSelection('?language=cobol', data);
		expect(read.selection).toEqual({ languageId: 'python', scenarioId: 'ai-mvp' });
		expect(read.notices).toHaveLength(1);
		expect(read.notices[0]).toContain('"cobol"');
		expect(read.notices[0]).toContain('Python');
	});

	test('a long or markup-laden value is quoted short and on one line', () => {
		const evil = `<img src=x onerror=alert(1)>${'x'.repeat(200)}\n`;
		const [notice] = readBriefSelection(`?language=${encodeURIComponent(evil)}`, data).notices;
		expect(notice!.length).toBeLessThan(200);
		expect(notice).not.toContain('\n');
		expect(notice).toContain('…');
	});

	test('the quote joins lines and runs of spaces into one space, and cuts only past 40 characters', () => {
		const read = (value: string) => readBriefSelection(`?language=${encodeURIComponent(value)}`, data).notices[0];
		expect(read('  co\n\n\tbol  ')).toContain('("co bol")');
		expect(read('y'.repeat(40))).toContain(`("${'y'.repeat(40)}")`);
		expect(read('y'.repeat(41))).toContain(`("${'y'.repeat(40)}…")`);
	});

	test('falls back to the default language, wherever it stands in the list, or to the first', () => {
		const goFirst = { ...data, defaultLanguage: 'go' };
		expect(readBriefSelection('?language=cobol', goFirst).selection.languageId).toBe('go');
		expect(readBriefSelection('', goFirst).selection.languageId).toBe('go');
		const noDefault = { ...data, defaultLanguage: 'cobol' };
		expect(readBriefSelection('', noDefault).selection.languageId).toBe('python');
		// Without any language it stops with its own error, which says what is missing, rather than failing later.
		let error: unknown;
		try {
			readBriefSelection('', { ...data, languages: [] });
		} catch (thrown) {
			error = thrown;
		}
		expect(error).toBeInstanceOf(Error);
		expect(error).not.toBeInstanceOf(TypeError);
		expect((error as Error).message).toMatch(/language/);
	});

	test('an empty language value is unknown, not the default silently', () => {
		expect(readBriefSelection('?language=', data).notices).toHaveLength(1);
	});

	test('scenario=none gives a brief without scenario context', () => {
		expect(readBriefSelection(`?language=go&scenario=${NO_SCENARIO}`, data).selection).toEqual({
			languageId: 'go',
			scenarioId: null,
		});
	});

	test('an explicit scenario overrides the usual one', () => {
		expect(readBriefSelection('?language=go&scenario=ai-mvp', data).selection.scenarioId).toBe('ai-mvp');
	});

	test('an unknown scenario keeps the language, uses its usual scenario and says so', () => {
		const read = readBriefSelection('?language=go&scenario=moonshot', data);
		expect(read.selection).toEqual({ languageId: 'go', scenarioId: 'fintech-api' });
		expect(read.notices).toEqual([expect.stringContaining('"moonshot"')]);
	});

	test('two bad values give two notices', () => {
		expect(readBriefSelection('?language=zig&scenario=moon', data).notices).toHaveLength(2);
	});

	test('the notices of a bad address, one reviewed copy', () => {
		expect(readBriefSelection('?language=zig&scenario=moon', data).notices).toMatchInlineSnapshot(`
			[
			  "The link asked for a language the playbook does not cover ("zig"), so the brief shows Python.",
			  "The link asked for a scenario the playbook does not have ("moon"), so the brief uses the usual one for Python.",
			]
		`);
	});
});

describe('the usual scenario for a language', () => {
	test('is one the language leads', () => {
		expect(defaultScenarioFor(data.languages[1]!, data.scenarios)).toBe('fintech-api');
	});
	test('else the first one it fits', () => {
		expect(defaultScenarioFor(data.languages[2]!, data.scenarios)).toBe('ai-mvp');
	});
	test('else none', () => {
		expect(defaultScenarioFor(data.languages[3]!, data.scenarios)).toBeNull();
	});
});

describe('writing the role brief address', () => {
	test('writes only the language when the scenario is the usual one', () => {
		expect(writeBriefSelection({ languageId: 'go', scenarioId: 'fintech-api' }, data)).toBe('?language=go');
	});
	test('writes the scenario, or none, when it differs', () => {
		expect(writeBriefSelection({ languageId: 'go', scenarioId: 'ai-mvp' }, data)).toBe('?language=go&scenario=ai-mvp');
		expect(writeBriefSelection({ languageId: 'go', scenarioId: null }, data)).toBe('?language=go&scenario=none');
	});
	test.each([
		{ languageId: 'go', scenarioId: 'ai-mvp' },
		{ languageId: 'php', scenarioId: null },
		{ languageId: 'node-typescript', scenarioId: null },
		{ languageId: 'python', scenarioId: 'fintech-api' },
	])('reads back what it wrote: %o', (selection) => {
		expect(readBriefSelection(writeBriefSelection(selection, data), data)).toEqual({ selection, notices: [] });
	});
});

describe('building the brief', () => {
	test('fills the language into the checklist skills and adds its hiring signals', () => {
		const brief = buildRoleBrief(data, { languageId: 'go', scenarioId: 'fintech-api' });
		expect(brief.title).toBe('Backend engineer (Go)');
		expect(brief.mustHave).toEqual(['Deep fluency in Go', 'SQL and data modelling', 'Can explain goroutine leaks']);
		expect(brief.niceToHave).toEqual(['A second backend language', 'Vector databases']);
		expect(brief.stack.map((f) => f.name)).toEqual(['Gin', 'gRPC']);
	});

	test("carries the scenario's situation and first hire", () => {
		const brief = buildRoleBrief(data, { languageId: 'go', scenarioId: 'fintech-api' });
		expect(brief.context).toEqual({
			scenarioTitle: 'The fintech API',
			situation: 'Money moves.',
			hireFirst: 'A senior Go engineer.',
			adaptedFrom: null,
		});
	});

	test('says when it adapts a scenario whose first pick is another language', () => {
		const brief = buildRoleBrief(data, { languageId: 'node-typescript', scenarioId: 'ai-mvp' });
		expect(brief.context?.adaptedFrom).toBe('Python');
	});

	test('has no context without a scenario', () => {
		expect(buildRoleBrief(data, { languageId: 'php', scenarioId: null }).context).toBeNull();
	});

	test('rejects a language that is not in the data', () => {
		expect(() => buildRoleBrief(data, { languageId: 'cobol', scenarioId: null })).toThrow(/cobol/);
	});
});

/** The lines of one Markdown section, from its heading up to the next heading, blank lines left out. */
function section(markdown: string, heading: string): string[] {
	const lines = markdown.split('\n');
	const start = lines.indexOf(heading);
	if (start === -1) throw new Error(`No heading "${heading}" in:\n${markdown}`);
	const end = lines.findIndex((line, i) => i > start && line.startsWith('#'));
	return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line !== '');
}

describe('the brief as Markdown', () => {
	// Written inside each test, so Stryker can tell which tests reach the code that writes it.
	const goBrief = () => roleBriefMarkdown(buildRoleBrief(data, { languageId: 'go', scenarioId: 'fintech-api' }));

	test('has a title and a section per part, in order', () => {
		const markdown = goBrief();
		const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
		expect(headings).toEqual([
			'# Backend engineer (Go)',
			'## Context',
			'## The role',
			'## Our stack',
			'## Must have',
			'## Nice to have',
			'## How we interview',
		]);
	});

	test('lists skills as bullets and questions as a numbered list', () => {
		const markdown = goBrief();
		expect(markdown).toContain('- Deep fluency in Go\n');
		expect(markdown).toContain('- **Primary mission:** \\[What they own\\]\n');
		expect(markdown).toContain('1. **Technical screen:** Walk me through an API.\n2. **Production:**');
	});

	test('keeps markup in its texts as text in any Markdown viewer', () => {
		const hostile: RoleBriefData = {
			...data,
			languages: data.languages.map((l) =>
				l.id === 'go'
					? {
							...l,
							name: '<img src=x onerror=alert(1)>',
							frameworks: [{ name: '[x](javascript:alert(1))', kind: '<script>alert(1)</script>' }],
						}
					: l,
			),
		};
		const html = renderMarkdown(roleBriefMarkdown(buildRoleBrief(hostile, { languageId: 'go', scenarioId: null })));
		expect(html).not.toMatch(/<img|<script|href="javascript:/i);
		expect(html).toMatch(/<h1>[^<]*&lt;img src=x onerror=alert\(1\)&gt;[^<]*<\/h1>/);
		expect(html).toContain('<li>[x](javascript:alert(1)) (&lt;script&gt;alert(1)&lt;/script&gt;)</li>');
	});

	test('writes the whole brief, line by line, for a language adapting another language’s scenario', () => {
		const brief = buildRoleBrief(data, { languageId: 'node-typescript', scenarioId: 'ai-mvp' });
		expect(roleBriefMarkdown(brief)).toMatchInlineSnapshot(`
			"# Backend engineer (Node.js / TypeScript)

			## Context

			Scenario: The lean AI MVP (the playbook's first pick there is Python; this brief adapts it).

			A small team ships an AI product.

			Who we are looking for first: A Python engineer.

			## The role

			- **Primary mission:** \\[What they own\\]
			- **Critical constraints:** \\[Cloud, data stores\\]
			- **Seniority signal:** \\[Level\\]

			## Our stack

			\\[Keep the ones your team uses; add your database, queue and cloud\\]

			- NestJS (structured framework)

			## Must have

			- Deep fluency in Node.js / TypeScript
			- SQL and data modelling
			- Writes strict TypeScript

			## Nice to have

			- A second backend language
			- Vector databases

			## How we interview

			1. **Technical screen:** Walk me through an API.
			2. **Production:** An endpoint times out.
			"
		`);
	});

	test('names the scenario’s language by its id when the data has no such language', () => {
		const orphan: RoleBriefData = {
			...data,
			scenarios: [{ ...data.scenarios[0]!, id: 'elixir-chat', language: 'elixir' }],
		};
		const brief = buildRoleBrief(orphan, { languageId: 'go', scenarioId: 'elixir-chat' });
		expect(brief.context?.adaptedFrom).toBe('elixir');
		expect(section(roleBriefMarkdown(brief), '## Context')[0]).toContain('elixir');
	});

	test('the context line for a scenario the brief does not adapt names it alone', () => {
		const brief = buildRoleBrief(data, { languageId: 'go', scenarioId: 'fintech-api' });
		const context = section(roleBriefMarkdown(brief), '## Context');
		expect(context[0]!.endsWith(' The fintech API.')).toBe(true);
		expect(context[0]).not.toContain('Go');
		expect(context[1]).toBe('Money moves.');
		// The line of an adapted scenario says more, naming the scenario's own language.
		const adapted = section(
			roleBriefMarkdown(buildRoleBrief(data, { languageId: 'node-typescript', scenarioId: 'ai-mvp' })),
			'## Context',
		)[0]!;
		expect(adapted).toContain('Python');
		expect(adapted.split(' ')[0]).toBe(context[0]!.split(' ')[0]);
	});

	test('leaves out the context section without a scenario', () => {
		expect(roleBriefMarkdown(buildRoleBrief(data, { languageId: 'php', scenarioId: null }))).not.toContain(
			'## Context',
		);
	});
});

describe('filling in the language', () => {
	test("puts a name in as written, even one with replacement patterns such as $& or $'", () => {
		expect(fillLanguage('Deep fluency in {language}', 'C$&')).toBe('Deep fluency in C$&');
		expect(fillLanguage('{language} and {language}', "$'$`$$")).toBe("$'$`$$ and $'$`$$");
	});

	test('replaces every placeholder and leaves other text alone', () => {
		expect(fillLanguage('{language} and {language}', 'Go')).toBe('Go and Go');
		expect(fillLanguage('No placeholder', 'Go')).toBe('No placeholder');
	});
});
