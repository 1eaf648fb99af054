import { describe, expect, test } from 'vitest';
import { presetSchema } from '../../../src/schemas';
import {
	decodeScorecardState,
	defaultScorecardState,
	encodeScorecardState,
	presetAdjusted,
	presetNotice,
	type ScorecardState,
	withPreset,
	withScore,
	withWeight,
} from '../../../src/tools/scorecard/model';
import { dataFolder, scorecardCatalog } from '../../support/playbook-data';
import { tinyCatalog } from '../../support/scorecard-catalog';

/** The real catalog and its defaults, made inside each test rather than when the file loads. */
function setup() {
	const catalog = scorecardCatalog();
	return { catalog, defaults: defaultScorecardState(catalog) };
}
const wire = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

describe('the preset data', () => {
	test('has a preset per scenario and one for the ranked priorities, in order', () => {
		const { catalog } = setup();
		expect(catalog.presets!.map((p) => p.id)).toEqual([
			'ai-mvp',
			'fintech-api',
			'enterprise-data-platform',
			'ranked-priorities',
		]);
	});

	test('every preset weighs each scorecard criterion exactly once, with a reason, and validates', () => {
		const { catalog } = setup();
		const known = {
			languages: new Set(dataFolder('languages').keys()),
			scenarios: new Set(dataFolder('scenarios').keys()),
			criteria: new Set(dataFolder('criteria').keys()),
			sources: new Set(dataFolder('sources').keys()),
		};
		for (const [id, data] of dataFolder('presets')) {
			const parsed = presetSchema(known).safeParse(data);
			expect(parsed.success, `${id}: ${parsed.error?.message}`).toBe(true);
			const weighed = parsed.data!.weights.map((w) => w.criterion).sort();
			expect(weighed, id).toEqual(catalog.criteria.map((c) => c.id).sort());
		}
	});

	test('the schema refuses a preset without a basis, a weight off the scale and a criterion weighed twice', () => {
		const known = {
			languages: new Set<string>(),
			scenarios: new Set(['s']),
			criteria: new Set(['c']),
			sources: new Set<string>(),
		};
		const base = {
			label: 'P',
			order: 1,
			scenario: 's',
			summary: 'A situation long enough.',
			weights: [{ criterion: 'c', weight: 5, why: 'A reason that is long enough.' }],
		};
		expect(presetSchema(known).safeParse(base).success).toBe(true);
		expect(presetSchema(known).safeParse({ ...base, scenario: undefined }).success).toBe(false);
		expect(presetSchema(known).safeParse({ ...base, page: '/x/' }).success).toBe(false);
		expect(presetSchema(known).safeParse({ ...base, weights: [{ ...base.weights[0], weight: 11 }] }).success).toBe(
			false,
		);
		expect(presetSchema(known).safeParse({ ...base, weights: [base.weights[0], base.weights[0]] }).success).toBe(false);
		expect(presetSchema(known).safeParse({ ...base, scenario: 'nope' }).success).toBe(false);
	});
});

