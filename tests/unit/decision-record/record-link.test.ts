import { describe, expect, test } from 'vitest';
import {
	type DecisionRecordData,
	decodeRecordLink,
	decodeStoredFields,
	defaultRecordFields,
	encodeRecordLink,
	encodeStoredFields,
	loadRecordInputs,
	type RecordInputs,
	type SavedRecordState,
} from '../../../src/tools/decision-record/model';
import { decodePickerAnswers, describeUrlProblems, encodePickerAnswers } from '../../../src/tools/picker/model';
import {
	decodeScorecardState,
	defaultScorecardState,
	EMPTY_SCORECARD_LINK,
	encodeScorecardState,
	type ScorecardState,
} from '../../../src/tools/scorecard/model';
import { exampleAnswers, recordData } from '../../support/playbook-data';

// The data, the answers' query and the scorecard are made inside each test: made when the file
// loads, the product code that makes them would run outside any test, and Stryker would re-run
// every test of the folder against each of its mutants.
const fintech = () => exampleAnswers('fintech-api');
const fintechQuery = (data: DecisionRecordData) => encodePickerAnswers(fintech(), data.picker.config.questions);
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

const someScorecard = (data: DecisionRecordData): ScorecardState => ({
	...defaultScorecardState(data.scorecard),
	weights: { 'ai-ecosystem': 1, productivity: 2, hiring: 3, operations: 10, 'long-term-cost': 4 },
	languages: ['go', 'rust', 'python'],
	scores: { go: { hiring: 5 } },
});
const someFields = {
	product: 'Zahlungs-API für Händler ✓',
	constraints: 'EU hosting only\nNo new vendors this year',
	date: '2026-11-12',
	deciders: 'Zoë (CTO), Ben',
	status: 'accepted' as const,
};
const refuse = () => {
	throw new Error('SecurityError');
};

/** Saved state for `loadRecordInputs`, nothing saved unless given. */
const saved = (over: Partial<SavedRecordState> = {}): SavedRecordState => ({
	picker: () => null,
	scorecard: () => null,
	fields: () => null,
	...over,
});

/** Links that cannot be read at all, by what is wrong with them; each gives one notice. */
const unreadableLinks = {
	'not base64url': '%%%not-base64%%%',
	'base64 of bytes that are not UTF-8': Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url'),
	'base64url of text that is not JSON': b64('{"v":1,'),
	'JSON that is not an object': b64('[1,2,3]'),
	'another version': b64(JSON.stringify({ v: 2, a: {} })),
	'far too long': 'A'.repeat(9000),
};

