import { describe, expect, test } from 'vitest';
import { buildDecisionRecord, defaultRecordFields, type RecordInputs } from '../../../src/lib/decision-record';
import { defaultScorecardState } from '../../../src/lib/scorecard';
import { exampleAnswers, readDecisionRecordData } from '../../support/decision-record-data';

const data = readDecisionRecordData();
const fintech = exampleAnswers('fintech-api');
const inputs = (over: Partial<RecordInputs> = {}): RecordInputs => ({
	answers: {},
	scorecard: null,
	fields: defaultRecordFields(),
	...over,
});
const scenario = (id: string) => data.scenarios.find((s) => s.id === id)!;

describe('buildDecisionRecord from the fintech scenario’s answers', () => {
	const record = buildDecisionRecord(inputs({ answers: fintech }), data);

	test('chooses Go from the picker, with Rust as the runner-up and the fintech scenario as context', () => {
		expect(record.outcome.chosen).toEqual({ id: 'go', name: 'Go' });
		expect(record.outcome.basis).toBe('picker');
		expect(record.outcome.provisional).toBe(false);
		expect(record.outcome.runnerUp?.id).toBe('rust');
		expect(record.context.scenario).toMatchObject({ id: 'fintech-api', basis: 'answers' });
		expect(record.title).toBe('Use Go for our backend');
	});

	test('lists every answer as a driver, and the stack layer by layer, including the measured Rust hot path', () => {
		expect(record.drivers.answers).toHaveLength(data.picker.config.questions.length);
		expect(record.drivers.unanswered).toEqual([]);
		expect(record.drivers.answers[0]).toEqual({
			question: 'Workload',
			answer: data.picker.config.questions[0]!.options.find((o) => o.value === 'io-api')!.label,
		});
		expect(record.outcome.stack.map((l) => l.layer)).toContain('Hot path');
		expect(record.outcome.stack[0]).toEqual({ layer: 'Back end', choice: 'Go' });
	});

	test('quotes only reasons that gave the choice real weight', () => {
		expect(record.outcome.because.length).toBeGreaterThan(0);
		expect(record.outcome.because.join(' ')).not.toMatch(/barely separates the languages/);
	});

	test('without a scorecard, weighs every criterion equally, says so, and scores the picker’s two as well', () => {
		expect(record.missing).toEqual({ answers: false, scorecard: true });
		expect(record.drivers.weights.every((w) => w.weight === 5)).toBe(true);
		const scored = record.options.ranked.map((o) => o.id);
		expect(scored).toEqual(expect.arrayContaining(['python', 'node-typescript', 'go', 'java-kotlin', 'rust']));
		expect(record.outcome.margin.join(' ')).toMatch(/weighted equally because none was set/);
	});

	test('draws consequences from the Go profile and the fintech scenario, and operations from the profile', () => {
		const go = data.languages.find((l) => l.id === 'go')!;
		expect(record.consequences.good).toEqual(scenario('fintech-api').whyItWins);
		expect(record.consequences.bad).toEqual([
			...go.weakerAt.map((w) => `${w} (a weak spot of Go)`),
			...scenario('fintech-api').risks,
		]);
		expect(record.consequences.operations.map((o) => o.text)).toEqual([
			go.operations.containers,
			go.operations.coldStart,
			go.operations.memory,
		]);
	});

	test('revisits on the scenario’s signals and on each answer that would change the choice', () => {
		expect(record.revisit.signals).toEqual(scenario('fintech-api').revisitWhen);
		expect(record.revisit.changes.length).toBeGreaterThan(0);
		expect(record.revisit.changes.every((c) => / would make it /.test(c))).toBe(true);
	});

	test('hires the scenario’s first role and lists the checklist’s role definition', () => {
		expect(record.hire.first).toBe(scenario('fintech-api').hireFirst);
		expect(record.hire.from).toBe(scenario('fintech-api').title);
		expect(record.hire.roleDefinition.map((r) => r.label)).toEqual([
			'Primary mission',
			'Critical constraints',
			'Seniority signal',
		]);
		expect(record.hire.briefHref).toBe('/team/role-brief/?language=go&scenario=fintech-api');
	});
});

