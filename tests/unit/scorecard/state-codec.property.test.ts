import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	decodeScorecardState,
	encodeScorecardState,
	MIN_LANGUAGES,
	SCORE_MAX,
	SCORE_MIN,
	type ScorecardState,
	WEIGHT_MAX,
	WEIGHT_MIN,
} from '../../../src/tools/scorecard/model';
import { scorecardCatalog } from '../../support/playbook-data';

const wire = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

/**
 * The catalog, the checks and the generators, made inside each test rather than when the file
 * loads, so that Stryker can tell which tests reach the product code they run.
 */
function fuzzSetup() {
	const catalog = scorecardCatalog();
	const criterionIds = catalog.criteria.map((c) => c.id);
	const languageIds = catalog.languages.map((l) => l.id);

	/** Checks every invariant the island relies on; returns what is wrong, or an empty list. */
	function invalidities(state: ScorecardState): string[] {
		const wrong: string[] = [];
		if (state.version !== 2) wrong.push('version');
		if (state.preset !== null && !catalog.presets?.some((p) => p.id === state.preset)) wrong.push('preset');
		if (Object.keys(state.weights).sort().join() !== [...criterionIds].sort().join()) wrong.push('weight keys');
		for (const w of Object.values(state.weights))
			if (!Number.isInteger(w) || w < WEIGHT_MIN || w > WEIGHT_MAX) wrong.push(`weight ${w}`);
		if (state.languages.length < MIN_LANGUAGES) wrong.push('too few languages');
		if (new Set(state.languages).size !== state.languages.length) wrong.push('duplicate languages');
		for (const id of state.languages) if (!languageIds.includes(id)) wrong.push(`language ${id}`);
		for (const [lang, byCriterion] of Object.entries(state.scores)) {
			if (!languageIds.includes(lang)) wrong.push(`scores for ${lang}`);
			for (const [crit, s] of Object.entries(byCriterion)) {
				if (!criterionIds.includes(crit)) wrong.push(`score criterion ${crit}`);
				if (!Number.isInteger(s) || s < SCORE_MIN || s > SCORE_MAX) wrong.push(`score ${s}`);
			}
		}
		return wrong;
	}

	/** Values a hostile or broken input might put anywhere. */
	const anyValue = fc.oneof(
		fc.integer({ min: -20, max: 30 }),
		fc.double(),
		fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308),
		fc.string(),
		fc.boolean(),
		fc.constant(null),
		fc.array(fc.integer(), { maxLength: 3 }),
		fc.dictionary(fc.string(), fc.integer(), { maxKeys: 3 }),
	);
	const someId = (known: string[]) => fc.oneof(fc.constantFrom(...known), fc.string(), fc.constant('__proto__'));

	/** Wire objects that look almost right: known and unknown keys, good and bad values. */
	const nearlyValidWire = fc.record(
		{
			v: fc.oneof(fc.constant(1), anyValue),
			w: fc.oneof(fc.dictionary(someId(criterionIds), fc.oneof(fc.integer({ min: -2, max: 12 }), anyValue)), anyValue),
			l: fc.oneof(fc.array(fc.oneof(someId(languageIds), anyValue), { maxLength: 10 }), anyValue),
			s: fc.oneof(
				fc.dictionary(
					someId(languageIds),
					fc.oneof(fc.dictionary(someId(criterionIds), fc.oneof(fc.integer({ min: -1, max: 7 }), anyValue)), anyValue),
				),
				anyValue,
			),
		},
		{ requiredKeys: [] },
	);

	/** Any valid state. */
	const validState: fc.Arbitrary<ScorecardState> = fc.record({
		version: fc.constant(2 as const),
		preset: fc.option(fc.constantFrom(...(catalog.presets ?? []).map((p) => p.id)), { nil: null }),
		weights: fc.record(
			Object.fromEntries(criterionIds.map((id) => [id, fc.integer({ min: WEIGHT_MIN, max: WEIGHT_MAX })])),
		) as fc.Arbitrary<Record<string, number>>,
		languages: fc.shuffledSubarray(languageIds, { minLength: MIN_LANGUAGES }),
		scores: fc.dictionary(
			fc.constantFrom(...languageIds),
			fc
				.dictionary(fc.constantFrom(...criterionIds), fc.integer({ min: SCORE_MIN, max: SCORE_MAX }))
				.filter((byCriterion) => Object.keys(byCriterion).length > 0),
		),
	});

	return { catalog, criterionIds, invalidities, nearlyValidWire, validState };
}

describe('decodeScorecardState, fuzzed', () => {
	test('never throws and always returns a valid state for any string', () => {
		const { catalog, invalidities } = fuzzSetup();
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
				const { state } = decodeScorecardState(text, catalog);
				expect(invalidities(state)).toEqual([]);
			}),
			{ numRuns: 500 },
		);
	});

	test('never throws and always returns a valid state for any base64url-wrapped JSON value', () => {
		const { catalog, invalidities } = fuzzSetup();
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const { state } = decodeScorecardState(wire(JSON.stringify(value) ?? ''), catalog);
				expect(invalidities(state)).toEqual([]);
			}),
			{ numRuns: 500 },
		);
	});

	test('for nearly valid input, returns a valid state, keeps every valid weight, and reports a problem whenever it drops something', () => {
		const { catalog, criterionIds, invalidities, nearlyValidWire } = fuzzSetup();
		fc.assert(
			fc.property(nearlyValidWire, (generated) => {
				// Compare against what the wire actually carries (JSON turns -0 into 0 and NaN into null).
				const text = JSON.stringify(generated);
				const input = JSON.parse(text);
				const { state, problems } = decodeScorecardState(wire(text), catalog);
				expect(invalidities(state)).toEqual([]);
				if (input.v === 1 && typeof input.w === 'object' && input.w !== null && !Array.isArray(input.w)) {
					for (const [id, w] of Object.entries(input.w)) {
						const valid =
							criterionIds.includes(id) &&
							typeof w === 'number' &&
							Number.isInteger(w) &&
							w >= WEIGHT_MIN &&
							w <= WEIGHT_MAX;
						if (valid) expect(state.weights[id]).toBe(w);
						else expect(problems.length).toBeGreaterThan(0);
					}
				}
			}),
			{ numRuns: 1000 },
		);
	});

	test('encode then decode gives back the same state, with no problems', () => {
		const { catalog, validState } = fuzzSetup();
		fc.assert(
			fc.property(validState, (state) => {
				expect(decodeScorecardState(encodeScorecardState(state), catalog)).toEqual({ state, problems: [] });
			}),
			{ numRuns: 500 },
		);
	});
});