describe('the record link', () => {
	test('restores answers, the scorecard and the reader’s fields exactly', () => {
		const data = recordData();
		const inputs: RecordInputs = { answers: fintech(), scorecard: someScorecard(data), fields: someFields };
		const { inputs: back, problems } = decodeRecordLink(encodeRecordLink(inputs, data), data);
		expect(problems).toEqual([]);
		expect(back.answers).toEqual(fintech());
		expect(back.fields).toEqual(someFields);
		expect(back.scorecard?.weights).toEqual(someScorecard(data).weights);
		expect(back.scorecard?.languages).toEqual(someScorecard(data).languages);
		expect(back.scorecard?.scores.go?.hiring).toBe(5);
	});

	test('is plain base64url, safe in a query string as it is', () => {
		const data = recordData();
		const encoded = encodeRecordLink({ answers: fintech(), scorecard: someScorecard(data), fields: someFields }, data);
		expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
	});

	test('carries a snapshot of every score, so a shared record keeps its totals when the playbook’s ratings change', () => {
		const data = recordData();
		const encoded = encodeRecordLink(
			{ answers: {}, scorecard: someScorecard(data), fields: defaultRecordFields() },
			data,
		);
		const revised = {
			...data,
			scorecard: {
				...data.scorecard,
				languages: data.scorecard.languages.map((l) => ({
					...l,
					seeded: Object.fromEntries(Object.keys(l.seeded).map((c) => [c, 1])),
				})),
			},
		};
		const { inputs } = decodeRecordLink(encoded, revised);
		const original = data.scorecard.languages.find((l) => l.id === 'rust')!.seeded;
		expect(inputs.scorecard?.scores.rust).toEqual(
			Object.fromEntries(data.scorecard.criteria.map((c) => [c.id, original[c.id]])),
		);
	});

	test('without a scorecard, restores none, so the record keeps saying it used the default weights', () => {
		const data = recordData();
		const encoded = encodeRecordLink({ answers: fintech(), scorecard: null, fields: defaultRecordFields() }, data);
		expect(decodeRecordLink(encoded, data).inputs.scorecard).toBeNull();
	});

	test.each(Object.entries(unreadableLinks))('%s gives an empty record and one notice', (_name, encoded) => {
		const { inputs, problems } = decodeRecordLink(encoded, recordData());
		expect(inputs).toEqual({ answers: {}, scorecard: null, fields: defaultRecordFields() });
		expect(problems).toHaveLength(1);
	});

	test('a link that cannot be read, one from another version and one too long each get their own notice', () => {
		const data = recordData();
		const notice = (name: keyof typeof unreadableLinks) => decodeRecordLink(unreadableLinks[name], data).problems[0];
		const unreadable = notice('not base64url');
		for (const name of [
			'base64 of bytes that are not UTF-8',
			'base64url of text that is not JSON',
			'JSON that is not an object',
		] as const)
			expect(notice(name)).toBe(unreadable);
		expect(new Set([unreadable, notice('another version'), notice('far too long')]).size).toBe(3);
	});

	test('keeps the good parts of a partly bad link and reports each bad part without quoting it', () => {
		const marker = '<img src=x onerror=alert(1)>';
		const wire = {
			v: 1,
			a: { workload: 'io-api', team: marker, [marker]: 'x', ai: 7 },
			s: { v: 1, w: { operations: 99 }, l: ['go', marker, 'python'] },
			f: { product: 'Ledger', date: marker, status: marker },
		};
		const { inputs, problems } = decodeRecordLink(b64(JSON.stringify(wire)), recordData());
		expect(inputs.answers).toEqual({ workload: 'io-api' });
		expect(inputs.scorecard?.languages).toEqual(['go', 'python']);
		expect(inputs.scorecard?.weights.operations).toBe(5);
		expect(inputs.fields).toEqual({ ...defaultRecordFields(), product: 'Ledger' });
		expect(problems.length).toBeGreaterThanOrEqual(5);
		for (const problem of problems) expect(problem).not.toMatch(/img|onerror|alert/);
	});
});

