import { describe, expect, test } from 'vitest';
import { criterionSchema, type KnownIds, languageSchema, scenarioSchema, sourceSchema } from '../../src/schemas';
import { expectIssue, issues } from '../support/schema-issues';

const known: KnownIds = {
	languages: new Set(['python', 'go']),
	scenarios: new Set(['ai-mvp']),
	criteria: new Set(['ai-ecosystem', 'hiring']),
	sources: new Set(['article-a', 'usage-stats', 'release-notes']),
	// article-a rates both criteria; the usage statistic rates none, like a web-usage survey.
	sourceRates: new Map([
		['article-a', new Set(['ai-ecosystem', 'hiring'])],
		['usage-stats', new Set<string>()],
		['release-notes', new Set<string>()],
	]),
};

const rating = (criterion: string, score = 4) => ({
	criterion,
	score,
	why: 'A reason that is long enough to count.',
	evidence: [{ source: 'article-a', says: 'Large', where: 'Comparison table' }],
	reviewed: '2026-11-30',
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
	coldStartOptions: [{ name: 'SnapStart', note: 'Restores from a snapshot.', sources: ['release-notes'] }],
	stack: {
		http: { choice: 'FastAPI', sources: ['article-a'] },
		database: { choice: 'SQLAlchemy' },
		jobs: { choice: 'Celery' },
		testing: { choice: 'pytest' },
		observability: { choice: 'OpenTelemetry' },
	},
	state: {
		asOf: '2026-11-30',
		versions: [{ label: 'Current stable', value: 'Python 3.14', sources: ['release-notes'] }],
		changes: [{ label: 'Free threading', value: 'Supported, optional.', sources: ['release-notes'] }],
	},
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
		[
			'an unknown criterion',
			'ratings.1.criterion',
			'elegance',
			/^ratings\.1\.criterion: unknown criterion id "elegance"/,
		],
		['an unknown scenario', 'scenarios', ['moonshot'], /^scenarios\.0: unknown scenario id "moonshot"/],
		[
			'an unknown source in the evidence',
			'ratings.1.evidence.0.source',
			'nowhere',
			/^ratings\.1\.evidence\.0\.source: unknown source id "nowhere"/,
		],
		['a rating without evidence', 'ratings.0.evidence', [], /^ratings\.0\.evidence: must cite at least one source/],
		[
			"evidence without the source's label",
			'ratings.0.evidence.0.says',
			'',
			/^ratings\.0\.evidence\.0\.says: must give the label/,
		],
		['evidence without where it says it', 'ratings.0.evidence.0.where', undefined, /^ratings\.0\.evidence\.0\.where: /],
		[
			'evidence from a source that does not rate the criterion',
			'ratings.1.evidence.0.source',
			'usage-stats',
			/^ratings\.1\.evidence\.0\.source: source "usage-stats" does not rate criterion "hiring"/,
		],
		['a rating without a review date', 'ratings.0.reviewed', undefined, /^ratings\.0\.reviewed: /],
		[
			'a review date that is no real day',
			'ratings.0.reviewed',
			'2026-02-30',
			/^ratings\.0\.reviewed: must be a real date/,
		],
		[
			'a review date in another format',
			'ratings.0.reviewed',
			'30/11/2026',
			/^ratings\.0\.reviewed: must be a real date/,
		],
		[
			'a history whose newest change does not end at the score',
			'ratings.1.history',
			[{ date: '2026-11-30', from: 5, to: 3, why: 'A reason that is long enough.' }],
			/^ratings\.1\.history\.0\.to: .*\b3\b.*\b4\b/,
		],
		[
			'a change that does not move the score',
			'ratings.1.history',
			[{ date: '2026-11-30', from: 4, to: 4, why: 'A reason that is long enough.' }],
			/^ratings\.1\.history\.0\.to: /,
		],
		[
			'a change after the review date',
			'ratings.1.history',
			[{ date: '2026-12-01', from: 5, to: 4, why: 'A reason that is long enough.' }],
			/^ratings\.1\.reviewed: a rating changed after its review date/,
		],
		['a state fact without a source', 'state.versions.0.sources', [], /^state\.versions\.0\.sources: /],
		['a state panel without its date', 'state.asOf', undefined, /^state\.asOf: /],
		['no cold-start option', 'coldStartOptions', [], /^coldStartOptions: name at least one/],
		['a stack without its jobs layer', 'stack.jobs', undefined, /^stack\.jobs: /],
		[
			'a framework with an unknown source',
			'frameworks.0.sources',
			['x'],
			/^frameworks\.0\.sources\.0: unknown source id "x"/,
		],
	])('rejects %s, naming the field', (_case, path, value, expected) => {
		expectIssue(schema.safeParse(withChange(validLanguage(), path, value)), expected);
	});

	test('rejects a criterion rated twice and a criterion left unrated', () => {
		const entry = withChange(validLanguage(), 'ratings', [rating('ai-ecosystem'), rating('ai-ecosystem')]);
		const messages = issues(schema.safeParse(entry));
		// Each issue names its field and the criterion, as the build prints it.
		expect(messages.filter((m) => m.startsWith('ratings.1.criterion: '))).toEqual([
			expect.stringContaining('"ai-ecosystem"'),
		]);
		expect(messages.filter((m) => m.startsWith('ratings: '))).toEqual([expect.stringContaining('"hiring"')]);
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
		expectIssue(schema.safeParse(withChange(validScenario(), path, value)), expected);
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
		const messages = issues(criterionSchema.safeParse({ ...valid, scale: steps.slice(0, 4) }));
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(/^scale: /);
	});

	test('rejects steps out of order', () => {
		const shuffled = [steps[1], steps[0], ...steps.slice(2)];
		const messages = issues(criterionSchema.safeParse({ ...valid, scale: shuffled }));
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(/^scale: /);
		// Not the same issue as a missing step.
		expect(messages).not.toEqual(issues(criterionSchema.safeParse({ ...valid, scale: steps.slice(0, 4) })));
	});

	test('the scale’s issues as the build prints them, one reviewed copy', () => {
		const shuffled = [steps[1], steps[0], ...steps.slice(2)];
		expect({
			'a missing step': issues(criterionSchema.safeParse({ ...valid, scale: steps.slice(0, 4) })),
			'steps out of order': issues(criterionSchema.safeParse({ ...valid, scale: shuffled })),
		}).toMatchInlineSnapshot(`
			{
			  "a missing step": [
			    "scale: must define every step from 1 to 5",
			  ],
			  "steps out of order": [
			    "scale: steps must be listed in order 1, 2, 3, 4, 5",
			  ],
			}
		`);
	});
});

