import { describe, expect, test } from 'vitest';
import { criterionSchema, type KnownIds, languageSchema, scenarioSchema, sourceSchema } from '../../src/schemas';

const known: KnownIds = {
	languages: new Set(['python', 'go']),
	scenarios: new Set(['ai-mvp']),
	criteria: new Set(['ai-ecosystem', 'hiring']),
	sources: new Set(['article-a']),
};

const rating = (criterion: string, score = 4) => ({
	criterion,
	score,
	why: 'A reason that is long enough to count.',
	sources: ['article-a'],
});

/** The smallest language entry that passes; each rejection case below breaks one thing in it. */
const validLanguage = () => ({
	name: 'Python',
	short: 'Python',
	tagline: 'A tagline long enough.',
	order: 1,
	bestFor: ['AI products'],
	weakerAt: ['CPU-bound work'],
	ratings: [rating('ai-ecosystem', 5), rating('hiring')],
	frameworks: [{ name: 'FastAPI', kind: 'API', pickWhen: 'When you build an API.', sources: ['article-a'] }],
	aiLibraries: ['PyTorch'],
	operations: {
		containers: 'Slim images work.',
		coldStart: 'Fine for most uses.',
		memory: 'Higher than Go.',
	},
	chooseWhen: ['AI is core'],
	avoidWhen: ['CPU-bound edge'],
	scenarios: ['ai-mvp'],
	hiringSignals: ['Has shipped FastAPI'],
});

const validScenario = () => ({
	title: 'The lean AI MVP',
	order: 1,
	situation: 'A small team ships an AI assistant fast.',
	examples: ['Support copilot'],
	language: 'python',
	alternativeLanguages: ['go'],
	stack: [
		{ layer: 'Back end', choice: 'FastAPI', alternatives: [], why: 'Keeps model code close.' },
		{ layer: 'Database', choice: 'PostgreSQL', alternatives: ['MySQL'], why: 'pgvector in one place.' },
		{ layer: 'Packaging', choice: 'Docker', alternatives: [], why: 'Predictable builds.' },
	],
	whyItWins: ['Short iteration cycles.'],
	risks: ['An architecture nobody can run.'],
	revisitWhen: ['Latency becomes a customer issue.'],
	hireFirst: 'A Python backend engineer who knows queues.',
	sources: ['article-a'],
});

/** Sets a value at a dotted path in a fresh copy, so each case breaks exactly one field. */
function withChange<T extends object>(base: T, path: string, value: unknown): T {
	const copy = structuredClone(base) as Record<string, unknown>;
	const keys = path.split('.');
	let node: Record<string, unknown> = copy;
	for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
	const last = keys.at(-1)!;
	if (value === undefined) delete node[last];
	else node[last] = value;
	return copy as T;
}

/** The issues of a failed parse, as "path: message" lines. */
function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
	return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('language schema', () => {
	const schema = languageSchema(known);

	test('accepts a minimal valid entry', () => {
		expect(issues(schema.safeParse(validLanguage()))).toEqual([]);
	});

	test.each([
		['a missing field', 'tagline', undefined, /^tagline: /],
		['a rating above 5', 'ratings.0.score', 6, /^ratings\.0\.score: .*1–5 scale/],
		['a rating below 1', 'ratings.0.score', 0, /^ratings\.0\.score: .*1–5 scale/],
		['a fractional rating', 'ratings.0.score', 3.5, /^ratings\.0\.score: .*whole step/],
		['an unknown source id', 'ratings.1.sources', ['nowhere'], /^ratings\.1\.sources\.0: unknown source id "nowhere"/],
		[
			'an unknown criterion',
			'ratings.1.criterion',
			'elegance',
			/^ratings\.1\.criterion: unknown criterion id "elegance"/,
		],
		['an unknown scenario', 'scenarios', ['moonshot'], /^scenarios\.0: unknown scenario id "moonshot"/],
		['a rating without sources', 'ratings.0.sources', [], /^ratings\.0\.sources: must name at least one source/],
		[
			'a framework with an unknown source',
			'frameworks.0.sources',
			['x'],
			/^frameworks\.0\.sources\.0: unknown source id "x"/,
		],
	])('rejects %s, naming the field', (_case, path, value, expected) => {
		const messages = issues(schema.safeParse(withChange(validLanguage(), path, value)));
		expect(
			messages.some((m) => expected.test(m)),
			messages.join('\n'),
		).toBe(true);
	});

	test('rejects a criterion rated twice and a criterion left unrated', () => {
		const entry = withChange(validLanguage(), 'ratings', [rating('ai-ecosystem'), rating('ai-ecosystem')]);
		const messages = issues(schema.safeParse(entry));
		expect(messages).toContain('ratings.1.criterion: criterion "ai-ecosystem" is rated twice');
		expect(messages).toContain('ratings: missing a rating for criterion "hiring"');
	});
});

describe('scenario schema', () => {
	const schema = scenarioSchema(known);

	test('accepts a minimal valid entry', () => {
		expect(issues(schema.safeParse(validScenario()))).toEqual([]);
	});

	test.each([
		['an unknown language reference', 'language', 'cobol', /^language: unknown language id "cobol"/],
		['an unknown alternative', 'alternativeLanguages', ['zig'], /^alternativeLanguages\.0: unknown language id "zig"/],
		['an unknown source id', 'sources', ['blog'], /^sources\.0: unknown source id "blog"/],
		['a stack of fewer than three layers', 'stack', [], /^stack: /],
		['a missing hire-first role', 'hireFirst', undefined, /^hireFirst: /],
	])('rejects %s, naming the field', (_case, path, value, expected) => {
		const messages = issues(schema.safeParse(withChange(validScenario(), path, value)));
		expect(
			messages.some((m) => expected.test(m)),
			messages.join('\n'),
		).toBe(true);
	});
});

describe('criterion schema', () => {
	const steps = [1, 2, 3, 4, 5].map((score) => ({ score, label: `Step ${score}`, meaning: 'A meaning of the step.' }));
	const valid = {
		label: 'Hiring reality',
		short: 'Hiring',
		question: 'How deep is the pool?',
		whatToCheck: ['Candidate depth'],
		scorecard: true,
		order: 3,
		scale: steps,
	};

	test('accepts a full five-step scale', () => {
		expect(issues(criterionSchema.safeParse(valid))).toEqual([]);
	});

	test('rejects a scale with a missing step', () => {
		expect(issues(criterionSchema.safeParse({ ...valid, scale: steps.slice(0, 4) }))).toEqual([
			'scale: must define every step from 1 to 5',
		]);
	});

	test('rejects steps out of order', () => {
		const shuffled = [steps[1], steps[0], ...steps.slice(2)];
		expect(issues(criterionSchema.safeParse({ ...valid, scale: shuffled }))).toEqual([
			'scale: steps must be listed in order 1, 2, 3, 4, 5',
		]);
	});
});

describe('source schema', () => {
	test('rejects an unknown kind and a malformed URL', () => {
		const messages = issues(
			sourceSchema.safeParse({
				title: 'T',
				cite: 'T',
				publisher: 'P',
				kind: 'podcast',
				url: 'not a url',
				usedFor: 'Used for tests.',
			}),
		);
		expect(messages.map((m) => m.split(':')[0])).toEqual(['kind', 'url']);
	});
});
