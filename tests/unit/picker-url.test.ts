import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	decodePickerAnswers,
	describeUrlProblems,
	encodePickerAnswers,
	MAX_QUERY_LENGTH,
	MAX_VALUE_LENGTH,
} from '../../src/tools/picker/model/answers-url';
import { pickerConfigData } from '../support/playbook-data';

// The questions come from the YAML as the schema reads it; no product code builds them.
const { questions } = pickerConfigData();
const decode = (query: string) => decodePickerAnswers(query, questions);

describe('encodePickerAnswers', () => {
	test('writes answers in question order, whatever order they were given in', () => {
		expect(encodePickerAnswers({ ai: 'core', workload: 'io-api' }, questions)).toBe('workload=io-api&ai=core');
	});

	test('leaves out unanswered questions, unknown questions and unknown answers', () => {
		expect(encodePickerAnswers({ team: 'cobol', colour: 'blue', ai: 'none' }, questions)).toBe('ai=none');
		expect(encodePickerAnswers({}, questions)).toBe('');
	});

	test('round-trips through decodePickerAnswers for any valid answers', () => {
		const answerSets = fc.record(
			Object.fromEntries(questions.map((q) => [q.id, fc.constantFrom(...q.options.map((o) => o.value))])),
			{ requiredKeys: [] },
		);
		fc.assert(
			fc.property(answerSets, (answers) => {
				const decoded = decode(encodePickerAnswers(answers as Record<string, string>, questions));
				expect(decoded.problems).toEqual([]);
				expect(decoded.answers).toEqual(answers);
			}),
		);
	});
});

describe('decodePickerAnswers', () => {
	test('reads valid answers with or without the leading question mark', () => {
		expect(decode('?workload=io-api&team=python')).toEqual({
			answers: { workload: 'io-api', team: 'python' },
			problems: [],
		});
		expect(decode('workload=io-api').answers).toEqual({ workload: 'io-api' });
	});

	test('reads an empty query as no answers and no problems', () => {
		expect(decode('')).toEqual({ answers: {}, problems: [] });
		expect(decode('?')).toEqual({ answers: {}, problems: [] });
	});

	test('ignores an unknown key and reports it without echoing it', () => {
		const { answers, problems } = decode('?workload=io-api&utm_source=newsletter');
		expect(answers).toEqual({ workload: 'io-api' });
		expect(problems).toEqual([{ kind: 'unknown-key' }]);
	});

	test('ignores an unknown value for a known question', () => {
		expect(decode('?team=cobol&ai=core')).toEqual({
			answers: { ai: 'core' },
			problems: [{ kind: 'unknown-value', key: 'team' }],
		});
	});

	test('ignores both answers of a repeated key and reports it once', () => {
		expect(decode('?ai=core&ai=none&ai=hosted&team=go')).toEqual({
			answers: { team: 'go' },
			problems: [{ kind: 'repeated-key', key: 'ai' }],
		});
	});

	test('ignores an over-long value', () => {
		expect(decode(`?team=${'python'.repeat(20)}`)).toEqual({
			answers: {},
			problems: [{ kind: 'too-long', key: 'team' }],
		});
		expect('python'.repeat(20).length).toBeGreaterThan(MAX_VALUE_LENGTH);
	});

	test('ignores an over-long key', () => {
		expect(decode(`?${'k'.repeat(MAX_VALUE_LENGTH + 1)}=1`).problems).toEqual([{ kind: 'too-long' }]);
	});

	test('calls a key or a value of exactly the length limit unknown, not too long', () => {
		expect(decode(`?${'k'.repeat(MAX_VALUE_LENGTH)}=1`).problems).toEqual([{ kind: 'unknown-key' }]);
		expect(decode(`?team=${'p'.repeat(MAX_VALUE_LENGTH)}`).problems).toEqual([{ kind: 'unknown-value', key: 'team' }]);
	});

	test('stops reading a query string longer than the limit, and says so', () => {
		const { answers, problems } = decode(`?ai=core&junk=${'x'.repeat(MAX_QUERY_LENGTH)}&team=go`);
		expect(answers).toEqual({ ai: 'core' });
		expect(problems[0]).toEqual({ kind: 'too-long' });
	});

	test('reads a query string of exactly the limit whole, not counting the question mark', () => {
		const padding = `&pad=${'x'.repeat(MAX_QUERY_LENGTH)}`.slice(0, MAX_QUERY_LENGTH - 'ai=core&team=go'.length);
		const query = `ai=core${padding}&team=go`;
		expect(query.length).toBe(MAX_QUERY_LENGTH);
		for (const search of [query, `?${query}`]) {
			expect(decode(search)).toEqual({ answers: { ai: 'core', team: 'go' }, problems: [{ kind: 'unknown-key' }] });
		}
	});

	test.each([
		['a script tag as a value', '?team=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
		['a javascript: URL as a value', '?team=javascript:alert(1)'],
		['an attribute breakout as a value', '?team=%22%20onmouseover%3D%22alert(1)'],
		['markup as a key', '?%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1'],
		['markup as the value of an unknown key', '?x=%3Csvg%20onload%3Dalert(1)%3E'],
	])('ignores %s and reports it as markup', (_name, query) => {
		const { answers, problems } = decode(query);
		expect(answers).toEqual({});
		expect(problems.map((p) => p.kind)).toEqual(['markup']);
	});

	test('only ever returns known option values, whatever the input', () => {
		const allowed = new Map(questions.map((q) => [q.id, new Set(q.options.map((o) => o.value))]));
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (query) => {
				for (const [key, value] of Object.entries(decode(query).answers)) {
					expect(allowed.get(key)?.has(value)).toBe(true);
				}
			}),
		);
	});
});

