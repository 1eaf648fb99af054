import { describe, expect, test } from 'vitest';
import {
	decodeStoredFields,
	defaultRecordFields,
	encodeStoredFields,
	FIELD_LIMITS,
	isIsoDate,
	readRecordFields,
} from '../../../src/tools/decision-record/model';

describe('readRecordFields', () => {
	test('keeps valid fields as they are', () => {
		const fields = {
			product: 'Ledger API',
			constraints: 'EU only\nNo new vendors',
			date: '2026-02-28',
			deciders: 'Ana, Ben',
			status: 'accepted',
		};
		expect(readRecordFields(fields)).toEqual({ fields, problems: [] });
	});

	test('fills missing fields with the defaults, quietly', () => {
		expect(readRecordFields({ product: 'X' })).toEqual({
			fields: { ...defaultRecordFields(), product: 'X' },
			problems: [],
		});
	});

	test.each([
		['a product name that is not text', { product: 42 }],
		['deciders that are not text', { deciders: ['Ana'] }],
		['a date that is not a real day', { date: '2026-02-30' }],
		['a date in another format', { date: '12/11/2026' }],
		['an unknown status', { status: 'approved' }],
		['a status that is not text', { status: { toString: 1 } }],
	])('rejects %s, with a notice and the default', (_name, input) => {
		const { fields, problems } = readRecordFields(input);
		const key = Object.keys(input)[0] as keyof typeof fields;
		expect(fields[key]).toBe(defaultRecordFields()[key]);
		expect(problems).toHaveLength(1);
	});

	test('a notice is about its field: one per field, the same for every way a field goes wrong', () => {
		const notice = (input: Record<string, unknown>) => readRecordFields(input).problems[0];
		expect(notice({ date: '12/11/2026' })).toBe(notice({ date: '2026-02-30' }));
		expect(notice({ date: ['2026-11-12'] })).toBe(notice({ date: '2026-02-30' }));
		expect(notice({ status: { toString: 1 } })).toBe(notice({ status: 'approved' }));
		const fields = [{ product: 1 }, { constraints: 2 }, { deciders: 3 }, { date: 4 }, { status: 5 }];
		expect(new Set(fields.map(notice)).size).toBe(fields.length);
	});

	test('cuts over-long text to its limit and says so, naming the limit', () => {
		const { fields, problems } = readRecordFields({ product: 'x'.repeat(500) });
		expect(fields.product).toHaveLength(FIELD_LIMITS.product);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(String(FIELD_LIMITS.product));
		expect(problems[0]).not.toBe(readRecordFields({ product: 42 }).problems[0]);
	});

	test('removes control characters, keeping line breaks only in the constraints', () => {
		const { fields } = readRecordFields({ product: 'A\nB\u0000C', constraints: 'one\ntwo\u0007' });
		expect(fields.product).toBe('A B C');
		expect(fields.constraints).toBe('one\ntwo');
	});

	test('strips bidirectional override and isolate characters from every field', () => {
		// U+202E would show "Ledger‮IPA" reversed as "LedgerAPI"; isolates can hide text in the same way.
		const bidi = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
		const { fields, problems } = readRecordFields({
			product: `Ledger\u202EIPA${bidi}`,
			deciders: '\u2066Ana\u2069, Ben',
			constraints: `one\u202B\ntwo${bidi}`,
		});
		expect(fields).toEqual({
			...defaultRecordFields(),
			product: 'LedgerIPA',
			deciders: 'Ana, Ben',
			constraints: 'one\ntwo',
		});
		expect(problems).toEqual([]);
	});

	test('keeps other formatting characters a name needs (zero-width joiner, right-to-left text)', () => {
		const { fields } = readRecordFields({ product: 'שלום API', deciders: 'Zoë 👩\u200D💻' });
		expect(fields.product).toBe('שלום API');
		expect(fields.deciders).toBe('Zoë 👩\u200D💻');
	});

	test.each([null, 'text', 3, ['a']])('gives the defaults and a notice for %j', (input) => {
		const { fields, problems } = readRecordFields(input);
		expect(fields).toEqual(defaultRecordFields());
		expect(problems).toHaveLength(1);
	});

	test('never quotes the input in a notice', () => {
		const marker = '<b>MARKER</b>';
		const { problems } = readRecordFields({ product: 7, date: marker, status: marker, deciders: marker.repeat(100) });
		expect(problems.length).toBeGreaterThan(2);
		for (const problem of problems) expect(problem).not.toContain('MARKER');
	});
});

