import { describe, expect, test } from 'vitest';
import { decodeVersionedJson, fromBase64Url, toBase64Url } from '../../src/common/base64url';
import { byOrder, sortByOrder } from '../../src/common/by-order';
import { isRecord } from '../../src/common/is-record';
import { listNames } from '../../src/common/list-names';
import { markdownCell, oneLine } from '../../src/common/markdown-cell';
import { numberWord } from '../../src/common/number-word';

describe('isRecord', () => {
	test('accepts plain objects only', () => {
		expect(isRecord({})).toBe(true);
		expect(isRecord({ a: 1 })).toBe(true);
		for (const value of [null, undefined, [], [1], 'x', 1, true]) expect(isRecord(value), String(value)).toBe(false);
	});
});

describe('base64url', () => {
	test('matches Node’s own base64url for any text, through UTF-8', () => {
		for (const text of ['', 'a', 'ab', 'abc', '{"v":1}', 'Zahlungs-API für Händler ✓', '😀 \u0000']) {
			expect(toBase64Url(text)).toBe(Buffer.from(text, 'utf8').toString('base64url'));
			expect(fromBase64Url(toBase64Url(text))).toBe(text);
		}
	});

	test('uses - and _ where base64 has + and /, and drops the padding', () => {
		// "?>>" is "Pz4+" and "???" is "Pz8/" in plain base64; "a" is "YQ==".
		expect(toBase64Url('?>>')).toBe('Pz4-');
		expect(toBase64Url('???')).toBe('Pz8_');
		expect(toBase64Url('a')).toBe('YQ');
		expect(fromBase64Url('Pz4-')).toBe('?>>');
		expect(fromBase64Url('Pz8_')).toBe('???');
	});

	test('rejects characters outside the alphabet and bytes that are not UTF-8', () => {
		expect(() => fromBase64Url('a+b/')).toThrow();
		expect(() => fromBase64Url(Buffer.from([0xff, 0xfe]).toString('base64url'))).toThrow();
	});

	test('rejects what plain base64 decoding would forgive: padding, spaces, + and /', () => {
		// atob() alone accepts each of these and returns valid UTF-8 ("a", "a", "a", "?>>", "???").
		for (const encoded of ['YQ==', ' YQ', 'YQ ', 'Pz4+', 'Pz8/']) {
			expect(() => fromBase64Url(encoded), encoded).toThrow('not base64url');
		}
	});
});

describe('listNames', () => {
	test('joins names as prose does', () => {
		expect(listNames([])).toBe('');
		expect(listNames(['Go'])).toBe('Go');
		expect(listNames(['Go', 'Rust'])).toBe('Go and Rust');
		expect(listNames(['Go', 'Rust', 'Java'])).toBe('Go, Rust and Java');
	});
});

describe('byOrder', () => {
	test('sorts a copy by `order`, leaving the input alone', () => {
		const entries = [{ data: { order: 3 } }, { data: { order: 1 } }, { data: { order: 2 } }];
		expect(sortByOrder(entries).map((e) => e.data.order)).toEqual([1, 2, 3]);
		expect(entries.map((e) => e.data.order)).toEqual([3, 1, 2]);
		expect(byOrder(entries[1]!, entries[0]!)).toBeLessThan(0);
	});
});

describe('markdownCell', () => {
	test('keeps a cell on one line and escapes what would end it', () => {
		expect(oneLine('  a\n\n b \r\n c ')).toBe('a b c');
		expect(markdownCell('a | b')).toBe('a \\| b');
		expect(markdownCell('back\\slash')).toBe('back\\\\slash');
		expect(markdownCell('two\nlines')).toBe('two lines');
	});
});

describe('numberWord', () => {
	test('writes small counts as words and larger ones as digits', () => {
		expect(numberWord(9)).toBe('nine');
		expect(numberWord(5, true)).toBe('Five');
		expect(numberWord(0)).toBe('zero');
		expect(numberWord(14)).toBe('14');
		expect(numberWord(14, true)).toBe('14');
	});

	test('has a word for every count from zero to twelve', () => {
		expect(Array.from({ length: 13 }, (_, n) => numberWord(n)).join(' ')).toBe(
			'zero one two three four five six seven eight nine ten eleven twelve',
		);
		expect(numberWord(12, true)).toBe('Twelve');
	});

	test('writes digits for anything that is not a whole count up to twelve', () => {
		expect(numberWord(13)).toBe('13');
		expect(numberWord(-1)).toBe('-1');
		expect(numberWord(1.5)).toBe('1.5');
		expect(numberWord(1.5, true)).toBe('1.5');
	});
});

describe('decodeVersionedJson', () => {
	test('returns the object of the right version, and says why anything else is refused', () => {
		const wire = (json: string) => Buffer.from(json, 'utf8').toString('base64url');
		expect(decodeVersionedJson(wire('{"v":1,"a":2}'), 1)).toEqual({ v: 1, a: 2 });
		expect(decodeVersionedJson(wire('{"v":2}'), 1)).toBe('unknown-version');
		expect(decodeVersionedJson(wire('[1]'), 1)).toBe('unreadable');
		expect(decodeVersionedJson(wire('{"v":'), 1)).toBe('unreadable');
		expect(decodeVersionedJson('%%%', 1)).toBe('unreadable');
	});

	test('accepts any of several versions a decoder can migrate, and only those', () => {
		const wire = (json: string) => Buffer.from(json, 'utf8').toString('base64url');
		expect(decodeVersionedJson(wire('{"v":1}'), [1, 2])).toEqual({ v: 1 });
		expect(decodeVersionedJson(wire('{"v":2}'), [1, 2])).toEqual({ v: 2 });
		expect(decodeVersionedJson(wire('{"v":3}'), [1, 2])).toBe('unknown-version');
	});
});