describe('describeUrlProblems', () => {
	/** The kinds a notice lists, between its brackets. */
	const listed = (text: string) => text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')).split('; ');

	test('counts the problems and names each kind once, without any text from the URL', () => {
		const problems = decode('?team=cobol&ai=x&foo=%3Cb%3E').problems;
		expect(problems.map((p) => p.kind)).toEqual(['unknown-value', 'unknown-value', 'markup']);
		const text = describeUrlProblems(problems);
		expect(text).toMatch(/\b3\b/);
		expect(listed(text)).toHaveLength(2);
		expect(text).not.toMatch(/cobol|foo|<b>/);
	});

	test('names every kind of problem in its own words, in the order first met', () => {
		const kinds = ['unknown-key', 'unknown-value', 'repeated-key', 'too-long', 'markup'] as const;
		const all = listed(describeUrlProblems(kinds.map((kind) => ({ kind }))));
		expect(new Set(all).size).toBe(5);
		for (const [i, kind] of kinds.entries()) expect(listed(describeUrlProblems([{ kind }]))).toEqual([all[i]]);
	});

	test('speaks of a single problem without a count', () => {
		const one = describeUrlProblems([{ kind: 'unknown-key' }]);
		expect(one).not.toMatch(/\d/);
		expect(describeUrlProblems([{ kind: 'unknown-key' }, { kind: 'unknown-key' }])).toMatch(/\b2\b/);
	});

	test('the notices, one reviewed copy', () => {
		const kinds = ['unknown-key', 'unknown-value', 'repeated-key', 'too-long', 'markup'] as const;
		expect({
			one: describeUrlProblems([{ kind: 'unknown-key' }]),
			'every kind': describeUrlProblems(kinds.map((kind) => ({ kind }))),
		}).toMatchInlineSnapshot(`
			{
			  "every kind": "This link had 5 problems (an unknown setting; an answer the picker does not offer; a question answered twice; a value that was too long; text that looked like code), so those parts were ignored.",
			  "one": "This link had a problem (an unknown setting), so those parts were ignored.",
			}
		`);
	});
});