describe('loadRecordInputs', () => {
	test('takes the picker answers from the picker’s own parameters, and the scorecard from `s`', () => {
		const data = recordData();
		const search = `?${fintechQuery(data)}&s=${encodeScorecardState(someScorecard(data))}`;
		const loaded = loadRecordInputs(search, saved({ scorecard: () => 'ignored' }), data);
		expect(loaded.inputs.answers).toEqual(fintech());
		expect(loaded.inputs.scorecard?.weights.operations).toBe(10);
		expect(loaded.origins).toEqual({ answers: 'link', scorecard: 'link', fields: 'none' });
		expect(loaded.problems).toEqual([]);
	});

	test('falls back to the scorecard saved in the browser when the link has none (the picker’s link)', () => {
		const data = recordData();
		const loaded = loadRecordInputs(
			`?${fintechQuery(data)}`,
			saved({ scorecard: () => encodeScorecardState(someScorecard(data)) }),
			data,
		);
		expect(loaded.origins.scorecard).toBe('saved');
		expect(loaded.inputs.scorecard?.languages).toEqual(someScorecard(data).languages);
	});

	test('falls back to the picker answers saved in the browser when the link has none (the scorecard’s link)', () => {
		const data = recordData();
		const loaded = loadRecordInputs(
			`?s=${encodeScorecardState(someScorecard(data))}`,
			saved({ picker: () => fintechQuery(data) }),
			data,
		);
		expect(loaded.inputs.answers).toEqual(fintech());
		expect(loaded.origins).toEqual({ answers: 'saved', scorecard: 'link', fields: 'none' });
	});

	test('with nothing anywhere, starts empty and without notices', () => {
		const loaded = loadRecordInputs('', saved(), recordData());
		expect(loaded).toEqual({
			inputs: { answers: {}, scorecard: null, fields: defaultRecordFields() },
			origins: { answers: 'none', scorecard: 'none', fields: 'none' },
			problems: [],
		});
	});

	test('an empty ?s= keeps the scorecard saved in the browser and says so', () => {
		const data = recordData();
		const scorecard = someScorecard(data);
		const loaded = loadRecordInputs('?s=', saved({ scorecard: () => encodeScorecardState(scorecard) }), data);
		expect(loaded.inputs.scorecard).toEqual(
			decodeScorecardState(encodeScorecardState(scorecard), data.scorecard).state,
		);
		expect(loaded.inputs.scorecard?.weights.operations).toBe(10);
		expect(loaded.origins.scorecard).toBe('saved');
		expect(loaded.problems).toEqual([`Scorecard link: ${EMPTY_SCORECARD_LINK}`]);
	});

	test('restores the reader’s saved fields', () => {
		const loaded = loadRecordInputs('', saved({ fields: () => encodeStoredFields(someFields) }), recordData());
		expect(loaded.inputs.fields).toEqual(someFields);
		expect(loaded.origins.fields).toBe('saved');
	});

	test('a record link wins over everything saved', () => {
		const data = recordData();
		const link = encodeRecordLink({ answers: { ai: 'core' }, scorecard: null, fields: someFields }, data);
		const loaded = loadRecordInputs(
			`?r=${link}&workload=cpu-heavy`,
			saved({ picker: () => fintechQuery(data), fields: () => encodeStoredFields(defaultRecordFields()) }),
			data,
		);
		expect(loaded.inputs).toEqual({ answers: { ai: 'core' }, scorecard: null, fields: someFields });
		expect(loaded.origins).toEqual({ answers: 'link', scorecard: 'none', fields: 'link' });
	});

	test('reports each thing storage refused to give, and carries on with defaults', () => {
		const loaded = loadRecordInputs('', { picker: refuse, scorecard: refuse, fields: refuse }, recordData());
		expect(loaded.inputs).toEqual({ answers: {}, scorecard: null, fields: defaultRecordFields() });
		expect(loaded.origins).toEqual({ answers: 'none', scorecard: 'none', fields: 'none' });
		expect(new Set(loaded.problems).size).toBe(3);
		// Refusing one part is reported for that part alone.
		const onlyScorecard = loadRecordInputs('', saved({ scorecard: refuse }), recordData()).problems;
		expect(onlyScorecard).toEqual([loaded.problems[1]]);
	});

	test('reports corrupted saved state as each part’s own decoder does, and uses defaults for it', () => {
		const data = recordData();
		const loaded = loadRecordInputs(
			'',
			saved({ picker: () => 'team=cobol', scorecard: () => '!!!', fields: () => '{broken' }),
			data,
		);
		expect(loaded.inputs).toEqual({
			answers: {},
			scorecard: defaultScorecardState(data.scorecard),
			fields: defaultRecordFields(),
		});
		expect(loaded.problems).toHaveLength(3);
		expect(loaded.problems[1]).toBe(`Saved scorecard: ${decodeScorecardState('!!!', data.scorecard).problems[0]}`);
		expect(loaded.problems[2]).toBe(decodeStoredFields('{broken').problems[0]);
	});

	test('reports bad picker parameters in the link as the picker does, without quoting them', () => {
		const data = recordData();
		const search = '?workload=io-api&team=%3Cscript%3E&workload-x=1';
		const loaded = loadRecordInputs(search, saved(), data);
		expect(loaded.inputs.answers).toEqual({ workload: 'io-api' });
		const picker = decodePickerAnswers('workload=io-api&team=%3Cscript%3E', data.picker.config.questions);
		expect(picker.problems).toEqual([{ kind: 'markup', key: 'team' }]);
		expect(loaded.problems).toEqual([`Picker answers: ${describeUrlProblems(picker.problems)}`]);
		expect(loaded.problems[0]).not.toContain('script');
	});

	test.each(['?utm_source=newsletter', '?utm_source=newsletter&utm_medium=email&fbclid=abc123', '?ref=%3Cscript%3E'])(
		'ignores parameters it does not own (%s) and keeps the saved answers, without a notice',
		(search) => {
			const data = recordData();
			const loaded = loadRecordInputs(search, saved({ picker: () => fintechQuery(data) }), data);
			expect(loaded.inputs.answers).toEqual(fintech());
			expect(loaded.origins.answers).toBe('saved');
			expect(loaded.problems).toEqual([]);
		},
	);

	test('reads the picker’s answers from the link next to parameters it does not own', () => {
		const data = recordData();
		const loaded = loadRecordInputs(`?${fintechQuery(data)}&utm_source=chat`, saved(), data);
		expect(loaded.inputs.answers).toEqual(fintech());
		expect(loaded.origins.answers).toBe('link');
		expect(loaded.problems).toEqual([]);
	});
});

