import { describe, expect, test } from 'vitest';
import { recommendStack } from '../../src/tools/picker/model/recommend-stack';
import type { PickerConfig, PickerData } from '../../src/tools/picker/model/types';

/**
 * The picker's engine on small hand-made data, where every point is known, so each rule of the
 * engine (how rules fire, which scenario is closest, which layer a rule replaces, what pulls
 * towards the runner-up) can be checked exactly. The real data is tested in picker-engine.test.ts.
 */

type Question = PickerConfig['questions'][number];
type Option = Question['options'][number];
type Rule = PickerConfig['rules'][number];

const option = (value: string, languages: Record<string, number> = {}, scenarios: Record<string, number> = {}) =>
	({
		value,
		label: `Label of ${value}`,
		languages,
		scenarios,
		...(Object.keys(languages).length > 0 ? { reason: `Why ${value} moves the languages it moves.` } : {}),
	}) as Option;

const question = (id: string, options: Option[]): Question => ({
	id,
	short: `Short ${id}`,
	label: `The question ${id}?`,
	valuesAreLanguages: false,
	options,
});

const rule = (fields: Partial<Rule> & Pick<Rule, 'id' | 'when'>): Rule => ({
	languages: {},
	blocker: false,
	reason: `The reason of rule ${fields.id}, long enough.`,
	...fields,
});

const questions: Question[] = [
	question('team', [
		option('go', { go: 5, java: 1 }),
		option('java', { java: 5 }),
		option('python', { python: 5 }),
		option('none'),
	]),
	question('load', [
		option('cpu', { go: 3, java: 2 }, { 's-go': 2 }),
		option('web', { java: 2 }, { 's-java': 2 }),
		option('both', {}, { 's-java': 1, 's-go': 1 }),
		option('quiet'),
	]),
	question('extra', [option('even', { go: 1, java: 1 }), option('other')]),
];

const goStack = [
	{ layer: 'Back end', choice: 'Go with net/http' },
	{ layer: 'Database', choice: 'PostgreSQL' },
];

function makeData(config: Partial<PickerConfig> = {}): PickerData {
	return {
		config: {
			baseline: {},
			scenarioLanguageBonus: 1,
			questions,
			rules: [],
			// Python has no default stack, on purpose.
			stacks: { go: goStack, java: [{ layer: 'Back end', choice: 'Spring Boot' }] },
			examples: [],
			...config,
		},
		languages: [
			{ id: 'go', name: 'Go', order: 1 },
			{ id: 'java', name: 'Java', order: 2 },
			{ id: 'python', name: 'Python', order: 3 },
		],
		// The Java scenario comes first, so it wins every tie.
		scenarios: [
			{ id: 's-java', title: 'Java scenario', language: 'java', stack: [{ layer: 'Back end', choice: 'Quarkus' }] },
			{ id: 's-go', title: 'Go scenario', language: 'go', stack: goStack },
		],
	};
}

describe('combination rules', () => {
	const webForGo = rule({ id: 'web-go', when: { load: ['web'], team: ['go'] }, languages: { go: 4 } });

	test('a rule that fires gives its points, its reason, and exactly the answers that drove it', () => {
		const result = recommendStack({ team: 'go', load: 'web' }, makeData({ rules: [webForGo] }));
		expect(result.reasons.find((r) => r.rule === 'web-go')).toEqual({
			language: 'go',
			points: 4,
			text: 'The reason of rule web-go, long enough.',
			rule: 'web-go',
			drivers: [
				{ question: 'load', questionLabel: 'Short load', answer: 'web', answerLabel: 'Label of web' },
				{ question: 'team', questionLabel: 'Short team', answer: 'go', answerLabel: 'Label of go' },
			],
		});
		expect(result.ranking.find((r) => r.language === 'go')!.points).toBe(5 + 4);
	});

	test('a rule does not fire when one of its questions has another answer', () => {
		const result = recommendStack({ team: 'go', load: 'cpu' }, makeData({ rules: [webForGo] }));
		expect(result.reasons.some((r) => r.rule === 'web-go')).toBe(false);
		expect(result.ranking.find((r) => r.language === 'go')!.points).toBe(5 + 3);
	});

	test('a rule naming a question or an answer the data lacks never fires, and nothing throws', () => {
		const rules = [
			rule({ id: 'ghost-question', when: { ghost: ['x'] }, languages: { python: 9 } }),
			rule({ id: 'ghost-answer', when: { load: ['ghost'] }, languages: { python: 9 } }),
		];
		const result = recommendStack({ team: 'go', ghost: 'x', load: 'ghost' }, makeData({ rules }));
		expect(result.primary).toBe('go');
		expect(result.ranking.find((r) => r.language === 'python')!.points).toBe(0);
		expect([...result.reasons, ...result.runnerUpReasons].filter((r) => r.rule)).toEqual([]);
	});

	test('a layer rule replaces the layer of the same name, even the first, in place', () => {
		const layerRule = rule({
			id: 'chi',
			when: { team: ['go'] },
			layer: { layer: 'Back end', choice: 'Go with chi' },
		});
		const stack = recommendStack({ team: 'go', load: 'quiet' }, makeData({ rules: [layerRule] })).stack;
		expect(stack).toEqual([
			{
				layer: 'Back end',
				choice: 'Go with chi',
				reason: 'The reason of rule chi, long enough.',
				drivers: [{ question: 'team', questionLabel: 'Short team', answer: 'go', answerLabel: 'Label of go' }],
			},
			{ layer: 'Database', choice: 'PostgreSQL' },
		]);
	});
});

