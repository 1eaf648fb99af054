import { describe, expect, test } from 'vitest';
import {
	decodeRecordLink,
	defaultRecordFields,
	encodeRecordLink,
	encodeStoredFields,
	loadRecordInputs,
	type RecordInputs,
	type SavedRecordState,
} from '../../../src/lib/decision-record';
import { encodePickerAnswers } from '../../../src/lib/picker';
import {
	decodeScorecardState,
	defaultScorecardState,
	EMPTY_SCORECARD_LINK,
	encodeScorecardState,
} from '../../../src/lib/scorecard';
import { exampleAnswers, readDecisionRecordData } from '../../support/decision-record-data';
import { realScorecardCatalog } from '../../support/scorecard-catalog';

const data = readDecisionRecordData();
const fintech = exampleAnswers('fintech-api');
const fintechQuery = encodePickerAnswers(fintech, data.picker.config.questions);
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

const someScorecard = {
	...defaultScorecardState(data.scorecard),
	weights: { 'ai-ecosystem': 1, productivity: 2, hiring: 3, operations: 10, 'long-term-cost': 4 },
	languages: ['go', 'rust', 'python'],
	scores: { go: { hiring: 5 } },
};
const someFields = {
	product: 'Zahlungs-API für Händler ✓',
	constraints: 'EU hosting only\nNo new vendors this year',
	date: '2026-11-12',
	deciders: 'Zoë (CTO), Ben',
	status: 'accepted' as const,
};

/** Saved state for `loadRecordInputs`, nothing saved unless given. */
const saved = (over: Partial<SavedRecordState> = {}): SavedRecordState => ({
	picker: () => null,
	scorecard: () => null,
	fields: () => null,
	...over,
});