describe('choosing a preset', () => {
	test('sets every weight and names the preset, keeping languages and edited scores', () => {
		const { catalog, defaults } = setup();
		const edited = withScore(catalog, { ...defaults, languages: ['go', 'rust'] }, 'go', 'hiring', 1);
		const chosen = withPreset(catalog, edited, 'fintech-api');
		expect(chosen.weights).toEqual(catalog.presets!.find((p) => p.id === 'fintech-api')!.weights);
		expect(chosen.preset).toBe('fintech-api');
		expect(chosen.languages).toEqual(['go', 'rust']);
		expect(chosen.scores).toEqual(edited.scores);
	});

	test('an unknown preset id changes nothing', () => {
		const { catalog, defaults } = setup();
		expect(withPreset(catalog, defaults, 'nope')).toBe(defaults);
	});

	test('the notice names the preset by its label, each weight that moved (from → to), and counts the edited scores', () => {
		const { catalog, defaults } = setup();
		const edited = withScore(catalog, withScore(catalog, defaults, 'go', 'hiring', 1), 'python', 'operations', 5);
		const chosen = withPreset(catalog, edited, 'fintech-api');
		const notice = presetNotice(catalog, edited, chosen);
		expect(notice).toContain('Fintech API');
		const moved = catalog.criteria.filter((c) => edited.weights[c.id] !== chosen.weights[c.id]);
		expect(moved.length).toBeGreaterThan(1);
		for (const c of moved) expect(notice).toContain(`${c.label} ${edited.weights[c.id]} → ${chosen.weights[c.id]}`);
		// In the criteria's order, one after the other.
		const at = moved.map((c) => notice.indexOf(c.label));
		expect([...at].sort((a, b) => a - b)).toEqual(at);
		expect(notice).toMatch(/\b2\b/);
		// Choosing it again moves no weight: none is listed.
		const again = presetNotice(catalog, chosen, withPreset(catalog, chosen, 'fintech-api'));
		expect(again).not.toContain('→');
	});

	test('the notices of choosing a preset, one reviewed copy', () => {
		const { catalog, defaults } = setup();
		const notice = (before: ScorecardState) =>
			presetNotice(catalog, before, withPreset(catalog, before, 'fintech-api'));
		const once = withPreset(catalog, defaults, 'fintech-api');
		expect({
			'weights move, two edits kept': notice(
				withScore(catalog, withScore(catalog, defaults, 'go', 'hiring', 1), 'python', 'operations', 5),
			),
			'nothing moves, no edit': notice(once),
			'nothing moves, one edit': notice(withScore(catalog, once, 'go', 'hiring', 1)),
			'an unknown preset': presetNotice(catalog, defaults, { ...defaults, preset: 'since-removed' }),
		}).toMatchInlineSnapshot(`
			{
			  "an unknown preset": "Weights set to the chosen preset (no weight changed); the compared languages are kept.",
			  "nothing moves, no edit": "Weights set to the Fintech API preset (no weight changed); the compared languages are kept.",
			  "nothing moves, one edit": "Weights set to the Fintech API preset (no weight changed); your 1 edited score and the compared languages are kept.",
			  "weights move, two edits kept": "Weights set to the Fintech API preset (AI ecosystem 5 → 1, Developer productivity 5 → 4, Hiring reality 5 → 8, Operations 5 → 10, Long-term cost 5 → 7); your 2 edited scores and the compared languages are kept.",
			}
		`);
	});

	test('the notice counts one edited score in the singular', () => {
		const { catalog, defaults } = setup();
		const once = withPreset(catalog, defaults, 'fintech-api');
		const notice = (before: ScorecardState) =>
			presetNotice(catalog, before, withPreset(catalog, before, 'fintech-api'));
		const one = notice(withScore(catalog, once, 'go', 'hiring', 1));
		const two = notice(withScore(catalog, withScore(catalog, once, 'go', 'hiring', 1), 'go', 'operations', 1));
		expect(one).toMatch(/\b1 edited score\b(?!s)/);
		expect(two).toMatch(/\b2 edited scores\b/);
	});

	test('the notice names no preset when the state names no known one', () => {
		const { catalog, defaults } = setup();
		const notice = presetNotice(catalog, defaults, { ...defaults, preset: 'since-removed' });
		expect(notice).not.toContain('since-removed');
		for (const preset of catalog.presets!) expect(notice).not.toContain(preset.label);
	});

	test('a catalog without presets finds none, counts nothing as adjusted, and refuses a preset in a link', () => {
		const named = { ...defaultScorecardState(tinyCatalog), preset: 'fintech-api' };
		expect(presetAdjusted(tinyCatalog, named)).toBe(false);
		const decoded = decodeScorecardState(encodeScorecardState(named), tinyCatalog);
		expect(decoded.state).toEqual({ ...named, preset: null });
		expect(decoded.problems).toEqual(decodeScorecardState(wire({ v: 2, p: 'nope' }), scorecardCatalog()).problems);
		expect(decoded.problems).toHaveLength(1);
	});

	test('a slider moved afterwards counts as adjusted; moving it back does not', () => {
		const { catalog, defaults } = setup();
		const chosen = withPreset(catalog, defaults, 'fintech-api');
		expect(presetAdjusted(catalog, chosen)).toBe(false);
		expect(presetAdjusted(catalog, withWeight(chosen, 'hiring', 2))).toBe(true);
		expect(presetAdjusted(catalog, withWeight(withWeight(chosen, 'hiring', 2), 'hiring', 8))).toBe(false);
		expect(presetAdjusted(catalog, defaults)).toBe(false);
	});
});

describe('the preset in a share link', () => {
	test('round-trips: the link names the preset and decodes to the same state', () => {
		const { catalog, defaults } = setup();
		const state = withWeight(
			withPreset(catalog, withScore(catalog, defaults, 'go', 'hiring', 1), 'ai-mvp'),
			'hiring',
			3,
		);
		const encoded = encodeScorecardState(state);
		expect(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))).toMatchObject({ v: 2, p: 'ai-mvp' });
		expect(decodeScorecardState(encoded, catalog)).toEqual({ state, problems: [] });
	});

	test('a state without a preset leaves `p` out of the link', () => {
		const { defaults } = setup();
		const encoded = encodeScorecardState(defaults);
		expect(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))).not.toHaveProperty('p');
	});

	test('an old version 1 link still decodes, to no preset and its own weights', () => {
		const { catalog, defaults } = setup();
		const old = wire({ v: 1, w: { operations: 10, hiring: 2 }, l: ['go', 'rust'], s: { go: { hiring: 1 } } });
		const expected: ScorecardState = {
			...defaults,
			weights: { ...defaults.weights, operations: 10, hiring: 2 },
			languages: ['go', 'rust'],
			scores: { go: { hiring: 1 } },
			preset: null,
		};
		expect(decodeScorecardState(old, catalog)).toEqual({ state: expected, problems: [] });
	});

	test.each([
		['an unknown id', 'no-such-preset'],
		['an id that is not text', 42],
		['markup', '<img src=x onerror=alert(1)>'],
	])('%s gives no preset, keeps the weights, and says so without quoting it', (_what, p) => {
		const { catalog } = setup();
		const { state, problems } = decodeScorecardState(wire({ v: 2, w: { hiring: 9 }, l: ['go', 'rust'], p }), catalog);
		expect(state.preset).toBeNull();
		expect(state.weights.hiring).toBe(9);
		expect(state.languages).toEqual(['go', 'rust']);
		expect(problems).toEqual(decodeScorecardState(wire({ v: 2, p: 'retired' }), catalog).problems);
		expect(problems).toHaveLength(1);
		expect(problems.join()).not.toContain(String(p));
	});
});