describe('reasons', () => {
	test('an answer’s reason is its own sentence, and an answer without one gives an empty text', () => {
		const silent = question('team', [{ value: 'go', label: 'Label of go', languages: { go: 5 }, scenarios: {} }]);
		const data = makeData({ questions: [silent, ...questions.slice(1)] });
		expect(recommendStack({ team: 'go' }, data).reasons).toEqual([
			{
				language: 'go',
				points: 5,
				text: '',
				drivers: [{ question: 'team', questionLabel: 'Short team', answer: 'go', answerLabel: 'Label of go' }],
			},
		]);
		expect(recommendStack({ load: 'cpu' }, makeData()).reasons.map((r) => r.text)).toEqual([
			'Why cpu moves the languages it moves.',
		]);
	});

	test('what pulls towards the runner-up is only what gives it more than the primary', () => {
		// Go 5 + 1 = 6 ahead of Java 1 + 2 + 1 = 4: the team answer gives Java a point but Go more,
		// "even" gives both the same, and only "web" gives Java more than Go.
		const result = recommendStack({ team: 'go', load: 'web', extra: 'even' }, makeData());
		expect(result).toMatchObject({ primary: 'go', runnerUp: 'java' });
		expect(result.runnerUpReasons).toEqual([
			{
				language: 'java',
				points: 2,
				text: 'Why web moves the languages it moves.',
				drivers: [{ question: 'load', questionLabel: 'Short load', answer: 'web', answerLabel: 'Label of web' }],
			},
		]);
	});
});

describe('the closest scenario', () => {
	test('sharing the recommended language breaks an otherwise even match', () => {
		// "both" describes both scenarios equally; Go is recommended, so the Go scenario is closer.
		expect(recommendStack({ team: 'go', load: 'both' }, makeData()).scenario).toBe('s-go');
		expect(recommendStack({ team: 'java', load: 'both' }, makeData()).scenario).toBe('s-java');
	});

	test('an even match without the bonus goes to the scenario listed first', () => {
		const result = recommendStack({ team: 'python', load: 'both' }, makeData());
		expect(result.primary).toBe('python');
		expect(result.scenario).toBe('s-java');
	});

	test('the language bonus alone makes a scenario close', () => {
		expect(recommendStack({ team: 'go' }, makeData()).scenario).toBe('s-go');
	});

	test('is none when no scenario scores anything', () => {
		const result = recommendStack({ team: 'python' }, makeData({ scenarioLanguageBonus: 0 }));
		expect(result.scenario).toBeNull();
		expect(recommendStack({ team: 'go' }, makeData({ scenarioLanguageBonus: 0 })).scenario).toBeNull();
	});
});

describe('the stack', () => {
	test('is the closest scenario’s when it shares the recommended language', () => {
		expect(recommendStack({ team: 'java', load: 'web' }, makeData()).stack).toEqual([
			{ layer: 'Back end', choice: 'Quarkus' },
		]);
	});

	test('is empty for a language with neither a scenario nor a default stack', () => {
		const result = recommendStack({ team: 'python' }, makeData());
		expect(result.primary).toBe('python');
		expect(result.stack).toEqual([]);
	});
});
