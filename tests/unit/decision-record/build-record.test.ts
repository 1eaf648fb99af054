import { describe, expect, test } from 'vitest';
import { buildDecisionRecord, defaultRecordFields, type RecordInputs } from '../../../src/tools/decision-record/model';
import type { DecisionRecordData } from '../../../src/tools/decision-record/model/types';
import { recommendStack } from '../../../src/tools/picker/model/recommend-stack';
import { buildDecisionTable, defaultScorecardState, type ScorecardState } from '../../../src/tools/scorecard/model';
import { exampleAnswers, exampleScenarios, recordData } from '../../support/playbook-data';

// Every test builds its own data and record: built when the file loads, the record's code would run
// outside any test, and Stryker would re-run every test of the folder against each of its mutants.
const fintech = () => exampleAnswers('fintech-api');
const inputs = (over: Partial<RecordInputs> = {}): RecordInputs => ({
	answers: {},
	scorecard: null,
	fields: defaultRecordFields(),
	...over,
});
const scenarioOf = (data: DecisionRecordData, id: string) => data.scenarios.find((s) => s.id === id)!;
const zeroWeights = { 'ai-ecosystem': 0, productivity: 0, hiring: 0, operations: 0, 'long-term-cost': 0 };
const scorecardWith = (data: DecisionRecordData, over: Partial<ScorecardState>): ScorecardState => ({
	...defaultScorecardState(data.scorecard),
	...over,
});

/** The record for the fintech scenario's own answers, with its data. */
function fintechRecord() {
	const data = recordData();
	return { data, record: buildDecisionRecord(inputs({ answers: fintech() }), data) };
}