describe('the record link, notice by notice', () => {
	const decode = (wire: unknown) => decodeRecordLink(b64(JSON.stringify(wire)), recordData());

	test('carries the scorecard’s preset, and restores it', () => {
		const data = recordData();
		const preset = data.scorecard.presets![0]!.id;
		const scorecard = { ...someScorecard(data), preset };
		const { inputs, problems } = decodeRecordLink(
			encodeRecordLink({ answers: {}, scorecard, fields: defaultRecordFields() }, data),
			data,
		);
		expect(problems).toEqual([]);
		expect(inputs.scorecard?.preset).toBe(preset);
	});

	test('a link without answers restores none, quietly', () => {
		expect(decode({ v: 1, f: someFields })).toEqual({
			inputs: { answers: {}, scorecard: null, fields: someFields },
			problems: [],
		});
	});

	test('answers that are not an object, or not text, are dropped with a notice of their own', () => {
		const notAnObject = decode({ v: 1, a: 'workload=io-api' });
		expect(notAnObject.inputs.answers).toEqual({});
		expect(notAnObject.problems).toHaveLength(1);
		const { inputs, problems } = decode({ v: 1, a: { workload: 'io-api', ai: 7 } });
		expect(inputs.answers).toEqual({ workload: 'io-api' });
		expect(problems).toHaveLength(1);
		expect(problems[0]).not.toBe(notAnObject.problems[0]);
		// Known answers given as text alone give none.
		expect(decode({ v: 1, a: { workload: 'io-api' } }).problems).toEqual([]);
	});

	test('a scorecard notice is the scorecard decoder’s own, said to be about the scorecard', () => {
		const data = recordData();
		const scorecard = { v: 1, l: ['go', 'cobol'] };
		const { problems } = decode({ v: 1, s: scorecard });
		const own = decodeScorecardState(b64(JSON.stringify(scorecard)), data.scorecard).problems;
		expect(own.length).toBeGreaterThan(0);
		expect(problems).toEqual(own.map((p) => `Scorecard: ${p}`));
	});

	test('refuses a link longer than 8,000 characters as too long, and reads one of exactly 8,000', () => {
		const data = recordData();
		const tooLong = decodeRecordLink(unreadableLinks['far too long'], data).problems;
		const unreadable = decodeRecordLink(unreadableLinks['not base64url'], data).problems;
		expect(decodeRecordLink('A'.repeat(8001), data).problems).toEqual(tooLong);
		// 8,000 As are read, and found not to be a record.
		expect(decodeRecordLink('A'.repeat(8000), data).problems).toEqual(unreadable);
	});
});