describe('rating history', () => {
	const schema = languageSchema(known);

	test('accepts changes listed oldest first that end at the score', () => {
		const entry = withChange(validLanguage(), 'ratings.1.history', [
			{ date: '2026-01-10', from: 3, to: 5, why: 'A first reason long enough.' },
			{ date: '2026-11-30', from: 5, to: 4, why: 'A second reason long enough.' },
		]);
		expect(issues(schema.safeParse(entry))).toEqual([]);
	});

	test('rejects changes listed newest first', () => {
		const entry = withChange(validLanguage(), 'ratings.1.history', [
			{ date: '2026-11-30', from: 3, to: 5, why: 'A first reason long enough.' },
			{ date: '2026-01-10', from: 5, to: 4, why: 'A second reason long enough.' },
		]);
		const messages = issues(schema.safeParse(entry));
		expect(messages.filter((m) => m.startsWith('ratings.1.history.1.date: '))).toHaveLength(1);
		expect(messages).toMatchInlineSnapshot(`
			[
			  "ratings.1.history.1.date: changes must be listed oldest first",
			]
		`);
	});

	test('turns a YAML date object into the same ISO day', () => {
		const entry = withChange(validLanguage(), 'ratings.0.reviewed', new Date('2026-11-30T00:00:00Z'));
		const result = schema.safeParse(entry);
		expect(result.success && result.data.ratings[0]!.reviewed).toBe('2026-11-30');
	});
});

describe('source schema', () => {
	const schema = sourceSchema(known);
	/** The smallest source entry that passes. */
	const validSource = () => ({
		title: 'Release notes',
		cite: 'Notes',
		publisher: 'A project',
		kind: 'documentation',
		url: 'https://example.org/notes',
		accessed: '2026-11-30',
		usedFor: 'Used for tests.',
		rates: ['hiring'],
	});

	test('accepts a minimal valid entry, and a source that rates nothing', () => {
		expect(issues(schema.safeParse(validSource()))).toEqual([]);
		expect(issues(schema.safeParse(withChange(validSource(), 'rates', undefined)))).toEqual([]);
	});

	test.each([
		['an unknown kind', 'kind', 'podcast', /^kind: /],
		['a malformed URL', 'url', 'not a url', /^url: /],
		[
			'a URL without the date we read it',
			'accessed',
			undefined,
			/^accessed: a source with a url needs the date we read it/,
		],
		['an accessed date that is no real day', 'accessed', '2026-11-31', /^accessed: must be a real date/],
		['a rated criterion that does not exist', 'rates', ['elegance'], /^rates\.0: unknown criterion id "elegance"/],
		['a citation label over 24 characters', 'cite', 'A label that is far too long', /^cite: /],
	])('rejects %s, naming the field', (_case, path, value, expected) => {
		expectIssue(schema.safeParse(withChange(validSource(), path, value)), expected);
	});
});
