import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	buildDecisionRecord,
	decodeRecordLink,
	encodeRecordLink,
	FIELD_LIMITS,
	isIsoDate,
	isRecordStatus,
	RECORD_STATUSES,
	type RecordFields,
	type RecordInputs,
	recordToMarkdown,
} from '../../../src/tools/decision-record/model';
import { MIN_LANGUAGES, SCORE_MAX, SCORE_MIN, WEIGHT_MAX, WEIGHT_MIN } from '../../../src/tools/scorecard/model';
import { recordData } from '../../support/playbook-data';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/**
 * The data, the checks and the generators, made inside each test: made when the file loads, the
 * product code that builds the data would run outside any test, and Stryker would re-run every
 * test of the folder against each of its mutants.
 */
function fuzzSetup() {
	const data = recordData();
	const questions = data.picker.config.questions;
	const criterionIds = data.scorecard.criteria.map((c) => c.id);
	const languageIds = data.scorecard.languages.map((l) => l.id);

	/** Everything the island relies on about decoded inputs; returns what is wrong, or an empty list. */
	function invalidities({ answers, scorecard, fields }: RecordInputs): string[] {
		const wrong: string[] = [];
		for (const [key, value] of Object.entries(answers)) {
			const question = questions.find((q) => q.id === key);
			if (!question?.options.some((o) => o.value === value)) wrong.push(`answer ${key}`);
		}
		if (scorecard) {
			for (const w of Object.values(scorecard.weights))
				if (!Number.isInteger(w) || w < WEIGHT_MIN || w > WEIGHT_MAX) wrong.push('weight');
			if (scorecard.languages.length < MIN_LANGUAGES) wrong.push('languages');
			if (scorecard.languages.some((id) => !languageIds.includes(id))) wrong.push('language id');
			for (const byCriterion of Object.values(scorecard.scores))
				for (const s of Object.values(byCriterion)) if (s < SCORE_MIN || s > SCORE_MAX) wrong.push('score');
		}
		for (const key of ['product', 'constraints', 'deciders'] as const) {
			if (typeof fields[key] !== 'string' || fields[key].length > FIELD_LIMITS[key]) wrong.push(key);
		}
		if (fields.date !== '' && !isIsoDate(fields.date)) wrong.push('date');
		if (!isRecordStatus(fields.status)) wrong.push('status');
		return wrong;
	}

	const anyValue = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue());
	const someOf = (known: string[]) => fc.oneof(fc.constantFrom(...known), fc.string(), fc.constant('__proto__'));

	/** Links that look almost right: known and unknown keys, good and bad values in every part. */
	const nearlyValidWire = fc.record(
		{
			v: fc.oneof(fc.constant(1), anyValue),
			a: fc.oneof(
				fc.dictionary(
					someOf(questions.map((q) => q.id)),
					fc.oneof(fc.constantFrom(...questions.flatMap((q) => q.options.map((o) => o.value))), anyValue),
				),
				anyValue,
			),
			s: fc.oneof(
				fc.record(
					{
						v: fc.oneof(fc.constant(1), anyValue),
						w: fc.dictionary(someOf(criterionIds), fc.oneof(fc.integer({ min: -2, max: 12 }), anyValue)),
						l: fc.array(someOf(languageIds), { maxLength: 9 }),
						s: fc.dictionary(someOf(languageIds), fc.dictionary(someOf(criterionIds), fc.integer({ min: 0, max: 6 }))),
					},
					{ requiredKeys: [] },
				),
				anyValue,
			),
			f: fc.oneof(
				fc.record(
					{
						product: fc.oneof(fc.string({ maxLength: 120 }), anyValue),
						constraints: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 1500 }), anyValue),
						date: fc.oneof(fc.constantFrom('2026-11-12', '2026-02-30', ''), anyValue),
						deciders: fc.oneof(fc.string({ unit: 'binary' }), anyValue),
						status: fc.oneof(fc.constantFrom(...RECORD_STATUSES), anyValue),
					},
					{ requiredKeys: [] },
				),
				anyValue,
			),
		},
		{ requiredKeys: [] },
	);

	/** Any valid inputs a reader could produce on the page. */
	const validInputs: fc.Arbitrary<RecordInputs> = fc.record({
		answers: fc
			.subarray(questions)
			.chain((asked) =>
				fc.tuple(...asked.map((q) => fc.constantFrom(...q.options.map((o) => [q.id, o.value] as const)))),
			)
			.map((pairs) => Object.fromEntries(pairs)),
		scorecard: fc.option(
			fc.record({
				version: fc.constant(2 as const),
				preset: fc.constant(null),
				weights: fc.record(
					Object.fromEntries(criterionIds.map((id) => [id, fc.integer({ min: WEIGHT_MIN, max: WEIGHT_MAX })])),
				) as fc.Arbitrary<Record<string, number>>,
				languages: fc.shuffledSubarray(languageIds, { minLength: MIN_LANGUAGES }),
				scores: fc.constant({}),
			}),
		),
		fields: fc.record({
			product: fc
				.string({ unit: 'grapheme', maxLength: FIELD_LIMITS.product })
				.filter((s) => !/\p{Cc}/u.test(s) && s.length <= FIELD_LIMITS.product),
			constraints: fc.constant('Line one\nLine two'),
			date: fc.constantFrom('', '2026-11-12', '2024-02-29'),
			deciders: fc.string({ maxLength: 40 }).filter((s) => !/\p{Cc}/u.test(s)),
			status: fc.constantFrom(...RECORD_STATUSES),
		}) as fc.Arbitrary<RecordFields>,
	});

	return { data, invalidities, nearlyValidWire, validInputs };
}