describe('loadRecordInputs, origin by origin', () => {
	test('a record link with a scorecard names the link as its origin', () => {
		const data = recordData();
		const link = encodeRecordLink({ answers: fintech(), scorecard: someScorecard(data), fields: someFields }, data);
		expect(loadRecordInputs(`?r=${link}`, saved(), data).origins).toEqual({
			answers: 'link',
			scorecard: 'link',
			fields: 'link',
		});
	});

	test('a record link that cannot be read gives the link decoder’s notice, said to come from the link', () => {
		const data = recordData();
		expect(loadRecordInputs('?r=%25%25%25', saved(), data).problems).toEqual([
			`From the link: ${decodeRecordLink('%%%', data).problems[0]}`,
		]);
	});

	test('a scorecard in the address that cannot be read is reported as the link’s', () => {
		const data = recordData();
		const loaded = loadRecordInputs('?s=!!!', saved(), data);
		expect(loaded.problems).toEqual([`Scorecard link: ${decodeScorecardState('!!!', data.scorecard).problems[0]}`]);
		expect(loaded.origins.scorecard).toBe('link');
	});

	test('a scorecard saved from a preset keeps its preset, without a notice', () => {
		const data = recordData();
		const preset = data.scorecard.presets![0]!.id;
		const loaded = loadRecordInputs(
			'',
			saved({ scorecard: () => encodeScorecardState({ ...someScorecard(data), preset }) }),
			data,
		);
		expect(loaded.problems).toEqual([]);
		expect(loaded.inputs.scorecard?.preset).toBe(preset);
	});

	test('saved picker answers that give no usable answer count as none', () => {
		const data = recordData();
		const loaded = loadRecordInputs('', saved({ picker: () => 'team=cobol' }), data);
		expect(loaded.origins.answers).toBe('none');
		const usable = loadRecordInputs('', saved({ picker: () => 'team=go' }), data);
		expect(usable.origins.answers).toBe('saved');
	});
});

describe('the record page’s notices', () => {
	test('every notice of the link and of saved state, one reviewed copy', () => {
		const data = recordData();
		const link = (wire: unknown) => decodeRecordLink(b64(JSON.stringify(wire)), data).problems;
		const load = (search: string, over: Partial<SavedRecordState> = {}) =>
			loadRecordInputs(search, saved(over), data).problems;
		expect({
			'link: unreadable': decodeRecordLink(unreadableLinks['not base64url'], data).problems,
			'link: another version': decodeRecordLink(unreadableLinks['another version'], data).problems,
			'link: too long': decodeRecordLink(unreadableLinks['far too long'], data).problems,
			'link: answers not an object': link({ v: 1, a: 'workload=io-api' }),
			'link: an answer not text': link({ v: 1, a: { workload: 'io-api', ai: 7 } }),
			'link: an unknown answer': link({ v: 1, a: { team: 'cobol' } }),
			'page: a record link that cannot be read': load('?r=%25%25%25'),
			'page: bad picker parameters': load('?team=cobol'),
			'page: unusable saved answers': load('', { picker: () => 'team=cobol' }),
			'page: an empty ?s=': load('?s='),
			'page: unreadable scorecards': [...load('?s=!!!'), ...load('', { scorecard: () => '!!!' })],
			'page: unreadable saved text': load('', { fields: () => '{broken' }),
			'page: storage refused': load('', { picker: refuse, scorecard: refuse, fields: refuse }),
		}).toMatchInlineSnapshot(`
			{
			  "link: an answer not text": [
			    "An answer that was not text was ignored.",
			  ],
			  "link: an unknown answer": [
			    "This link had a problem (an answer the picker does not offer), so those parts were ignored.",
			  ],
			  "link: another version": [
			    "The record link is from an unknown version. An empty record is shown instead.",
			  ],
			  "link: answers not an object": [
			    "The picker answers could not be read.",
			  ],
			  "link: too long": [
			    "The record link was too long to be genuine. An empty record is shown instead.",
			  ],
			  "link: unreadable": [
			    "The record link could not be read. An empty record is shown instead.",
			  ],
			  "page: a record link that cannot be read": [
			    "From the link: The record link could not be read. An empty record is shown instead.",
			  ],
			  "page: an empty ?s=": [
			    "Scorecard link: The link’s scorecard part was empty, so it was ignored.",
			  ],
			  "page: bad picker parameters": [
			    "Picker answers: This link had a problem (an answer the picker does not offer), so those parts were ignored.",
			  ],
			  "page: storage refused": [
			    "Your browser did not let this page read your saved picker answers.",
			    "Your browser did not let this page read your saved scorecard.",
			    "Your browser did not let this page read your saved text for the record.",
			  ],
			  "page: unreadable saved text": [
			    "Your saved text for the record could not be read, so the fields start empty.",
			  ],
			  "page: unreadable scorecards": [
			    "Scorecard link: The scorecard data could not be read. The defaults are shown instead.",
			    "Saved scorecard: The scorecard data could not be read. The defaults are shown instead.",
			  ],
			  "page: unusable saved answers": [
			    "Some of your saved picker answers could not be used.",
			  ],
			}
		`);
	});
});