describe('buildDecisionRecord from the fintech scenario’s answers', () => {
	test('chooses Go from the picker, with Rust as the runner-up and the fintech scenario as context', () => {
		const { record } = fintechRecord();
		expect(record.outcome.chosen).toEqual({ id: 'go', name: 'Go' });
		expect(record.outcome.basis).toBe('picker');
		expect(record.outcome.provisional).toBe(false);
		expect(record.outcome.runnerUp?.id).toBe('rust');
		expect(record.context.scenario).toMatchObject({ id: 'fintech-api', basis: 'answers' });
		expect(record.title).toBe('Use Go for our backend');
	});

	test('lists every answer as a driver, and the stack layer by layer, including the measured Rust hot path', () => {
		const { data, record } = fintechRecord();
		expect(record.drivers.answers).toHaveLength(data.picker.config.questions.length);
		expect(record.drivers.unanswered).toEqual([]);
		expect(record.drivers.answers[0]).toEqual({
			question: 'Workload',
			answer: data.picker.config.questions[0]!.options.find((o) => o.value === 'io-api')!.label,
		});
		expect(record.outcome.stack.map((l) => l.layer)).toContain('Hot path');
		expect(record.outcome.stack[0]).toEqual({ layer: 'Back end', choice: 'Go' });
	});

	test('quotes only the picker’s reasons that gave the choice real weight, at most three', () => {
		const { data, record } = fintechRecord();
		const reasons = recommendStack(fintech(), data.picker).reasons;
		const strong = reasons.filter((r) => r.points >= 2).map((r) => r.text);
		// The fintech answers also give points that barely separate the languages; those stay out.
		expect(reasons.some((r) => r.points < 2)).toBe(true);
		// The strong reasons in the picker's order, up to three: a reason of exactly two points counts.
		expect(strong.length).toBeLessThan(3);
		expect(reasons.filter((r) => r.points === 2).length).toBeGreaterThan(0);
		expect(record.outcome.because).toEqual(strong);
	});

	test('quotes the weak reasons when the answers gave nothing stronger', () => {
		const data = recordData();
		const answers = { workload: 'mixed' };
		const reasons = recommendStack(answers, data.picker).reasons;
		expect(reasons.length).toBeGreaterThan(0);
		expect(reasons.every((r) => r.points < 2)).toBe(true);
		expect(buildDecisionRecord(inputs({ answers }), data).outcome.because).toEqual(
			reasons.map((r) => r.text).slice(0, 3),
		);
	});

	test('names at most two reasons that pull towards the runner-up, the picker’s first two', () => {
		const data = recordData();
		const answers = exampleAnswers('enterprise-data-platform');
		const runnerUp = recommendStack(answers, data.picker).runnerUpReasons;
		expect(runnerUp.length).toBeGreaterThan(2);
		expect(buildDecisionRecord(inputs({ answers }), data).outcome.runnerUpBecause).toEqual(
			runnerUp.slice(0, 2).map((r) => r.text),
		);
	});

	test('without a scorecard, weighs every criterion equally, and scores the picker’s two besides the defaults', () => {
		const { data, record } = fintechRecord();
		expect(record.missing).toEqual({ answers: false, scorecard: true });
		expect(record.drivers.weights.every((w) => w.weight === 5)).toBe(true);
		const scored = record.options.ranked.map((o) => o.id);
		expect(scored.sort()).toEqual([...data.scorecard.defaultLanguages, 'rust'].sort());
		// Go is not the equal-weight scorecard's leader, so the margin names the leader and Go's place.
		expect(record.options.ranked[0]!.name).toBe('Python');
		expect(record.outcome.margin).toHaveLength(2);
		expect(record.outcome.margin[1]).toContain('Python');
		expect(record.outcome.margin[1]).toContain('Go');
	});

	test('draws consequences from the Go profile and the fintech scenario, and operations from the profile', () => {
		const { data, record } = fintechRecord();
		const go = data.languages.find((l) => l.id === 'go')!;
		const fintechScenario = scenarioOf(data, 'fintech-api');
		expect(record.consequences.good).toEqual(fintechScenario.whyItWins);
		expect(record.consequences.bad.slice(-fintechScenario.risks.length)).toEqual(fintechScenario.risks);
		expect(record.consequences.bad).toHaveLength(go.weakerAt.length + fintechScenario.risks.length);
		go.weakerAt.forEach((weakness, i) => {
			expect(record.consequences.bad[i]).toContain(weakness);
			expect(record.consequences.bad[i]).toContain('Go');
		});
		expect(record.consequences.operations).toEqual([
			{ label: 'Containers', text: go.operations.containers },
			{ label: 'Start-up', text: go.operations.coldStart },
			{ label: 'Memory', text: go.operations.memory },
		]);
	});

	test('revisits on the scenario’s signals and on each single answer that would change the choice', () => {
		const { data, record } = fintechRecord();
		expect(record.revisit.signals).toEqual(scenarioOf(data, 'fintech-api').revisitWhen);
		const changes = recommendStack(fintech(), data.picker).changes;
		expect(changes.length).toBeGreaterThan(0);
		expect(record.revisit.changes).toHaveLength(changes.length);
		changes.forEach((change, i) => {
			const name = data.picker.languages.find((l) => l.id === change.primary)!.name;
			expect(record.revisit.changes[i]).toContain(change.questionLabel);
			expect(record.revisit.changes[i]).toContain(`“${change.toLabel}”`);
			expect(record.revisit.changes[i]!.endsWith(` ${name}.`)).toBe(true);
		});
	});

	test('hires the scenario’s first role and lists the checklist’s role definition', () => {
		const { data, record } = fintechRecord();
		expect(record.hire.first).toBe(scenarioOf(data, 'fintech-api').hireFirst);
		expect(record.hire.from).toBe(scenarioOf(data, 'fintech-api').title);
		expect(record.hire.roleDefinition.map((r) => r.label)).toEqual([
			'Primary mission',
			'Critical constraints',
			'Seniority signal',
		]);
		expect(record.hire.briefHref).toBe('/team/role-brief/?language=go&scenario=fintech-api');
	});

	test('states the problem for the product, with the scenario the answers come closest to', () => {
		const { data, record } = fintechRecord();
		const fintechScenario = scenarioOf(data, 'fintech-api');
		expect(record.context.problem).toContain('our product');
		expect(record.context.problem).toContain(`“${fintechScenario.title}”`);
		expect(record.context.problem.endsWith(fintechScenario.situation)).toBe(true);
	});
});