describe('the record link', () => {
	test('restores answers, the scorecard and the reader’s fields exactly', () => {
		const inputs: RecordInputs = { answers: fintech, scorecard: someScorecard, fields: someFields };
		const { inputs: back, problems } = decodeRecordLink(encodeRecordLink(inputs, data), data);
		expect(problems).toEqual([]);
		expect(back.answers).toEqual(fintech);
		expect(back.fields).toEqual(someFields);
		expect(back.scorecard?.weights).toEqual(someScorecard.weights);
		expect(back.scorecard?.languages).toEqual(someScorecard.languages);
		expect(back.scorecard?.scores.go?.hiring).toBe(5);
	});

	test('is plain base64url, safe in a query string as it is', () => {
		const encoded = encodeRecordLink({ answers: fintech, scorecard: someScorecard, fields: someFields }, data);
		expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
	});

	test('carries a snapshot of every score, so a shared record keeps its totals when the playbook’s ratings change', () => {
		const encoded = encodeRecordLink({ answers: {}, scorecard: someScorecard, fields: defaultRecordFields() }, data);
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
		const encoded = encodeRecordLink({ answers: fintech, scorecard: null, fields: defaultRecordFields() }, data);
		expect(decodeRecordLink(encoded, data).inputs.scorecard).toBeNull();
	});

	test.each([
		['not base64url', '%%%not-base64%%%', /could not be read/],
		['base64 of bytes that are not UTF-8', Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url'), /could not be read/],
		['base64url of text that is not JSON', b64('{"v":1,'), /could not be read/],
		['JSON that is not an object', b64('[1,2,3]'), /could not be read/],
		['another version', b64(JSON.stringify({ v: 2, a: {} })), /unknown version/],
		['far too long', 'A'.repeat(9000), /too long/],
	])('%s gives an empty record and one notice', (_name, encoded, notice) => {
		const { inputs, problems } = decodeRecordLink(encoded, data);
		expect(inputs).toEqual({ answers: {}, scorecard: null, fields: defaultRecordFields() });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(notice);
	});

	test('keeps the good parts of a partly bad link and reports each bad part without quoting it', () => {
		const marker = '<img src=x onerror=alert(1)>';
		const wire = {
			v: 1,
			a: { workload: 'io-api', team: marker, [marker]: 'x', ai: 7 },
			s: { v: 1, w: { operations: 99 }, l: ['go', marker, 'python'] },
			f: { product: 'Ledger', date: marker, status: marker },
		};
		const { inputs, problems } = decodeRecordLink(b64(JSON.stringify(wire)), data);
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
		const search = `?${fintechQuery}&s=${encodeScorecardState(someScorecard)}`;
		const loaded = loadRecordInputs(search, saved({ scorecard: () => 'ignored' }), data);
		expect(loaded.inputs.answers).toEqual(fintech);
		expect(loaded.inputs.scorecard?.weights.operations).toBe(10);
		expect(loaded.origins).toEqual({ answers: 'link', scorecard: 'link', fields: 'none' });
		expect(loaded.problems).toEqual([]);
	});

	test('falls back to the scorecard saved in the browser when the link has none (the picker’s link)', () => {
		const loaded = loadRecordInputs(
			`?${fintechQuery}`,
			saved({ scorecard: () => encodeScorecardState(someScorecard) }),
			data,
		);
		expect(loaded.origins.scorecard).toBe('saved');
		expect(loaded.inputs.scorecard?.languages).toEqual(someScorecard.languages);
	});

	test('falls back to the picker answers saved in the browser when the link has none (the scorecard’s link)', () => {
		const loaded = loadRecordInputs(
			`?s=${encodeScorecardState(someScorecard)}`,
			saved({ picker: () => fintechQuery }),
			data,
		);
		expect(loaded.inputs.answers).toEqual(fintech);
		expect(loaded.origins).toEqual({ answers: 'saved', scorecard: 'link', fields: 'none' });
	});

	test('with nothing anywhere, starts empty and without notices', () => {
		const loaded = loadRecordInputs('', saved(), data);
		expect(loaded).toEqual({
			inputs: { answers: {}, scorecard: null, fields: defaultRecordFields() },
			origins: { answers: 'none', scorecard: 'none', fields: 'none' },
			problems: [],
		});
	});

	test('an empty ?s= keeps the scorecard saved in the browser and says so', () => {
		const loaded = loadRecordInputs('?s=', saved({ scorecard: () => encodeScorecardState(someScorecard) }), data);
		expect(loaded.inputs.scorecard).toEqual(
			decodeScorecardState(encodeScorecardState(someScorecard), data.scorecard).state,
		);
		expect(loaded.inputs.scorecard?.weights.operations).toBe(10);
		expect(loaded.origins.scorecard).toBe('saved');
		expect(loaded.problems).toEqual([`Scorecard link: ${EMPTY_SCORECARD_LINK}`]);
	});

	test('restores the reader’s saved fields', () => {
		const loaded = loadRecordInputs('', saved({ fields: () => encodeStoredFields(someFields) }), data);
		expect(loaded.inputs.fields).toEqual(someFields);
		expect(loaded.origins.fields).toBe('saved');
	});

	test('a record link wins over everything saved', () => {
		const link = encodeRecordLink({ answers: { ai: 'core' }, scorecard: null, fields: someFields }, data);
		const loaded = loadRecordInputs(
			`?r=${link}&workload=cpu-heavy`,
			saved({ picker: () => fintechQuery, fields: () => encodeStoredFields(defaultRecordFields()) }),
			data,
		);
		expect(loaded.inputs).toEqual({ answers: { ai: 'core' }, scorecard: null, fields: someFields });
		expect(loaded.origins).toEqual({ answers: 'link', scorecard: 'none', fields: 'link' });
	});

	test('reports storage that cannot be read, and carries on with defaults', () => {
		const refuse = () => {
			throw new Error('SecurityError');
		};
		const loaded = loadRecordInputs('', { picker: refuse, scorecard: refuse, fields: refuse }, data);
		expect(loaded.inputs).toEqual({ answers: {}, scorecard: null, fields: defaultRecordFields() });
		expect(loaded.problems).toHaveLength(3);
		expect(loaded.problems[0]).toMatch(/did not let this page read/);
	});

	test('reports corrupted saved state and uses defaults for it', () => {
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
		expect(loaded.problems).toEqual([
			'Some of your saved picker answers could not be used.',
			expect.stringMatching(/^Saved scorecard: The scorecard data could not be read/),
			'Your saved text for the record could not be read, so the fields start empty.',
		]);
	});

	test('reports bad picker parameters in the link without quoting them', () => {
		const loaded = loadRecordInputs('?workload=io-api&team=%3Cscript%3E&workload-x=1', saved(), data);
		expect(loaded.inputs.answers).toEqual({ workload: 'io-api' });
		expect(loaded.problems).toHaveLength(1);
		expect(loaded.problems[0]).toMatch(/^Picker answers: This link had a problem \(text that looked like code\)/);
		expect(loaded.problems[0]).not.toContain('script');
	});

	test.each(['?utm_source=newsletter', '?utm_source=newsletter&utm_medium=email&fbclid=abc123', '?ref=%3Cscript%3E'])(
		'ignores parameters it does not own (%s) and keeps the saved answers, without a notice',
		(search) => {
			const loaded = loadRecordInputs(search, saved({ picker: () => fintechQuery }), data);
			expect(loaded.inputs.answers).toEqual(fintech);
			expect(loaded.origins.answers).toBe('saved');
			expect(loaded.problems).toEqual([]);
		},
	);

	test('reads the picker’s answers from the link next to parameters it does not own', () => {
		const loaded = loadRecordInputs(`?${fintechQuery}&utm_source=chat`, saved(), data);
		expect(loaded.inputs.answers).toEqual(fintech);
		expect(loaded.origins.answers).toBe('link');
		expect(loaded.problems).toEqual([]);
	});
});

describe('the record link, notice by notice', () => {
	const decode = (wire: unknown) => decodeRecordLink(b64(JSON.stringify(wire)), data);

	test('carries the scorecard’s preset, and restores it', () => {
		const preset = realScorecardCatalog().presets![0]!.id;
		const scorecard = { ...someScorecard, preset };
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

	test('answers that are not an object, or not text, are dropped with their own notice', () => {
		expect(decode({ v: 1, a: 'workload=io-api' }).problems).toEqual(['The picker answers could not be read.']);
		const { inputs, problems } = decode({ v: 1, a: { workload: 'io-api', ai: 7 } });
		expect(inputs.answers).toEqual({ workload: 'io-api' });
		expect(problems).toEqual(['An answer that was not text was ignored.']);
	});

	test('a scorecard notice says it is about the scorecard', () => {
		const { problems } = decode({ v: 1, s: { v: 1, l: ['go', 'cobol'] } });
		expect(problems.length).toBeGreaterThan(0);
		for (const problem of problems) expect(problem).toMatch(/^Scorecard: [A-Z]/);
	});

	test('refuses a link longer than 8,000 characters as too long, and reads one of exactly 8,000', () => {
		expect(decodeRecordLink('A'.repeat(8001), data).problems).toEqual([
			'The record link was too long to be genuine. An empty record is shown instead.',
		]);
		expect(decodeRecordLink('A'.repeat(8000), data).problems).toEqual([
			'The record link could not be read. An empty record is shown instead.',
		]);
	});
});

describe('loadRecordInputs, origin by origin', () => {
	test('a record link with a scorecard names the link as its origin', () => {
		const link = encodeRecordLink({ answers: fintech, scorecard: someScorecard, fields: someFields }, data);
		expect(loadRecordInputs(`?r=${link}`, saved(), data).origins).toEqual({
			answers: 'link',
			scorecard: 'link',
			fields: 'link',
		});
	});

	test('a record link that cannot be read says so, as coming from the link', () => {
		expect(loadRecordInputs('?r=%25%25%25', saved(), data).problems).toEqual([
			'From the link: The record link could not be read. An empty record is shown instead.',
		]);
	});

	test('a scorecard in the address that cannot be read is reported as the link’s', () => {
		const loaded = loadRecordInputs('?s=!!!', saved(), data);
		expect(loaded.problems).toEqual([expect.stringMatching(/^Scorecard link: The scorecard data could not be read/)]);
		expect(loaded.origins.scorecard).toBe('link');
	});

	test('storage that refuses names each thing it could not read', () => {
		const refuse = () => {
			throw new Error('SecurityError');
		};
		expect(loadRecordInputs('', { picker: refuse, scorecard: refuse, fields: refuse }, data).problems).toEqual([
			'Your browser did not let this page read your saved picker answers.',
			'Your browser did not let this page read your saved scorecard.',
			'Your browser did not let this page read your saved text for the record.',
		]);
	});

	test('a scorecard saved from a preset keeps its preset, without a notice', () => {
		const preset = realScorecardCatalog().presets![0]!.id;
		const loaded = loadRecordInputs(
			'',
			saved({ scorecard: () => encodeScorecardState({ ...someScorecard, preset }) }),
			data,
		);
		expect(loaded.problems).toEqual([]);
		expect(loaded.inputs.scorecard?.preset).toBe(preset);
	});

	test('saved picker answers that give no usable answer count as none', () => {
		const loaded = loadRecordInputs('', saved({ picker: () => 'team=cobol' }), data);
		expect(loaded.origins.answers).toBe('none');
		const usable = loadRecordInputs('', saved({ picker: () => 'team=go' }), data);
		expect(usable.origins.answers).toBe('saved');
	});
});