describe('decodeRecordLink, fuzzed', () => {
	test('never throws and always returns valid inputs for any string', () => {
		const { data, invalidities } = fuzzSetup();
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
				expect(invalidities(decodeRecordLink(text, data).inputs)).toEqual([]);
			}),
			{ numRuns: 400 },
		);
	});

	test('never throws and always returns valid inputs for any base64url-wrapped JSON value', () => {
		const { data, invalidities } = fuzzSetup();
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				expect(invalidities(decodeRecordLink(b64(JSON.stringify(value) ?? ''), data).inputs)).toEqual([]);
			}),
			{ numRuns: 400 },
		);
	});

	test('for nearly valid links, returns valid inputs that build a record and its Markdown', () => {
		const { data, invalidities, nearlyValidWire } = fuzzSetup();
		fc.assert(
			fc.property(nearlyValidWire, (wire) => {
				const { inputs } = decodeRecordLink(b64(JSON.stringify(wire)), data);
				expect(invalidities(inputs)).toEqual([]);
				const record = buildDecisionRecord(inputs, data);
				const markdown = recordToMarkdown(record);
				// A record names its choice in its title, unless there is nothing to decide on.
				if (record.outcome.basis !== 'none') expect(record.title).toContain(record.outcome.chosen.name);
				expect(markdown.startsWith('# ')).toBe(true);
				expect(markdown.match(/^## /gm)).toHaveLength(6);
			}),
			{ numRuns: 300 },
		);
	});

	test('restores any valid inputs exactly, without a notice', () => {
		const { data, validInputs } = fuzzSetup();
		fc.assert(
			fc.property(validInputs, (inputs) => {
				const { inputs: back, problems } = decodeRecordLink(encodeRecordLink(inputs, data), data);
				expect(problems).toEqual([]);
				expect(back.answers).toEqual(inputs.answers);
				expect(back.fields).toEqual(inputs.fields);
				expect(back.scorecard?.weights).toEqual(inputs.scorecard?.weights);
				expect(back.scorecard?.languages).toEqual(inputs.scorecard?.languages);
			}),
			{ numRuns: 200 },
		);
	});
});