describe('buildDecisionRecord', () => {
	test.each(exampleScenarios())(
		'for the %s example answers, chooses the scenario’s own language and its first hire',
		(id) => {
			const data = recordData();
			const record = buildDecisionRecord(inputs({ answers: exampleAnswers(id) }), data);
			expect(record.outcome.chosen.id).toBe(scenarioOf(data, id).language);
			expect(record.hire.first).toBe(scenarioOf(data, id).hireFirst);
		},
	);

	test('with no answers and the default scorecard (Python and Node.js tie), decides nothing yet', () => {
		const data = recordData();
		const record = buildDecisionRecord(inputs(), data);
		expect(record.missing).toEqual({ answers: true, scorecard: true });
		expect(record.outcome.basis).toBe('none');
		// The default scorecard compares the default languages only: there is no picker choice to add.
		expect(record.options.ranked.map((o) => o.id).sort()).toEqual([...data.scorecard.defaultLanguages].sort());
	});

	test('with no answers, falls back to the scorecard’s clear leader, provisionally, with its stack', () => {
		const data = recordData();
		const scorecard = scorecardWith(data, {
			weights: { ...defaultScorecardState(data.scorecard).weights, 'ai-ecosystem': 10 },
		});
		const record = buildDecisionRecord(inputs({ scorecard }), data);
		expect(record.missing).toEqual({ answers: true, scorecard: false });
		expect(record.outcome.basis).toBe('scorecard');
		expect(record.outcome.provisional).toBe(true);
		expect(record.outcome.chosen).toEqual({ id: 'python', name: 'Python' });
		expect(record.outcome.chosen.id).toBe(record.options.ranked[0]!.id);
		expect(record.outcome.runnerUp).toEqual({ id: 'node-typescript', name: 'Node.js / TypeScript' });
		expect(record.outcome.runnerUpBecause).toEqual([]);
		// The scorecard's own verdict is the reason, and it opens the margin, followed by how robust the lead is.
		expect(record.outcome.because).toHaveLength(1);
		expect(record.outcome.because[0]!.endsWith(record.options.verdict)).toBe(true);
		expect(record.outcome.margin).toHaveLength(2);
		expect(record.outcome.margin[0]!.endsWith(record.options.verdict)).toBe(true);
		expect(record.outcome.margin[1]).toBe(buildDecisionTable(data.scorecard, scorecard).robustness);
		expect(record.outcome.stack).toEqual(
			data.picker.config.stacks.python!.map(({ layer, choice }) => ({ layer, choice })),
		);
		expect(record.drivers.answers).toEqual([]);
		expect(record.revisit.changes).toEqual([]);
	});

	test('with no answers, borrows the scenario its leader leads, said to come from the language', () => {
		const data = recordData();
		const scorecard = scorecardWith(data, {
			weights: { ...defaultScorecardState(data.scorecard).weights, 'ai-ecosystem': 10 },
		});
		const record = buildDecisionRecord(inputs({ scorecard }), data);
		const aiMvp = scenarioOf(data, 'ai-mvp');
		expect(record.context.scenario).toEqual({
			id: 'ai-mvp',
			title: aiMvp.title,
			situation: aiMvp.situation,
			basis: 'language',
		});
		expect(record.context.problem).toContain(`“${aiMvp.title}”`);
		expect(record.context.problem.endsWith(aiMvp.situation)).toBe(true);
		expect(record.hire.briefHref).toBe('/team/role-brief/?language=python&scenario=ai-mvp');
	});

	test.each([
		['every weight is 0', { languages: ['python', 'go', 'rust'], weights: zeroWeights }],
		// Python and Go both rate 4 on long-term cost, the only criterion weighted, so they tie.
		['the scorecard ties', { languages: ['python', 'go'], weights: { ...zeroWeights, 'long-term-cost': 10 } }],
	])(
		'with no answers and %s, chooses nothing and leaves every part that follows from a choice empty',
		(_case, over) => {
			const data = recordData();
			const record = buildDecisionRecord(
				inputs({ scorecard: scorecardWith(data, over), fields: { ...defaultRecordFields(), product: 'Ledger' } }),
				data,
			);
			expect(record.outcome.basis).toBe('none');
			expect(record.title).toBe('No decision yet on the backend of Ledger');
			// One sentence on why nothing decides, one on what to fill in.
			expect(record.outcome.because).toHaveLength(2);
			expect(record.outcome.margin).toEqual([`Scorecard: ${record.options.verdict}`]);
			expect(record.outcome.stack).toEqual([]);
			expect(record.outcome.runnerUp).toBeNull();
			expect(record.context.scenario).toBeNull();
			expect(record.consequences).toEqual({ good: [], bad: [], operations: [] });
			expect(record.revisit).toEqual({ signals: [], changes: [] });
			expect(record.hire.from).toBeNull();
			expect(record.hire.briefHref).toBe('/team/role-brief/');
		},
	);

	test('a tie is named in the reason as the scorecard’s verdict, without its full stop', () => {
		const data = recordData();
		const record = buildDecisionRecord(
			inputs({
				scorecard: scorecardWith(data, {
					languages: ['python', 'go'],
					weights: { ...zeroWeights, 'long-term-cost': 10 },
				}),
			}),
			data,
		);
		const verdict = record.options.verdict;
		expect(verdict.endsWith('.')).toBe(true);
		expect(record.outcome.because[0]).toContain(`(${verdict.slice(0, -1)})`);
		const allZero = buildDecisionRecord(
			inputs({ scorecard: scorecardWith(data, { languages: ['python', 'go'], weights: zeroWeights }) }),
			data,
		);
		expect(allZero.outcome.because[0]).not.toContain(allZero.options.verdict.slice(0, -1));
		expect(allZero.outcome.because[1]).toBe(record.outcome.because[1]);
	});

	test('with answers, the picker decides even when every scorecard weight is 0', () => {
		const data = recordData();
		const record = buildDecisionRecord(
			inputs({ answers: fintech(), scorecard: scorecardWith(data, { weights: zeroWeights }) }),
			data,
		);
		expect(record.outcome.basis).toBe('picker');
		expect(record.title).toBe('Use Go for our backend');
	});

	test('with the reader’s scorecard, uses its weights and languages as they are', () => {
		const data = recordData();
		const scorecard = scorecardWith(data, {
			weights: { ...zeroWeights, operations: 10 },
			languages: ['go', 'python'],
		});
		const record = buildDecisionRecord(inputs({ answers: fintech(), scorecard }), data);
		expect(record.missing.scorecard).toBe(false);
		expect(record.options.ranked.map((o) => o.id)).toEqual(['go', 'python']);
		expect(record.drivers.weights.find((w) => w.id === 'operations')?.weight).toBe(10);
		expect(record.outcome.margin).toContain(`Scorecard: ${record.options.verdict}`);
		expect(record.outcome.margin).toContain(buildDecisionTable(data.scorecard, scorecard).robustness);
	});

	test('says when the chosen language was not among the scored ones, naming it', () => {
		const data = recordData();
		const scorecard = scorecardWith(data, { languages: ['python', 'node-typescript'] });
		const record = buildDecisionRecord(inputs({ answers: fintech(), scorecard }), data);
		expect(record.outcome.margin).toHaveLength(2);
		expect(record.outcome.margin[1]!.startsWith('Go ')).toBe(true);
		expect(record.outcome.margin[1]).not.toContain(record.options.verdict);
	});

	test('when the reader’s scorecard puts another language first, names both with their ranks and points', () => {
		const data = recordData();
		const scorecard = scorecardWith(data, { languages: ['python', 'go'] });
		const record = buildDecisionRecord(inputs({ answers: fintech(), scorecard }), data);
		const [first, second] = record.options.ranked;
		expect([first!.id, second!.id]).toEqual(['python', 'go']);
		const margin = record.outcome.margin[1]!;
		expect(margin).toContain(`Python comes first with ${first!.total.toFixed(1)} points`);
		expect(margin).toContain(`Go ranks 2 of 2 with ${second!.total.toFixed(1)}`);
		// The reader's own scorecard is not called unweighted, unlike the fallback's.
		const fallback = fintechRecord().record.outcome.margin[1]!;
		expect(margin.split(':')[0]).toBe('Scorecard');
		expect(fallback.split(':')[0]).not.toBe('Scorecard');
	});

	test('with some questions unanswered, is provisional, lists what is missing and counts the answers', () => {
		const data = recordData();
		const record = buildDecisionRecord(inputs({ answers: { ai: 'core', workload: 'io-api' } }), data);
		expect(record.outcome.provisional).toBe(true);
		expect(record.drivers.answers.map((a) => a.question)).toEqual(['Workload', 'AI and ML']);
		expect(record.drivers.unanswered).toHaveLength(data.picker.config.questions.length - 2);
		expect(record.drivers.unanswered).toContain('Hiring');
		// Right after the picker's count, the margin says how many questions are answered; a fully answered picker does not.
		const answeredOf = `2 of ${data.picker.config.questions.length}`;
		expect(record.outcome.margin[1]).toContain(answeredOf);
		const fullyAnswered = fintechRecord().record.outcome.margin;
		expect(fullyAnswered.some((m) => m.includes(` of ${data.picker.config.questions.length} `))).toBe(false);
	});

	test('the picker’s margin names the leader, the runner-up and the gap in points, or says they are level', () => {
		const data = recordData();
		const margin = (answers: Record<string, string>) => {
			const picked = recommendStack(answers, data.picker);
			const gap = picked.ranking[0]!.points - picked.ranking[1]!.points;
			return { gap, text: buildDecisionRecord(inputs({ answers }), data).outcome.margin[0]! };
		};
		const several = margin({ workload: 'data-ml' });
		expect(several.gap).toBe(3);
		expect(several.text).toMatch(/Python .*Java \/ Kotlin .*\b3 points\.$/);
		const one = margin(fintech());
		expect(one.gap).toBe(1);
		expect(one.text).toMatch(/Go .*Rust .*\b1 point\.$/);
		// An I/O-bound API alone gives Python and Node.js the same points.
		const level = margin({ workload: 'io-api' });
		expect(level.gap).toBe(0);
		expect(level.text).toMatch(/Python .*Node\.js \/ TypeScript/);
		expect(level.text).not.toMatch(/\d/);
	});

	test('an answer left open says what it would change, apart from answers that were given', () => {
		const data = recordData();
		const record = buildDecisionRecord(inputs({ answers: { workload: 'io-api' } }), data);
		const changes = recommendStack({ workload: 'io-api' }, data.picker).changes;
		expect(changes[0]!.from).toBe('io-api');
		expect(changes[1]!.from).toBeNull();
		const [given, open] = record.revisit.changes;
		const workload = data.picker.config.questions.find((q) => q.id === 'workload')!;
		// A given answer names what it is now; an open one has nothing to name.
		expect(given).toContain(`“${workload.options.find((o) => o.value === 'io-api')!.label}”`);
		expect(open!.match(/“/g)).toHaveLength(1);
		expect(open).toContain(changes[1]!.questionLabel);
	});

	test('when the closest scenario is built on another language, keeps its situation but not its risks or first hire', () => {
		const data = recordData();
		// A JVM team with the fintech situation: the picker keeps the team's language.
		const record = buildDecisionRecord(inputs({ answers: { ...fintech(), team: 'java-kotlin' } }), data);
		const jvm = data.languages.find((l) => l.id === 'java-kotlin')!;
		expect(record.outcome.chosen.id).toBe('java-kotlin');
		expect(record.context.scenario?.id).toBe('fintech-api');
		expect(record.consequences.bad).not.toContain(scenarioOf(data, 'fintech-api').risks[0]);
		// The language's own strengths stand in for the scenario's, each named as the language's.
		expect(record.consequences.good).toHaveLength(jvm.bestFor.length);
		jvm.bestFor.forEach((strength, i) => {
			expect(record.consequences.good[i]!.startsWith(strength)).toBe(true);
			expect(record.consequences.good[i]).toContain('Java / Kotlin');
		});
		expect(record.revisit.signals).toEqual([]);
		expect(record.hire.from).toBeNull();
		expect(record.hire.first).not.toBe(scenarioOf(data, 'fintech-api').hireFirst);
		expect(record.hire.first).toContain('Java / Kotlin');
		expect(record.hire.briefHref).toBe('/team/role-brief/?language=java-kotlin');
	});

	test('the scorecard’s leader without a scenario of its own gets none, and a lone scored language has no runner-up', () => {
		const data = recordData();
		const rust = buildDecisionRecord(
			inputs({
				scorecard: scorecardWith(data, { languages: ['python', 'rust'], weights: { ...zeroWeights, operations: 10 } }),
			}),
			data,
		);
		expect(rust.outcome.chosen.id).toBe('rust');
		expect(rust.outcome.runnerUp).toEqual({ id: 'python', name: 'Python' });
		expect(rust.context.scenario).toBeNull();
		// Without a scenario the problem is its first sentence alone.
		expect(fintechRecord().record.context.problem.startsWith(rust.context.problem)).toBe(true);
		const alone = buildDecisionRecord(inputs({ scorecard: scorecardWith(data, { languages: ['go'] }) }), data);
		expect(alone.outcome.basis).toBe('scorecard');
		expect(alone.outcome.chosen.id).toBe('go');
		expect(alone.outcome.runnerUp).toBeNull();
	});

	test('a scored language the picker and the profiles do not know yet: named as the scorecard names it, with nothing made up', () => {
		const data = recordData();
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
			inputs({
				scorecard: scorecardWith(data, { languages: ['python', 'rust'], weights: { ...zeroWeights, operations: 10 } }),
			}),
			partial,
		);
		expect(record.outcome.chosen).toEqual({ id: 'rust', name: 'Rust' });
		expect(record.title).toBe('Use Rust for our backend');
		expect(record.outcome.stack).toEqual([]);
		expect(record.consequences).toEqual({ good: [], bad: [], operations: [] });
		expect(record.hire.first).toContain('Rust');
	});

	test('puts the reader’s product, date, deciders and status into the record, trimmed', () => {
		const data = recordData();
		const fields = {
			product: '  Ledger \t  API ',
			constraints: '  EU hosting only\nNo new vendors  ',
			date: '2026-11-12',
			deciders: ' Ana, Ben ',
			status: 'accepted' as const,
		};
		const record = buildDecisionRecord(inputs({ answers: fintech(), fields }), data);
		expect(record.title).toBe('Use Go for the backend of Ledger API');
		expect(record.context.problem).toContain(' Ledger API,');
		expect(record.context.problem).not.toContain('our product');
		expect(record.context.constraints).toBe('EU hosting only\nNo new vendors');
		expect([record.date, record.deciders, record.status, record.product]).toEqual([
			'2026-11-12',
			'Ana, Ben',
			'accepted',
			'Ledger API',
		]);
	});

	test('the deciders are kept to one line, every run of spaces and breaks made one space', () => {
		const fields = { ...defaultRecordFields(), deciders: 'Ana,   Ben\n\n Cy' };
		expect(buildDecisionRecord(inputs({ answers: fintech(), fields }), recordData()).deciders).toBe('Ana, Ben Cy');
	});
});

