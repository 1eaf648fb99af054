import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	CORRUPT_TICKS_NOTICE,
	decodeTicks,
	encodeTicks,
	TICKS_VERSION,
	ticksStorageKey,
} from '../../src/team/model/tick-state';

const known = new Set(['a', 'b', 'c']);

describe('saved ticks', () => {
	test('nothing saved reads as no ticks and no problem', () => {
		expect(decodeTicks(null, known)).toEqual({ ticked: new Set(), corrupt: false });
		expect(decodeTicks('', known)).toEqual({ ticked: new Set(), corrupt: false });
	});

	test('what is encoded decodes to the same ticks', () => {
		expect(decodeTicks(encodeTicks(['b', 'a']), known)).toEqual({ ticked: new Set(['a', 'b']), corrupt: false });
	});

	test('encoding is sorted and drops repeats, so the same ticks store the same text', () => {
		expect(encodeTicks(['c', 'a', 'c'])).toBe(encodeTicks(['a', 'c']));
		expect(JSON.parse(encodeTicks(['c', 'a']))).toEqual({ v: TICKS_VERSION, ticked: ['a', 'c'] });
	});

	test('ids no longer on the page are dropped quietly, not reported as damage', () => {
		expect(decodeTicks(encodeTicks(['a', 'gone']), known)).toEqual({ ticked: new Set(['a']), corrupt: false });
	});

	test.each([
		['text that is not JSON', '{not json'],
		['a JSON array', '["a"]'],
		['JSON null', 'null'],
		['a number', '42'],
		['another format version', JSON.stringify({ v: 2, ticked: ['a'] })],
		['a missing ticked list', JSON.stringify({ v: 1 })],
		['ticked as a string', JSON.stringify({ v: 1, ticked: 'a' })],
		['a non-string id', JSON.stringify({ v: 1, ticked: ['a', 3] })],
	])('reports %s as corrupt and starts with no ticks', (_case, raw) => {
		expect(decodeTicks(raw, known)).toEqual({ ticked: new Set(), corrupt: true });
	});

	test('never throws, whatever text is stored', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
				const result = decodeTicks(raw, known);
				expect([...result.ticked].every((id) => known.has(id))).toBe(true);
			}),
		);
	});

	test('each page has its own storage key', () => {
		expect(ticksStorageKey('hiring-checklist')).not.toBe(ticksStorageKey('onboarding-plan'));
	});

	test('the corrupt-ticks notice tells the reader what happened and what to do', () => {
		expect(CORRUPT_TICKS_NOTICE).toMatch(/could not be read/);
		expect(CORRUPT_TICKS_NOTICE).toMatch(/Ticking a box saves afresh/);
	});
});
