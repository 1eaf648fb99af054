import { describe, expect, test } from 'vitest';
import {
	decodeScorecardState,
	defaultScorecardState,
	encodeScorecardState,
	type ScorecardState,
} from '../../../src/tools/scorecard/model';
import { scorecardCatalog } from '../../support/playbook-data';

// The catalog and its defaults are made inside each test: made when the file loads, the product
// code that makes them would run outside any test, and Stryker would re-run every test of the
// folder against each of its mutants.
const realDefaults = () => {
	const catalog = scorecardCatalog();
	return { catalog, defaults: defaultScorecardState(catalog) };
};
/** Encodes any JSON text the way a link would carry it, so tests can hand the decoder bad content. */
const wire = (json: string) => Buffer.from(json, 'latin1').toString('base64url');
const validWeights = { 'ai-ecosystem': 9, productivity: 4, hiring: 7, operations: 2, 'long-term-cost': 0 };

describe('encodeScorecardState / decodeScorecardState', () => {
	test('round-trips a state with edited scores', () => {
		const { catalog } = realDefaults();
		const state: ScorecardState = {
			version: 2,
			weights: validWeights,
			languages: ['rust', 'go'],
			scores: { go: { 'ai-ecosystem': 4 }, php: { hiring: 1, operations: 5 } },
			preset: null,
		};
		expect(decodeScorecardState(encodeScorecardState(state), catalog)).toEqual({ state, problems: [] });
	});

	test('encodes to URL-safe characters only', () => {
		const { defaults } = realDefaults();
		expect(encodeScorecardState(defaults)).toMatch(/^[A-Za-z0-9_-]+$/);
	});

	test('reads nothing as the defaults, without a notice', () => {
		const { catalog, defaults } = realDefaults();
		for (const empty of [null, undefined, '']) {
			expect(decodeScorecardState(empty, catalog)).toEqual({ state: defaults, problems: [] });
		}
	});

	// Each input cannot be read at all: the defaults stand in, with one short notice.
	test.each([
		['text that is not base64url', '%%%<script>'],
		['base64 of broken JSON', wire('{"v":1,"w":')],
		['JSON with a NaN literal', wire('{"v":1,"w":{"hiring":NaN},"l":["go","rust"]}')],
		['a JSON array', wire('[1,2,3]')],
		['a JSON string', wire('"hello"')],
		['JSON null', wire('null')],
		['an unknown version', wire('{"v":3,"w":{},"l":["go","rust"]}')],
		['a missing version', wire('{"w":{"hiring":3},"l":["go","rust"]}')],
		['a version given as text', wire('{"v":"1","w":{},"l":["go","rust"]}')],
		['input too long to be genuine', 'A'.repeat(5000)],
	])('falls back to the defaults with a notice for %s', (_what, encoded) => {
		const { catalog, defaults } = realDefaults();
		const { state, problems } = decodeScorecardState(encoded, catalog);
		expect(state).toEqual(defaults);
		expect(problems).toHaveLength(1);
	});

	test('says why unreadable input was refused: too long, unreadable and an unknown version apart', () => {
		const { catalog } = realDefaults();
		const notice = (encoded: string) => decodeScorecardState(encoded, catalog).problems[0];
		const unreadable = notice(wire('{"v":1,"w":'));
		for (const other of ['%%%<script>', wire('[1,2,3]'), wire('null')]) expect(notice(other)).toBe(unreadable);
		// A version missing or given as text is as unknown as a future one.
		const unknownVersion = notice(wire('{"v":3,"l":["go","rust"]}'));
		for (const other of [wire('{"w":{}}'), wire('{"v":"1"}')]) expect(notice(other)).toBe(unknownVersion);
		expect(unknownVersion).not.toBe(unreadable);
		expect(notice('A'.repeat(4001))).not.toBe(unreadable);
		expect(notice('A'.repeat(4001))).not.toBe(notice(wire('{"v":3,"l":["go","rust"]}')));
		// Each of the three says that the defaults stand in, in the same words.
		const ending = (text: string) => text.slice(text.indexOf('. ') + 2);
		expect(new Set([unreadable, notice(wire('{"v":3}')), notice('A'.repeat(4001))].map((t) => ending(t!))).size).toBe(
			1,
		);
	});

	test('reads a link of exactly 4,000 characters, the longest it accepts', () => {
		const { catalog, defaults } = realDefaults();
		// 3,000 bytes of JSON (padded with spaces, which JSON allows) are 4,000 base64url characters.
		const json = '{"v":2,"l":["go","rust"]}';
		const encoded = wire(json.padEnd(3000, ' '));
		expect(encoded).toHaveLength(4000);
		expect(decodeScorecardState(encoded, catalog)).toEqual({
			state: { ...defaults, languages: ['go', 'rust'] },
			problems: [],
		});
	});

	test('a link with only a version is the defaults, without a notice for the parts it leaves out', () => {
		const { catalog, defaults } = realDefaults();
		expect(decodeScorecardState(wire('{"v":2}'), catalog)).toEqual({ state: defaults, problems: [] });
	});

	test('reports weights and edited scores that are not objects, and keeps the rest', () => {
		const { catalog, defaults } = realDefaults();
		const { state, problems } = decodeScorecardState(wire('{"v":2,"w":5,"l":["go","rust"],"s":[3]}'), catalog);
		expect(state).toEqual({ ...defaults, languages: ['go', 'rust'] });
		expect(problems).toHaveLength(2);
		expect(problems).toEqual([
			decodeScorecardState(wire('{"v":2,"w":[1]}'), catalog).problems[0],
			decodeScorecardState(wire('{"v":2,"s":"x"}'), catalog).problems[0],
		]);
	});

	test('leaves edited scores out of the link when there are none, so links stay short', () => {
		const { defaults } = realDefaults();
		const read = (state: ScorecardState) =>
			JSON.parse(Buffer.from(encodeScorecardState(state), 'base64url').toString());
		const wireOf = { v: 2, w: defaults.weights, l: defaults.languages };
		expect(read(defaults)).toEqual(wireOf);
		// A language whose edits were all restored carries nothing either.
		expect(read({ ...defaults, scores: { go: {} } })).toEqual(wireOf);
		expect(read({ ...defaults, scores: { go: {}, rust: { hiring: 2 } } })).toEqual({
			...wireOf,
			s: { rust: { hiring: 2 } },
		});
	});

	test.each([
		['negative', -1],
		['huge', 1e9],
		['infinite (1e400 in JSON)', '1e400'],
		['fractional', 2.5],
		['null (how JSON writes NaN)', null],
		['text', '"7"'],
		['text saying NaN', '"NaN"'],
		['a boolean', true],
	])('replaces a %s weight with the default and says so', (_what, value) => {
		const json = `{"v":1,"w":{"hiring":${typeof value === 'string' ? value : JSON.stringify(value)},"operations":8},"l":["go","rust"]}`;
		const { catalog } = realDefaults();
		const { state, problems } = decodeScorecardState(wire(json), catalog);
		expect(state.weights.hiring).toBe(5);
		expect(state.weights.operations).toBe(8);
		expect(state.languages).toEqual(['go', 'rust']);
		expect(problems).toHaveLength(1);
		// The notice names the criterion by its label, the range and the weight used instead.
		const label = catalog.criteria.find((c) => c.id === 'hiring')!.label;
		expect(problems[0]).toMatch(new RegExp(`\\b${label}\\b.*\\b0\\b.*\\b10\\b.*\\b5\\.$`));
	});

	test('accepts the bounds 0 and 10 for a weight', () => {
		const { catalog } = realDefaults();
		const { state, problems } = decodeScorecardState(
			wire('{"v":1,"w":{"hiring":0,"operations":10},"l":["go","php"]}'),
			catalog,
		);
		expect([state.weights.hiring, state.weights.operations, problems]).toEqual([0, 10, []]);
	});

	test('fills a missing weight with the default, quietly', () => {
		const { catalog, defaults } = realDefaults();
		const { state, problems } = decodeScorecardState(wire('{"v":1,"w":{"hiring":2},"l":["go","php"]}'), catalog);
		expect(state.weights).toEqual({ ...defaults.weights, hiring: 2 });
		expect(problems).toEqual([]);
	});

	test('ignores a weight for an unknown criterion, including one named __proto__', () => {
		const { catalog, defaults } = realDefaults();
		const { state, problems } = decodeScorecardState(
			wire('{"v":1,"w":{"__proto__":{"polluted":1},"elegance":9,"hiring":3},"l":["go","php"]}'),
			catalog,
		);
		expect(state.weights).toEqual({ ...defaults.weights, hiring: 3 });
		// Two unknown criteria give one notice, not one each.
		expect(problems).toHaveLength(1);
		expect(problems).toEqual(decodeScorecardState(wire('{"v":1,"w":{"elegance":9}}'), catalog).problems);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('drops unknown language ids and duplicates, keeping the known ones in order', () => {
		const { catalog } = realDefaults();
		const { state, problems } = decodeScorecardState(
			wire('{"v":1,"w":{},"l":["rust","cobol","go","rust",7]}'),
			catalog,
		);
		expect(state.languages).toEqual(['rust', 'go']);
		// Two unknown ids give one notice; a duplicate gives none.
		expect(problems).toHaveLength(1);
		expect(decodeScorecardState(wire('{"v":1,"w":{},"l":["rust","go","rust"]}'), catalog).problems).toEqual([]);
	});

	test('uses the default languages when fewer than two known ones remain', () => {
		const { catalog, defaults } = realDefaults();
		const { state, problems } = decodeScorecardState(wire('{"v":1,"w":{"hiring":1},"l":["cobol","go"]}'), catalog);
		expect(state.languages).toEqual(defaults.languages);
		expect(state.weights.hiring).toBe(1);
		const unknown = decodeScorecardState(wire('{"v":1,"l":["cobol","go","rust"]}'), catalog).problems;
		expect(problems).toHaveLength(2);
		expect(problems[0]).toBe(unknown[0]);
		// Only one known language is left, which is not enough to compare: that is the second notice.
		expect(decodeScorecardState(wire('{"v":1,"l":["go"]}'), catalog).problems).toEqual([problems[1]]);
	});

	test('reports a language list that is not a list', () => {
		const { catalog, defaults } = realDefaults();
		const { state, problems } = decodeScorecardState(wire('{"v":1,"w":{},"l":"go,rust"}'), catalog);
		expect(state.languages).toEqual(defaults.languages);
		expect(problems).toHaveLength(2);
		expect(problems[0]).not.toBe(decodeScorecardState(wire('{"v":1,"l":["cobol","go","rust"]}'), catalog).problems[0]);
	});

	test('keeps edited scores on the scale and reports the rest', () => {
		const { catalog } = realDefaults();
		const { state, problems } = decodeScorecardState(
			wire(
				'{"v":1,"w":{},"l":["go","php"],"s":{"go":{"hiring":1,"operations":6,"elegance":3},"cobol":{"hiring":2},"php":{"ai-ecosystem":0}}}',
			),
			catalog,
		);
		expect(state.scores).toEqual({ go: { hiring: 1 } });
		expect(problems).toHaveLength(4);
		// A score off the scale names the language, the criterion, the scale and the playbook's own score.
		const seeded = (id: string) => catalog.languages.find((l) => l.id === id)!.seeded;
		expect(problems[0]).toMatch(
			new RegExp(`\\bGo\\b.*\\bOperations\\b.*\\b1\\b.*\\b5\\b.*\\b${seeded('go').operations}\\.$`),
		);
		expect(problems[3]).toMatch(
			new RegExp(`\\bPHP\\b.*\\bAI ecosystem\\b.*\\b1\\b.*\\b5\\b.*\\b${seeded('php')['ai-ecosystem']}\\.$`),
		);
		expect(new Set(problems).size).toBe(4);
	});

	test('never repeats input text in a notice, so nothing from a link reaches the page', () => {
		const { catalog } = realDefaults();
		const hostile = '<img src=x onerror=alert(1)>';
		const json = JSON.stringify({
			v: 1,
			w: { [hostile]: 1, hiring: hostile },
			l: [hostile, 'go'],
			s: { [hostile]: {} },
		});
		const { problems } = decodeScorecardState(wire(json), catalog);
		expect(problems.length).toBeGreaterThan(0);
		for (const problem of problems) expect(problem).not.toMatch(/[<>]|onerror/);
	});

	test('every notice of the decoder, one reviewed copy', () => {
		const { catalog } = realDefaults();
		const notices = (json: string) => decodeScorecardState(wire(json), catalog).problems;
		expect({
			'too long': decodeScorecardState('A'.repeat(4001), catalog).problems,
			unreadable: notices('{"v":1,"w":'),
			'unknown version': notices('{"v":3}'),
			weights: [...notices('{"v":2,"w":5}'), ...notices('{"v":2,"w":{"elegance":1,"hiring":11}}')],
			languages: [...notices('{"v":2,"l":"go"}'), ...notices('{"v":2,"l":["cobol","go"]}')],
			scores: [...notices('{"v":2,"s":3}'), ...notices('{"v":2,"s":{"cobol":{},"go":{"elegance":1,"hiring":0}}}')],
			preset: notices('{"v":2,"p":"retired"}'),
		}).toMatchInlineSnapshot(`
			{
			  "languages": [
			    "The list of languages could not be read.",
			    "Fewer than two languages were left to compare; using the default set.",
			    "An unknown language was ignored.",
			    "Fewer than two languages were left to compare; using the default set.",
			  ],
			  "preset": [
			    "The preset named in the link is not known, so none is shown as chosen; its weights are kept.",
			  ],
			  "scores": [
			    "The edited scores could not be read.",
			    "Scores for an unknown language were ignored.",
			    "A score for an unknown criterion was ignored.",
			    "The score for Go on Hiring reality must be a whole number from 1 to 5; using the playbook's 3.",
			  ],
			  "too long": [
			    "The scorecard data was too long to be genuine. The defaults are shown instead.",
			  ],
			  "unknown version": [
			    "The scorecard data is from an unknown version. The defaults are shown instead.",
			  ],
			  "unreadable": [
			    "The scorecard data could not be read. The defaults are shown instead.",
			  ],
			  "weights": [
			    "The weights could not be read; using equal weights.",
			    "A weight for an unknown criterion was ignored.",
			    "The weight for Hiring reality must be a whole number from 0 to 10; using 5.",
			  ],
			}
		`);
	});
});
