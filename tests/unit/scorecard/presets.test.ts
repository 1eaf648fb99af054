import { describe, expect, test } from 'vitest';
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
} from '../../../src/lib/scorecard';
import { presetSchema } from '../../../src/schemas';
import { readDataFolder } from '../../support/data-files';
import { realScorecardCatalog, tinyCatalog } from '../../support/scorecard-catalog';

const catalog = realScorecardCatalog();
const defaults = defaultScorecardState(catalog);
const wire = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const fintech = catalog.presets!.find((p) => p.id === 'fintech-api')!;

describe('the preset data', () => {
	test('has a preset per scenario and one for the ranked priorities, in order', () => {
		expect(catalog.presets!.map((p) => p.id)).toEqual([
			'ai-mvp',
			'fintech-api',
			'enterprise-data-platform',
			'ranked-priorities',
		]);
	});

	test('every preset weighs each scorecard criterion exactly once, with a reason, and validates', () => {
		const known = {
			languages: new Set(readDataFolder('languages').keys()),
			scenarios: new Set(readDataFolder('scenarios').keys()),
			criteria: new Set(readDataFolder('criteria').keys()),
			sources: new Set(readDataFolder('sources').keys()),
		};
		for (const [id, data] of readDataFolder('presets')) {
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
		const edited = withScore(catalog, { ...defaults, languages: ['go', 'rust'] }, 'go', 'hiring', 1);
		const chosen = withPreset(catalog, edited, 'fintech-api');
		expect(chosen.weights).toEqual(fintech.weights);
		expect(chosen.preset).toBe('fintech-api');
		expect(chosen.languages).toEqual(['go', 'rust']);
		expect(chosen.scores).toEqual(edited.scores);
	});

	test('an unknown preset id changes nothing', () => {
		expect(withPreset(catalog, defaults, 'nope')).toBe(defaults);
	});

	test('the notice lists each weight that moved and how many edited scores are kept', () => {
		const edited = withScore(catalog, withScore(catalog, defaults, 'go', 'hiring', 1), 'python', 'operations', 5);
		expect(presetNotice(catalog, edited, withPreset(catalog, edited, 'fintech-api'))).toBe(
			'Weights set to the Fintech API preset (AI ecosystem 5 → 1, Developer productivity 5 → 4, Hiring reality 5 → 8, Operations 5 → 10, Long-term cost 5 → 7); your 2 edited scores and the compared languages are kept.',
		);
		const again = withPreset(catalog, defaults, 'fintech-api');
		expect(presetNotice(catalog, again, withPreset(catalog, again, 'fintech-api'))).toBe(
			'Weights set to the Fintech API preset (no weight changed); the compared languages are kept.',
		);
	});

	test('the notice counts one edited score in the singular', () => {
		const edited = withScore(catalog, withPreset(catalog, defaults, 'fintech-api'), 'go', 'hiring', 1);
		expect(presetNotice(catalog, edited, withPreset(catalog, edited, 'fintech-api'))).toBe(
			'Weights set to the Fintech API preset (no weight changed); your 1 edited score and the compared languages are kept.',
		);
	});

	test('the notice still reads as a sentence when the state names no known preset', () => {
		expect(presetNotice(catalog, defaults, { ...defaults, preset: 'since-removed' })).toBe(
			'Weights set to the chosen preset (no weight changed); the compared languages are kept.',
		);
	});

	test('a catalog without presets finds none, counts nothing as adjusted, and refuses a preset in a link', () => {
		const named = { ...defaultScorecardState(tinyCatalog), preset: 'fintech-api' };
		expect(presetAdjusted(tinyCatalog, named)).toBe(false);
		expect(decodeScorecardState(encodeScorecardState(named), tinyCatalog)).toEqual({
			state: { ...named, preset: null },
			problems: ['The preset named in the link is not known, so none is shown as chosen; its weights are kept.'],
		});
	});

	test('a slider moved afterwards counts as adjusted; moving it back does not', () => {
		const chosen = withPreset(catalog, defaults, 'fintech-api');
		expect(presetAdjusted(catalog, chosen)).toBe(false);
		expect(presetAdjusted(catalog, withWeight(chosen, 'hiring', 2))).toBe(true);
		expect(presetAdjusted(catalog, withWeight(withWeight(chosen, 'hiring', 2), 'hiring', 8))).toBe(false);
		expect(presetAdjusted(catalog, defaults)).toBe(false);
	});
});

describe('the preset in a share link', () => {
	test('round-trips: the link names the preset and decodes to the same state', () => {
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
		const encoded = encodeScorecardState(defaults);
		expect(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))).not.toHaveProperty('p');
	});

	test('an old version 1 link still decodes, to no preset and its own weights', () => {
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
		const { state, problems } = decodeScorecardState(wire({ v: 2, w: { hiring: 9 }, l: ['go', 'rust'], p }), catalog);
		expect(state.preset).toBeNull();
		expect(state.weights.hiring).toBe(9);
		expect(state.languages).toEqual(['go', 'rust']);
		expect(problems).toEqual([
			'The preset named in the link is not known, so none is shown as chosen; its weights are kept.',
		]);
		expect(problems.join()).not.toContain(String(p));
	});
});
