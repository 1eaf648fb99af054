import { describe, expect, test } from 'vitest';
import { pickerSchema } from '../../src/schemas/picker';
import { describeBaseline } from '../../src/tools/picker/model/baseline';
import { recommendStack } from '../../src/tools/picker/model/recommend-stack';
import type { PickerAnswers } from '../../src/tools/picker/model/types';
import { dataFolder, knownIds, languageIdsInOrder, pickerConfigData, pickerData } from '../support/playbook-data';
import { SCENARIO_ANSWERS } from '../support/scenario-answers';

// The picker's data is built inside each test: built when the file loads, the product code that
// builds it would run outside any test, and Stryker would re-run every test of the folder against
// each of its mutants. The tables of `test.each` come from the YAML alone, which no product code reads.
const languages = languageIdsInOrder();
const questionIds = pickerConfigData().questions.map((q) => q.id);
const stackText = (answers: PickerAnswers, data = pickerData()) =>
	recommendStack(answers, data)
		.stack.map((l) => `${l.layer}: ${l.choice}`)
		.join('\n');

const aiMvp = SCENARIO_ANSWERS['ai-mvp'];
const fintechApi = SCENARIO_ANSWERS['fintech-api'];
const enterpriseData = SCENARIO_ANSWERS['enterprise-data-platform'];

/** Answers that lean nowhere in particular, for testing one answer at a time. */
const neutral: Record<string, string> = {
	workload: 'mixed',
	ai: 'none',
	realtime: 'none',
	scaling: 'io-bound',
	hiring: 'none',
	size: 'small',
	context: 'startup',
	platform: 'none',
};

describe('the picker data', () => {
	test('is valid against the schema', () => {
		const result = pickerSchema(knownIds()).safeParse(dataFolder('picker').get('stack-picker'));
		expect(result.error?.issues ?? []).toEqual([]);
	});

	test('asks the questions the framework asks', () => {
		expect(questionIds).toEqual([
			'workload',
			'team',
			'ai',
			'realtime',
			'scaling',
			'hiring',
			'size',
			'context',
			'platform',
		]);
	});

	test('offers every language, and no preference, as the team language', () => {
		const data = pickerData();
		const team = data.config.questions.find((q) => q.id === 'team')!;
		expect(team.options.map((o) => o.value).sort()).toEqual([...languages, 'none'].sort());
	});

	test('offers the workloads and existing platforms the framework names', () => {
		const data = pickerData();
		const values = (id: string) => data.config.questions.find((q) => q.id === id)!.options.map((o) => o.value);
		expect(values('workload')).toEqual(['io-api', 'real-time', 'cpu-heavy', 'data-ml', 'mixed']);
		expect(values('platform')).toEqual(['jvm', 'dotnet', 'php-estate', 'none']);
	});

	test.each(pickerConfigData().examples.map((e) => [e.scenario, e] as const))(
		'the %s example answers lead to that scenario and its language',
		(scenario, example) => {
			const data = pickerData();
			const result = recommendStack(example.answers, data);
			expect(result.scenario).toBe(scenario);
			expect(result.primary).toBe(data.scenarios.find((s) => s.id === scenario)!.language);
		},
	);
});

describe('the three scenarios', () => {
	test('the AI MVP yields Python with FastAPI and PostgreSQL with pgvector', () => {
		const data = pickerData();
		const result = recommendStack(aiMvp, data);
		expect(result.primary).toBe('python');
		expect(result.scenario).toBe('ai-mvp');
		expect(result.provisional).toBe(false);
		expect(stackText(aiMvp)).toMatch(/Back end: Python with FastAPI/);
		expect(stackText(aiMvp)).toMatch(/Database: PostgreSQL with (the )?pgvector/);
	});

	test('the AI MVP stays Python for a Python team and a team without a preference', () => {
		const data = pickerData();
		expect(recommendStack({ ...aiMvp, team: 'python' }, data).primary).toBe('python');
		expect(recommendStack({ ...aiMvp, team: 'none' }, data).primary).toBe('python');
	});

	test('the fintech API yields Go, with Rust as the specialised option', () => {
		const data = pickerData();
		const result = recommendStack(fintechApi, data);
		expect(result.primary).toBe('go');
		expect(result.runnerUp).toBe('rust');
		expect(result.scenario).toBe('fintech-api');
		expect(stackText(fintechApi)).toMatch(/Back end: Go/);
		expect(stackText(fintechApi)).toMatch(/Hot path: Rust/);
	});

	test('the enterprise data platform yields Java (or Scala) with Python for ML', () => {
		const data = pickerData();
		const result = recommendStack(enterpriseData, data);
		expect(result.primary).toBe('java-kotlin');
		expect(result.scenario).toBe('enterprise-data-platform');
		expect(stackText(enterpriseData)).toMatch(/Java or Scala/);
		expect(stackText(enterpriseData)).toMatch(/ML and experimentation: Python/);
	});

	test('a JVM team on the enterprise platform also gets Java with Python for ML', () => {
		const data = pickerData();
		const answers = { ...enterpriseData, team: 'java-kotlin', ai: 'core' };
		expect(recommendStack(answers, data).primary).toBe('java-kotlin');
		expect(stackText(answers)).toMatch(/ML and experimentation: A Python service/);
	});
});