describe('isIsoDate', () => {
	test.each([
		['2026-11-12', true],
		['2024-02-29', true],
		['2025-02-29', false],
		['2026-13-01', false],
		['2026-1-1', false],
		['', false],
		// A year and month alone is a date the Date parser reads, but not a day.
		['2026-11', false],
		// A six-digit year is one the Date parser reads, but not YYYY-MM-DD.
		['+010000-01-01', false],
	])('%j → %s', (text, expected) => {
		expect(isIsoDate(text)).toBe(expected);
	});
});

describe('stored fields', () => {
	test('round-trip through encodeStoredFields and decodeStoredFields', () => {
		const fields = {
			product: 'Zahlungs-API ✓',
			constraints: '',
			date: '',
			deciders: 'Zoë',
			status: 'proposed' as const,
		};
		expect(decodeStoredFields(encodeStoredFields(fields))).toEqual({ fields, problems: [] });
	});

	test('nothing stored gives the defaults without a notice', () => {
		expect(decodeStoredFields(null)).toEqual({ fields: defaultRecordFields(), problems: [] });
		expect(decodeStoredFields('')).toEqual({ fields: defaultRecordFields(), problems: [] });
	});

	test.each([
		['text that is not JSON', '{not json'],
		['JSON of the wrong shape', '[1,2]'],
		['another version', JSON.stringify({ v: 2, fields: {} })],
		['fields that are not an object', JSON.stringify({ v: 1, fields: 'x' })],
	])('%s gives the defaults with a notice, the same for every way it is unreadable', (_name, raw) => {
		const { fields, problems } = decodeStoredFields(raw);
		expect(fields).toEqual(defaultRecordFields());
		expect(problems).toEqual(decodeStoredFields('{not json').problems);
		expect(problems).toHaveLength(1);
		// Stored text that cannot be read is not the same as a link's fields that cannot be read.
		expect(problems).not.toEqual(readRecordFields('x').problems);
	});
});

describe('the reader’s fields, exactly', () => {
	test('start as an empty proposal', () => {
		expect(defaultRecordFields()).toEqual({ product: '', constraints: '', date: '', deciders: '', status: 'proposed' });
	});

	test('nothing given gives the defaults without a notice; something that is not an object says so', () => {
		expect(readRecordFields(undefined)).toEqual({ fields: defaultRecordFields(), problems: [] });
		const { fields, problems } = readRecordFields('Ledger');
		expect(fields).toEqual(defaultRecordFields());
		expect(problems).toHaveLength(1);
	});

	test('every notice about the reader’s fields, one reviewed copy', () => {
		expect({
			'not an object': readRecordFields('Ledger').problems,
			'not text': readRecordFields({ product: 1, constraints: 2, deciders: 3 }).problems,
			'too long': readRecordFields({
				product: 'x'.repeat(FIELD_LIMITS.product + 1),
				constraints: 'x'.repeat(FIELD_LIMITS.constraints + 1),
				deciders: 'x'.repeat(FIELD_LIMITS.deciders + 1),
			}).problems,
			'not a day, unknown status': readRecordFields({ date: '2026-02-30', status: 'approved' }).problems,
			'stored text unreadable': decodeStoredFields('{not json').problems,
		}).toMatchInlineSnapshot(`
			{
			  "not a day, unknown status": [
			    "The date was not a real day written as YYYY-MM-DD, so it was left out.",
			    "The status was not one the record knows, so it is “proposed”.",
			  ],
			  "not an object": [
			    "Your own text could not be read, so those fields are empty.",
			  ],
			  "not text": [
			    "The product name could not be read, so it is empty.",
			    "The constraints text could not be read, so it is empty.",
			    "The list of deciders could not be read, so it is empty.",
			  ],
			  "stored text unreadable": [
			    "Your saved text for the record could not be read, so the fields start empty.",
			  ],
			  "too long": [
			    "The product name was longer than 80 characters, so it was cut short.",
			    "The constraints text was longer than 1200 characters, so it was cut short.",
			    "The list of deciders was longer than 200 characters, so it was cut short.",
			  ],
			}
		`);
	});

	test('text exactly at its limit is kept whole and quietly', () => {
		const product = 'x'.repeat(FIELD_LIMITS.product);
		expect(readRecordFields({ product })).toEqual({ fields: { ...defaultRecordFields(), product }, problems: [] });
	});

	test('a date that is not text is dropped, even when it would read as a day', () => {
		expect(readRecordFields({ date: ['2026-11-12'] })).toEqual({
			fields: defaultRecordFields(),
			problems: readRecordFields({ date: '2026-02-30' }).problems,
		});
		expect(readRecordFields({ date: '' })).toEqual({ fields: defaultRecordFields(), problems: [] });
	});
});