describe('buildDecisionRecord, what it says', () => {
	/** A text with the data's own words (scenario titles and situations, answer labels) named instead of quoted. */
	function withoutDataText(text: string, data: DecisionRecordData): string {
		let out = text;
		for (const s of data.scenarios)
			out = out.replaceAll(s.situation, `‹situation of ${s.id}›`).replaceAll(s.title, `‹${s.id}›`);
		for (const q of data.picker.config.questions)
			for (const o of q.options) out = out.replaceAll(`“${o.label}”`, `“‹${q.id}=${o.value}›”`);
		return out;
	}

	test('the record’s own sentences in each situation, one reviewed copy', () => {
		const data = recordData();
		const build = (over: Partial<RecordInputs>) => buildDecisionRecord(inputs(over), data);
		// The picker's reasons are the data's own sentences, so only the record's reasons are shown.
		const say = (record: ReturnType<typeof build>) => ({
			problem: withoutDataText(record.context.problem, data),
			...(record.outcome.basis === 'picker' ? {} : { because: record.outcome.because }),
			margin: record.outcome.margin.map((t) => withoutDataText(t, data)),
			...(record.revisit.changes.length > 0
				? { changes: record.revisit.changes.slice(0, 2).map((t) => withoutDataText(t, data)) }
				: {}),
		});
		const scorecard = (over: Partial<ScorecardState>) => scorecardWith(data, over);
		const cases = {
			'fintech answers, no scorecard': build({ answers: fintech() }),
			'one answer, level count': build({ answers: { workload: 'io-api' } }),
			"the reader's scorecard ranks Go second": build({
				answers: fintech(),
				scorecard: scorecard({ languages: ['python', 'go'] }),
			}),
			'Go not scored': build({
				answers: fintech(),
				scorecard: scorecard({ languages: ['python', 'node-typescript'] }),
			}),
			'scorecard leader with a scenario': build({
				scorecard: scorecard({ weights: { ...defaultScorecardState(data.scorecard).weights, 'ai-ecosystem': 10 } }),
			}),
			'scorecard leader without a scenario': build({
				scorecard: scorecard({ languages: ['python', 'rust'], weights: { ...zeroWeights, operations: 10 } }),
			}),
			'every weight 0': build({ scorecard: scorecard({ languages: ['python', 'go', 'rust'], weights: zeroWeights }) }),
			'a tie': build({
				scorecard: scorecard({ languages: ['python', 'go'], weights: { ...zeroWeights, 'long-term-cost': 10 } }),
			}),
		};
		const said = Object.fromEntries(Object.entries(cases).map(([name, record]) => [name, say(record)]));
		const hires = {
			undecided: cases['every weight 0'].hire.first,
			'outside its scenario': build({ answers: { ...fintech(), team: 'java-kotlin' } }).hire.first,
		};
		expect({ said, hires }).toMatchInlineSnapshot(`
			{
			  "hires": {
			    "outside its scenario": "A senior Java / Kotlin engineer who has run services in production and can own the API, the data model and on-call from the start.",
			    "undecided": "Decide on the language first: the first hire follows from it.",
			  },
			  "said": {
			    "Go not scored": {
			      "changes": [
			        "Team's language: “‹team=python›” instead of “‹team=none›” would make it Python.",
			        "AI and ML: “‹ai=core›” instead of “‹ai=none›” would make it Python.",
			      ],
			      "margin": [
			        "In the picker's count Go leads Rust by 1 point.",
			        "Go was not among the languages scored on the scorecard; add it there to test this choice against your weights.",
			      ],
			      "problem": "We need to choose the primary backend language and stack for our product, and to be able to explain the choice to the team and to the people we hire. Our answers come closest to the playbook's scenario “‹fintech-api›”: ‹situation of fintech-api›",
			    },
			    "a tie": {
			      "because": [
			        "Nothing decides yet: the stack picker has not been answered, and the scorecard has no single leader (Python and Go tie for first place at 75.0 points).",
			        "Answer the stack picker, or set weights on the scorecard that separate the languages; the record then names a choice.",
			      ],
			      "margin": [
			        "Scorecard: Python and Go tie for first place at 75.0 points.",
			      ],
			      "problem": "We need to choose the primary backend language and stack for our product, and to be able to explain the choice to the team and to the people we hire.",
			    },
			    "every weight 0": {
			      "because": [
			        "Nothing decides yet: the stack picker has not been answered, and every scorecard weight is 0.",
			        "Answer the stack picker, or set weights on the scorecard that separate the languages; the record then names a choice.",
			      ],
			      "margin": [
			        "Scorecard: Every weight is 0, so nothing separates the languages. Give at least one criterion a weight.",
			      ],
			      "problem": "We need to choose the primary backend language and stack for our product, and to be able to explain the choice to the team and to the people we hire.",
			    },
			    "fintech answers, no scorecard": {
			      "changes": [
			        "Team's language: “‹team=python›” instead of “‹team=none›” would make it Python.",
			        "AI and ML: “‹ai=core›” instead of “‹ai=none›” would make it Python.",
			      ],
			      "margin": [
			        "In the picker's count Go leads Rust by 1 point.",
			        "Scorecard, with every criterion weighted equally because none was set: Python comes first with 80.0 points and Go ranks 4 of 5 with 65.0. Weigh the criteria for your situation on the scorecard before accepting this record.",
			      ],
			      "problem": "We need to choose the primary backend language and stack for our product, and to be able to explain the choice to the team and to the people we hire. Our answers come closest to the playbook's scenario “‹fintech-api›”: ‹situation of fintech-api›",
			    },
			    "one answer, level count": {
			      "changes": [
			        "Workload: “‹workload=real-time›” instead of “‹workload=io-api›” would make it Node.js / TypeScript.",
			        "Team's language (unanswered): “‹team=node-typescript›” would make it Node.js / TypeScript.",
			      ],
			      "margin": [
			        "In the picker's count Python and Node.js / TypeScript are level; Python is listed first.",
			        "Only 1 of 9 questions are answered, so the choice may still move.",
			        "Scorecard: Python and Node.js / TypeScript tie for first place at 80.0 points.",
			        "With first place shared, any change to a weight that favours one of the leaders decides it.",
			      ],
			      "problem": "We need to choose the primary backend language and stack for our product, and to be able to explain the choice to the team and to the people we hire. Our answers come closest to the playbook's scenario “‹ai-mvp›”: ‹situation of ai-mvp›",
			    },
			    "scorecard leader with a scenario": {
			      "because": [
			        "It leads the scorecard: Python leads with 83.3 points, 8.3 ahead of Node.js / TypeScript.",
			      ],
			      "margin": [
			        "Scorecard: Python leads with 83.3 points, 8.3 ahead of Node.js / TypeScript.",
			        "Lowering the weight of AI ecosystem from 10 to below 5 (in whole steps: 4) puts Node.js / TypeScript ahead of Python; that is the smallest single change that does.",
			      ],
			      "problem": "We need to choose the primary backend language and stack for our product, and to be able to explain the choice to the team and to the people we hire. The playbook's own scenario for Python is “‹ai-mvp›”: ‹situation of ai-mvp›",
			    },
			    "scorecard leader without a scenario": {
			      "because": [
			        "It leads the scorecard: Rust leads with 75.0 points, 25.0 ahead of Python.",
			      ],
			      "margin": [
			        "Scorecard: Rust leads with 75.0 points, 25.0 ahead of Python.",
			        "Raising the weight of Developer productivity from 0 to above 2.5 (in whole steps: 3) puts Python ahead of Rust; that is the smallest single change that does.",
			      ],
			      "problem": "We need to choose the primary backend language and stack for our product, and to be able to explain the choice to the team and to the people we hire.",
			    },
			    "the reader's scorecard ranks Go second": {
			      "changes": [
			        "Team's language: “‹team=python›” instead of “‹team=none›” would make it Python.",
			        "AI and ML: “‹ai=core›” instead of “‹ai=none›” would make it Python.",
			      ],
			      "margin": [
			        "In the picker's count Go leads Rust by 1 point.",
			        "Scorecard: Python comes first with 80.0 points and Go ranks 2 of 2 with 65.0. The picker weighs your situation and team, the scorecard your weights; settle the difference with a small prototype before accepting this record.",
			      ],
			      "problem": "We need to choose the primary backend language and stack for our product, and to be able to explain the choice to the team and to the people we hire. Our answers come closest to the playbook's scenario “‹fintech-api›”: ‹situation of fintech-api›",
			    },
			  },
			}
		`);
	});
});