describe('buildDecisionRecord', () => {
	test.each(data.picker.config.examples.map((e) => [e.scenario, e.answers] as const))(
		'for the %s example answers, chooses the scenario’s own language and its first hire',
		(id, answers) => {
			const record = buildDecisionRecord(inputs({ answers }), data);
			expect(record.outcome.chosen.id).toBe(scenario(id).language);
			expect(record.hire.first).toBe(scenario(id).hireFirst);
		},
	);

	test('with no answers and the default scorecard (Python and Node.js tie), decides nothing yet', () => {
		const record = buildDecisionRecord(inputs(), data);
		expect(record.missing).toEqual({ answers: true, scorecard: true });
		expect(record.outcome.basis).toBe('none');
		// The default scorecard compares the default languages only: there is no picker choice to add.
		expect(record.options.ranked.map((o) => o.id).sort()).toEqual([...data.scorecard.defaultLanguages].sort());
	});

	test('with no answers, says the picker is not answered and falls back to the scorecard’s clear leader', () => {
		const scorecard = {
			...defaultScorecardState(data.scorecard),
			weights: { ...defaultScorecardState(data.scorecard).weights, 'ai-ecosystem': 10 },
		};
		const record = buildDecisionRecord(inputs({ scorecard }), data);
		expect(record.missing).toEqual({ answers: true, scorecard: false });
		expect(record.outcome.basis).toBe('scorecard');
		expect(record.outcome.provisional).toBe(true);
		expect(record.outcome.chosen.id).toBe(record.options.ranked[0]!.id);
		expect(record.outcome.because[0]).toMatch(/^It leads the scorecard: /);
		expect(record.outcome.stack).toEqual(
			data.picker.config.stacks[record.outcome.chosen.id]!.map(({ layer, choice }) => ({ layer, choice })),
		);
		expect(record.drivers.answers).toEqual([]);
		expect(record.revisit.changes).toEqual([]);
		expect(record.context.scenario?.basis).toBe('language');
	});

	const zeroWeights = { 'ai-ecosystem': 0, productivity: 0, hiring: 0, operations: 0, 'long-term-cost': 0 };

	test.each([
		['every weight is 0', { languages: ['python', 'go', 'rust'], weights: zeroWeights }],
		// Python and Go both rate 4 on long-term cost, the only criterion weighted, so they tie.
		['the scorecard ties', { languages: ['python', 'go'], weights: { ...zeroWeights, 'long-term-cost': 10 } }],
	])('with no answers and %s, says that nothing decides yet and what to fill in', (_case, over) => {
		const scorecard = { ...defaultScorecardState(data.scorecard), ...over };
		const record = buildDecisionRecord(
			inputs({ scorecard, fields: { ...defaultRecordFields(), product: 'Ledger' } }),
			data,
		);
		expect(record.outcome.basis).toBe('none');
		expect(record.title).toBe('No decision yet on the backend of Ledger');
		expect(record.title).not.toMatch(/^Use /);
		expect(record.outcome.because.join(' ')).toMatch(/Nothing decides yet/);
		expect(record.outcome.because.join(' ')).toMatch(/Answer the stack picker/);
		expect(record.outcome.because.join(' ')).toMatch(/weights? on the scorecard/);
		expect(record.outcome.stack).toEqual([]);
		expect(record.outcome.runnerUp).toBeNull();
		expect(record.consequences).toEqual({ good: [], bad: [], operations: [] });
		expect(record.revisit).toEqual({ signals: [], changes: [] });
		expect(record.hire.briefHref).toBe('/team/role-brief/');
	});

	test('with answers, the picker decides even when every scorecard weight is 0', () => {
		const scorecard = { ...defaultScorecardState(data.scorecard), weights: zeroWeights };
		const record = buildDecisionRecord(inputs({ answers: fintech, scorecard }), data);
		expect(record.outcome.basis).toBe('picker');
		expect(record.title).toBe('Use Go for our backend');
	});

	test('with the reader’s scorecard, uses its weights and languages as they are', () => {
		const scorecard = {
			...defaultScorecardState(data.scorecard),
			weights: { 'ai-ecosystem': 0, productivity: 0, hiring: 0, operations: 10, 'long-term-cost': 0 },
			languages: ['go', 'python'],
		};
		const record = buildDecisionRecord(inputs({ answers: fintech, scorecard }), data);
		expect(record.missing.scorecard).toBe(false);
		expect(record.options.ranked.map((o) => o.id)).toEqual(['go', 'python']);
		expect(record.drivers.weights.find((w) => w.id === 'operations')?.weight).toBe(10);
		expect(record.outcome.margin).toContain(`Scorecard: ${record.options.verdict}`);
	});

	test('says when the chosen language was not among the scored ones', () => {
		const scorecard = { ...defaultScorecardState(data.scorecard), languages: ['python', 'node-typescript'] };
		const record = buildDecisionRecord(inputs({ answers: fintech, scorecard }), data);
		expect(record.outcome.margin.join(' ')).toMatch(/Go was not among the languages scored on the scorecard/);
	});

	test('says when the reader’s scorecard puts another language first, and suggests a prototype', () => {
		const scorecard = { ...defaultScorecardState(data.scorecard), languages: ['python', 'go'] };
		const record = buildDecisionRecord(inputs({ answers: fintech, scorecard }), data);
		expect(record.outcome.margin.join(' ')).toMatch(/Python comes first .* Go ranks 2 of 2 .* small prototype/);
	});

	test('with some questions unanswered, is provisional and lists what is missing', () => {
		const record = buildDecisionRecord(inputs({ answers: { ai: 'core', workload: 'io-api' } }), data);
		expect(record.outcome.provisional).toBe(true);
		expect(record.drivers.answers.map((a) => a.question)).toEqual(['Workload', 'AI and ML']);
		expect(record.drivers.unanswered).toContain('Hiring');
		expect(record.outcome.margin.join(' ')).toMatch(/Only 2 of 9 questions are answered/);
	});

	test('when the closest scenario is built on another language, keeps its situation but not its risks or first hire', () => {
		// A JVM team with the fintech situation: the picker keeps the team's language.
		const record = buildDecisionRecord(inputs({ answers: { ...fintech, team: 'java-kotlin' } }), data);
		expect(record.outcome.chosen.id).toBe('java-kotlin');
		expect(record.context.scenario?.id).toBe('fintech-api');
		expect(record.consequences.bad).not.toContain(scenario('fintech-api').risks[0]);
		expect(record.consequences.good.every((g) => g.endsWith('(a strength of Java / Kotlin)'))).toBe(true);
		expect(record.revisit.signals).toEqual([]);
		expect(record.hire.from).toBeNull();
		expect(record.hire.first).toMatch(/^A senior Java \/ Kotlin engineer/);
		expect(record.hire.briefHref).toBe('/team/role-brief/?language=java-kotlin');
	});

	test('puts the reader’s product, date, deciders and status into the record, trimmed', () => {
		const fields = {
			product: '  Ledger API ',
			constraints: '  EU hosting only\nNo new vendors  ',
			date: '2026-11-12',
			deciders: ' Ana, Ben ',
			status: 'accepted' as const,
		};
		const record = buildDecisionRecord(inputs({ answers: fintech, fields }), data);
		expect(record.title).toBe('Use Go for the backend of Ledger API');
		expect(record.context.problem).toMatch(/stack for Ledger API,/);
		expect(record.context.constraints).toBe('EU hosting only\nNo new vendors');
		expect([record.date, record.deciders, record.status]).toEqual(['2026-11-12', 'Ana, Ben', 'accepted']);
	});
});