describe("the team's expertise", () => {
	test.each(languages)('a %s team with otherwise neutral answers gets its own language', (language) => {
		const data = pickerData();
		expect(recommendStack({ ...neutral, team: language }, data).primary).toBe(language);
	});

	// The sources call team skill the main decision variable and price a switch at months of
	// learning curve, so no single other answer may outweigh it unless the data calls it a blocker.
	const blocked = (answers: PickerAnswers) =>
		pickerConfigData().rules.some(
			(rule) =>
				rule.blocker &&
				Object.entries(rule.when).every(([q, values]) => answers[q] !== undefined && values.includes(answers[q]!)),
		);
	const singleChanges = () =>
		pickerConfigData()
			.questions.filter((q) => q.id !== 'team')
			.flatMap((q) => q.options.map((o) => [q.id, o.value] as const));
	test.each(languages)('no single non-blocking answer moves a %s team off its language', (language) => {
		const data = pickerData();
		for (const [question, value] of singleChanges()) {
			const answers = { ...neutral, team: language, [question]: value };
			if (blocked(answers)) continue;
			expect(recommendStack(answers, data).primary, `${question}=${value}`).toBe(language);
		}
	});

	test('a declared blocker does outweigh the team: a core ML product and a PHP team get Python', () => {
		const data = pickerData();
		const result = recommendStack({ ...neutral, team: 'php', ai: 'core' }, data);
		expect(result.primary).toBe('python');
		expect(result.reasons.some((r) => r.rule === 'core-ml-outweighs-team')).toBe(true);
	});

	test('the team answer alone outweighs every other answer, which is not true of any other question', () => {
		const data = pickerData();
		const max = (id: string) =>
			Math.max(...data.config.questions.find((q) => q.id === id)!.options.flatMap((o) => Object.values(o.languages)));
		for (const id of questionIds.filter((q) => q !== 'team')) expect(max('team')).toBeGreaterThan(max(id));
	});
});

describe('the result', () => {
	test('is provisional until every question is answered', () => {
		const data = pickerData();
		expect(recommendStack({}, data).provisional).toBe(true);
		const partial = recommendStack({ workload: 'io-api', ai: 'core' }, data);
		expect(partial).toMatchObject({ provisional: true, answered: 2, total: questionIds.length, primary: 'python' });
		expect(recommendStack(aiMvp, data).provisional).toBe(false);
	});

	test('ties each reason to the answers that drove it', () => {
		const data = pickerData();
		const result = recommendStack(aiMvp, data);
		const aiReason = result.reasons.find((r) => r.drivers.some((d) => d.question === 'ai'));
		expect(aiReason).toMatchObject({ language: 'python', points: 6 });
		expect(aiReason!.drivers).toEqual([expect.objectContaining({ question: 'ai', answer: 'core' })]);
		for (const reason of result.reasons) {
			expect(reason.points).toBeGreaterThan(0);
			expect(reason.drivers.length).toBeGreaterThan(0);
		}
	});

	test('lists reasons strongest first', () => {
		const data = pickerData();
		const points = recommendStack(aiMvp, data).reasons.map((r) => r.points);
		expect(points).toEqual([...points].sort((a, b) => b - a));
	});

	test('names what pulls towards the runner-up', () => {
		const data = pickerData();
		const result = recommendStack({ ...fintechApi }, data);
		expect(result.runnerUpReasons.length).toBeGreaterThan(0);
		for (const r of result.runnerUpReasons) expect(r.language).toBe('rust');
	});

	test('every "what would change this" entry really flips the primary with that one change', () => {
		const data = pickerData();
		for (const answers of [aiMvp, fintechApi, enterpriseData, { workload: 'io-api' }]) {
			const result = recommendStack(answers, data);
			expect(result.changes.length).toBeGreaterThan(0);
			for (const change of result.changes) {
				const changed = recommendStack({ ...answers, [change.question]: change.to }, data);
				expect(changed.primary).toBe(change.primary);
				expect(changed.primary).not.toBe(result.primary);
			}
		}
	});

	test('tells a fintech team that an existing JVM estate would make it Java', () => {
		const data = pickerData();
		expect(recommendStack(fintechApi, data).changes).toContainEqual(
			expect.objectContaining({ question: 'platform', from: 'none', to: 'jvm', primary: 'java-kotlin' }),
		);
	});

	test('ignores unknown questions and answers instead of failing', () => {
		const data = pickerData();
		const result = recommendStack({ nonsense: 'x', workload: 'not-an-option' } as PickerAnswers, data);
		expect(result.answered).toBe(0);
	});

	test('puts a real-time layer in the stack when real-time features are core', () => {
		const node = { ...neutral, team: 'node-typescript', realtime: 'core' };
		expect(stackText(node)).toMatch(/Real-time: WebSockets with Socket.io/);
		const java = { ...neutral, team: 'java-kotlin', realtime: 'core' };
		expect(stackText(java)).toMatch(/Real-time: A managed WebSocket service/);
	});

	test('uses the language default stack when no scenario shares the primary language', () => {
		const data = pickerData();
		const result = recommendStack({ ...neutral, team: 'ruby' }, data);
		expect(result.primary).toBe('ruby');
		expect(result.stack[0]).toEqual({ layer: 'Back end', choice: 'Ruby on Rails' });
	});
});

