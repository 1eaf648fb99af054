import { describe, expect, test } from 'vitest';
import { readKnownIds } from '../../src/collections/data-files';
import { hiringChecklistSchema, hiringSchema, type KnownIds, onboardingPlanSchema } from '../../src/schemas';
import { readDataFolder } from '../support/data-files';
import { expectIssue, issues } from '../support/schema-issues';

const known: KnownIds = {
	languages: new Set(['go']),
	scenarios: new Set(['ai-mvp']),
	criteria: new Set(['hiring']),
	sources: new Set(['article-a']),
};

const item = (id: string) => ({ id, text: `Item ${id}` });
const question = (id: string) => ({
	...item(id),
	stage: 'Technical screen',
	probes: 'What the question is for.',
	strongAnswer: 'A strong answer, long enough.',
	weakAnswer: 'A weak answer, long enough too.',
});
const level = (score: number) => ({
	score,
	label: `Level ${score}`,
	anchor: 'What an answer at this level sounds like.',
});

/** The smallest checklist that passes; each rejection case below breaks one thing in it. */
const validChecklist = () => ({
	kind: 'checklist',
	roleDefinition: ['mission', 'constraints', 'seniority'].map((id) => ({
		...item(id),
		label: id,
		briefBlank: `[${id}]`,
	})),
	skillMatrix: ['lang', 'api', 'sql'].map((id) => ({
		area: id,
		mustHave: item(`${id}-must`),
		niceToHave: item(`${id}-nice`),
	})),
	interviewKit: ['q1', 'q2', 'q3', 'q4'].map(question),
	rubric: [1, 2, 3, 4].map(level),
	sources: ['article-a'],
});

const week = (n: number) => ({
	week: n,
	theme: `Theme ${n}`,
	goal: 'What the week is for, in a sentence.',
	tasks: [item(`w${n}-a`), item(`w${n}-b`)],
	doneWhen: [item(`w${n}-done`)],
});
const validPlan = () => ({ kind: 'onboarding', weeks: [1, 2, 3, 4].map(week), sources: ['article-a'] });

type Checklist = ReturnType<typeof validChecklist>;
type Plan = ReturnType<typeof validPlan>;

/** A fresh copy of `base` with one change applied, so each case breaks exactly one thing. */
function changed<T>(base: T, change: (copy: T) => void): T {
	const copy = structuredClone(base);
	change(copy);
	return copy;
}

describe('hiring checklist schema', () => {
	const schema = hiringChecklistSchema(known);

	test('accepts a minimal valid checklist', () => {
		expect(issues(schema.safeParse(validChecklist()))).toEqual([]);
	});

	test.each([
		[
			'two items sharing an id',
			(c: Checklist) => (c.skillMatrix[1]!.niceToHave.id = 'lang-must'),
			/^skillMatrix\.1\.niceToHave\.id: item id "lang-must" is used twice/,
		],
		[
			'a question sharing an id with a role item',
			(c: Checklist) => (c.interviewKit[0]!.id = 'mission'),
			/^interviewKit\.0\.id: item id "mission" is used twice/,
		],
		[
			'an id that is not kebab-case',
			(c: Checklist) => (c.roleDefinition[0]!.id = 'Primary Mission'),
			/^roleDefinition\.0\.id: /,
		],
		['a role definition with only two parts', (c: Checklist) => c.roleDefinition.pop(), /^roleDefinition: /],
		['fewer than four interview questions', (c: Checklist) => c.interviewKit.pop(), /^interviewKit: /],
		[
			'a question without a weak answer',
			(c: Checklist) => Reflect.deleteProperty(c.interviewKit[2]!, 'weakAnswer'),
			/^interviewKit\.2\.weakAnswer: /,
		],
		['a rubric with a gap', (c: Checklist) => (c.rubric[2]!.score = 4), /^rubric\.2\.score: must be 3/],
		[
			'a brief blank without brackets',
			(c: Checklist) => (c.roleDefinition[1]!.briefBlank = 'Your cloud'),
			/^roleDefinition\.1\.briefBlank: must be a fill-in blank/,
		],
		['an unknown source', (c: Checklist) => (c.sources = ['blog']), /^sources\.0: unknown source id "blog"/],
	])('rejects %s, naming the field', (_case, change, expected) => {
		expectIssue(schema.safeParse(changed(validChecklist(), change)), expected);
	});
});

describe('onboarding plan schema', () => {
	const schema = onboardingPlanSchema(known);

	test('accepts a minimal valid plan', () => {
		expect(issues(schema.safeParse(validPlan()))).toEqual([]);
	});

	test.each([
		['three weeks', (p: Plan) => p.weeks.pop(), /^weeks: /],
		['weeks out of order', (p: Plan) => p.weeks.reverse(), /^weeks\.0\.week: must be 1/],
		['a week without a done check', (p: Plan) => (p.weeks[2]!.doneWhen = []), /^weeks\.2\.doneWhen: /],
		[
			'a task id used in two weeks',
			(p: Plan) => (p.weeks[3]!.tasks[0]!.id = 'w1-a'),
			/^weeks\.3\.tasks\.0\.id: item id "w1-a" is used twice/,
		],
	])('rejects %s, naming the field', (_case, change, expected) => {
		expectIssue(schema.safeParse(changed(validPlan(), change)), expected);
	});
});

describe('the hiring collection', () => {
	const schema = hiringSchema(known);

	test('tells the checklist and the plan apart by kind', () => {
		expect(schema.parse(validChecklist()).kind).toBe('checklist');
		expect(schema.parse(validPlan()).kind).toBe('onboarding');
	});

	test('rejects an entry of another kind', () => {
		expect(schema.safeParse({ ...validPlan(), kind: 'offboarding' }).success).toBe(false);
	});

	test('rejects a plan labelled as a checklist', () => {
		expect(schema.safeParse({ ...validPlan(), kind: 'checklist' }).success).toBe(false);
	});
});

describe('the real hiring data', () => {
	const entries = readDataFolder('hiring');
	const schema = hiringSchema(readKnownIds());

	test('holds the checklist and the onboarding plan', () => {
		expect([...entries.keys()].sort()).toEqual(['checklist', 'onboarding']);
	});

	test.each([...entries])('%s is valid', (_id, data) => {
		expect(issues(schema.safeParse(data))).toEqual([]);
	});

	test('the skill matrix has the five must-have / nice-to-have pairs of the source', () => {
		const checklist = hiringChecklistSchema(readKnownIds()).parse(entries.get('checklist'));
		expect(checklist.skillMatrix).toHaveLength(5);
		expect(checklist.skillMatrix[0]!.mustHave.text).toContain('{language}');
		expect(checklist.interviewKit.map((q) => q.stage)).toEqual([
			'Technical screen',
			'System design',
			'Production',
			'Collaboration',
		]);
	});
});