describe('buildDecisionRecord, word for word', () => {
	const label = (question: string, value: string) =>
		data.picker.config.questions.find((q) => q.id === question)!.options.find((o) => o.value === value)!.label;
	const zero = { 'ai-ecosystem': 0, productivity: 0, hiring: 0, operations: 0, 'long-term-cost': 0 };
	const scorecardWith = (over: Partial<ReturnType<typeof defaultScorecardState>>) => ({
		...defaultScorecardState(data.scorecard),
		...over,
	});

	test('the fintech answers: the margin without a provisional note, the problem with its scenario, operations by label', () => {
		const record = buildDecisionRecord(inputs({ answers: fintech }), data);
		expect(record.outcome.margin).toEqual([
			"In the picker's count Go leads Rust by 1 point.",
			'Scorecard, with every criterion weighted equally because none was set: Python comes first with 80.0 points and Go ranks 4 of 5 with 65.0. Weigh the criteria for your situation on the scorecard before accepting this record.',
		]);
		expect(record.context.problem).toBe(
			`We need to choose the primary backend language and stack for our product, and to be able to explain the choice to the team and to the people we hire. Our answers come closest to the playbook's scenario “${scenario('fintech-api').title}”: ${scenario('fintech-api').situation}`,
		);
		expect(record.revisit.changes[0]).toBe(
			`Team's language: “${label('team', 'python')}” instead of “${label('team', 'none')}” would make it Python.`,
		);
		const go = data.languages.find((l) => l.id === 'go')!;
		expect(record.consequences.operations).toEqual([
			{ label: 'Containers', text: go.operations.containers },
			{ label: 'Start-up', text: go.operations.coldStart },
			{ label: 'Memory', text: go.operations.memory },
		]);
	});

	test('a level count in the picker says so, and answers left open say what they would change', () => {
		// An I/O-bound API alone gives Python and Node.js the same points.
		const record = buildDecisionRecord(inputs({ answers: { workload: 'io-api' } }), data);
		expect(record.outcome.margin.slice(0, 2)).toEqual([
			"In the picker's count Python and Node.js / TypeScript are level; Python is listed first.",
			'Only 1 of 9 questions are answered, so the choice may still move.',
		]);
		expect(record.revisit.changes.slice(0, 2)).toEqual([
			`Workload: “${label('workload', 'real-time')}” instead of “${label('workload', 'io-api')}” would make it Node.js / TypeScript.`,
			`Team's language (unanswered): “${label('team', 'node-typescript')}” would make it Node.js / TypeScript.`,
		]);
	});

	test('a lead of several points in the picker is counted in points', () => {
		const record = buildDecisionRecord(inputs({ answers: { workload: 'data-ml' } }), data);
		expect(record.outcome.margin[0]).toBe("In the picker's count Python leads Java / Kotlin by 3 points.");
	});

	test('the scorecard’s clear leader: its reason, its runner-up without reasons, and the scenario its language leads', () => {
		const scorecard = scorecardWith({
			weights: { ...defaultScorecardState(data.scorecard).weights, 'ai-ecosystem': 10 },
		});
		const record = buildDecisionRecord(inputs({ scorecard }), data);
		expect(record.outcome.chosen).toEqual({ id: 'python', name: 'Python' });
		expect(record.outcome.runnerUp).toEqual({ id: 'node-typescript', name: 'Node.js / TypeScript' });
		expect(record.outcome.runnerUpBecause).toEqual([]);
		expect(record.outcome.because).toEqual([`It leads the scorecard: ${record.options.verdict}`]);
		expect(record.outcome.margin).toEqual([
			`Scorecard: ${record.options.verdict}`,
			expect.stringMatching(/^Lowering /),
		]);
		const aiMvp = scenario('ai-mvp');
		expect(record.context.scenario).toEqual({
			id: 'ai-mvp',
			title: aiMvp.title,
			situation: aiMvp.situation,
			basis: 'language',
		});
		expect(record.context.problem).toBe(
			`We need to choose the primary backend language and stack for our product, and to be able to explain the choice to the team and to the people we hire. The playbook's own scenario for Python is “${aiMvp.title}”: ${aiMvp.situation}`,
		);
		expect(record.hire.briefHref).toBe('/team/role-brief/?language=python&scenario=ai-mvp');
	});

	test('the scorecard’s leader without a scenario of its own gets none, and a lone scored language has no runner-up', () => {
		const rust = buildDecisionRecord(
			inputs({ scorecard: scorecardWith({ languages: ['python', 'rust'], weights: { ...zero, operations: 10 } }) }),
			data,
		);
		expect(rust.outcome.chosen.id).toBe('rust');
		expect(rust.outcome.runnerUp).toEqual({ id: 'python', name: 'Python' });
		expect(rust.context.scenario).toBeNull();
		expect(rust.context.problem).toBe(
			'We need to choose the primary backend language and stack for our product, and to be able to explain the choice to the team and to the people we hire.',
		);
		const alone = buildDecisionRecord(inputs({ scorecard: scorecardWith({ languages: ['go'] }) }), data);
		expect(alone.outcome.basis).toBe('scorecard');
		expect(alone.outcome.chosen.id).toBe('go');
		expect(alone.outcome.runnerUp).toBeNull();
	});

	test('a scored language the picker and the profiles do not know yet: named as the scorecard names it, with nothing made up', () => {
		// A language can reach the scorecard before its profile and its picker stack are written.
		const partial = {
			...data,
			picker: {
				...data.picker,
				languages: data.picker.languages.filter((l) => l.id !== 'rust'),
				config: {
					...data.picker.config,
					stacks: Object.fromEntries(Object.entries(data.picker.config.stacks).filter(([id]) => id !== 'rust')),
				},
			},
			languages: data.languages.filter((l) => l.id !== 'rust'),
		};
		const record = buildDecisionRecord(
			inputs({ scorecard: scorecardWith({ languages: ['python', 'rust'], weights: { ...zero, operations: 10 } }) }),
			partial,
		);
		expect(record.outcome.chosen).toEqual({ id: 'rust', name: 'Rust' });
		expect(record.title).toBe('Use Rust for our backend');
		expect(record.outcome.stack).toEqual([]);
		expect(record.consequences).toEqual({ good: [], bad: [], operations: [] });
		expect(record.hire.first).toMatch(/^A senior Rust engineer /);
	});

	test('nothing decided: the exact reasons and margin when every weight is 0, and the hire waits for the language', () => {
		const record = buildDecisionRecord(
			inputs({ scorecard: scorecardWith({ languages: ['python', 'go', 'rust'], weights: zero }) }),
			data,
		);
		expect(record.outcome.because).toEqual([
			'Nothing decides yet: the stack picker has not been answered, and every scorecard weight is 0.',
			'Answer the stack picker, or set weights on the scorecard that separate the languages; the record then names a choice.',
		]);
		expect(record.outcome.margin).toEqual([`Scorecard: ${record.options.verdict}`]);
		expect(record.hire.first).toBe('Decide on the language first: the first hire follows from it.');
	});

	test('nothing decided on a tie: the reason quotes the scorecard’s verdict in one sentence', () => {
		const record = buildDecisionRecord(
			inputs({ scorecard: scorecardWith({ languages: ['python', 'go'], weights: { ...zero, 'long-term-cost': 10 } }) }),
			data,
		);
		expect(record.outcome.because[0]).toBe(
			'Nothing decides yet: the stack picker has not been answered, and the scorecard has no single leader (Python and Go tie for first place at 75.0 points).',
		);
		expect(record.outcome.margin).toEqual(['Scorecard: Python and Go tie for first place at 75.0 points.']);
	});

	test('the strengths of a language chosen outside its scenario, each named as such', () => {
		const record = buildDecisionRecord(inputs({ answers: { ...fintech, team: 'java-kotlin' } }), data);
		const jvm = data.languages.find((l) => l.id === 'java-kotlin')!;
		expect(record.consequences.good).toEqual(jvm.bestFor.map((b) => `${b} (a strength of Java / Kotlin)`));
		expect(record.consequences.good.length).toBeGreaterThan(0);
	});

	test('the deciders are kept to one line, every run of spaces and breaks made one space', () => {
		const fields = { ...defaultRecordFields(), deciders: 'Ana,   Ben\n\n Cy' };
		expect(buildDecisionRecord(inputs({ answers: fintech, fields }), data).deciders).toBe('Ana, Ben Cy');
	});
});