describe('no question is dead', () => {
	// A question is alive if, from some starting answers, changing only its answer changes the
	// recommended language. The starting points are the scenarios, the neutral set and each team.
	const bases: PickerAnswers[] = [
		aiMvp,
		fintechApi,
		enterpriseData,
		neutral,
		{},
		...languages.map((team) => ({ ...neutral, team })),
	];
	test.each(questionIds)('changing the %s answer alone can change the recommended language', (id) => {
		const data = pickerData();
		const question = data.config.questions.find((q) => q.id === id)!;
		const alive = bases.some((base) => {
			const primaries = new Set(question.options.map((o) => recommendStack({ ...base, [id]: o.value }, data).primary));
			return primaries.size > 1;
		});
		expect(alive).toBe(true);
	});

	test.each(pickerConfigData().rules.map((r) => [r.id, r] as const))('rule %s fires for some answers', (_id, rule) => {
		const data = pickerData();
		// Build the answers the rule asks for on top of each base, and check it shows up in the result.
		const fired = bases.some((base) => {
			const answers = { ...base, ...Object.fromEntries(Object.entries(rule.when).map(([q, v]) => [q, v[0]!])) };
			const result = recommendStack(answers, data);
			return rule.layer
				? result.stack.some((l) => l.layer === rule.layer!.layer && l.choice === rule.layer!.choice)
				: result.reasons.some((r) => r.rule === rule.id) || result.runnerUpReasons.some((r) => r.rule === rule.id);
		});
		expect(fired).toBe(true);
	});
});

describe('the tie-breaker in words', () => {
	const withBaseline = (baseline: Record<string, number>) => {
		const data = pickerData();
		return describeBaseline({ ...data, config: { ...data.config, baseline } });
	};

	test('names the languages the data starts ahead', () => {
		const data = pickerData();
		const baseline = Object.keys(data.config.baseline ?? {});
		const text = describeBaseline(data);
		for (const id of baseline) expect(text).toContain(data.languages.find((l) => l.id === id)!.name);
	});

	test('names only the languages ahead, with the largest lead, and an unknown id as it is', () => {
		expect(withBaseline({ go: 2 })).toMatch(/^Go .*\b2\b/);
		const two = withBaseline({ go: 1, python: 3, rust: 0, java: -2 });
		expect(two).toMatch(/^Go and Python .*\b3\b/);
		expect(two).not.toMatch(/Rust|Java|\b1\b/);
		// With nobody ahead nobody is named, whatever the baseline lists.
		expect(withBaseline({ rust: 0, java: -2 })).toBe(withBaseline({}));
		expect(withBaseline({})).not.toMatch(/Rust|Java|\d/);
		expect(withBaseline({ cobol: 2 })).toMatch(/^cobol .*\b2\b/);
	});

	test('the tie-breaker’s words for one language and for several, for one point and for more, one reviewed copy', () => {
		expect({
			'one language, one point': withBaseline({ go: 1 }),
			'one language, two points': withBaseline({ go: 2 }),
			'two languages': withBaseline({ go: 1, python: 3, rust: 0, java: -2 }),
			nobody: withBaseline({}),
		}).toMatchInlineSnapshot(`
			{
			  "nobody": "no language starts ahead",
			  "one language, one point": "Go starts 1 point ahead",
			  "one language, two points": "Go starts 2 points ahead",
			  "two languages": "Go and Python start 3 points ahead",
			}
		`);
	});
});
