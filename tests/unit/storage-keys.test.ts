import { describe, expect, test } from 'vitest';
import { type KeyValueStore, migrateLegacyKeys, STORAGE_PREFIX, storageKey } from '../../src/common/storage-keys';
import { ticksStorageKey } from '../../src/team/model/tick-state';
import { RECORD_FIELDS_STORAGE_KEY } from '../../src/tools/decision-record/model';
import { PICKER_STORAGE_KEY } from '../../src/tools/picker/model';
import { SCORECARD_STORAGE_KEY } from '../../src/tools/scorecard/model';

/** A Storage stand-in over a Map, optionally refusing every write as a full or disabled storage does. */
function memoryStore(entries: Record<string, string>, { refuseWrites = false } = {}) {
	const map = new Map(Object.entries(entries));
	const store: KeyValueStore = {
		getItem: (key) => map.get(key) ?? null,
		setItem: (key, value) => {
			if (refuseWrites) throw new Error('QuotaExceededError');
			map.set(key, value);
		},
		removeItem: (key) => {
			if (refuseWrites) throw new Error('SecurityError');
			map.delete(key);
		},
	};
	return { map, store };
}

describe('storage keys', () => {
	test('every key the site stores has the one prefix', () => {
		for (const key of [SCORECARD_STORAGE_KEY, RECORD_FIELDS_STORAGE_KEY, PICKER_STORAGE_KEY, ticksStorageKey('x')]) {
			expect(key.startsWith(STORAGE_PREFIX), key).toBe(true);
		}
		expect(ticksStorageKey('hiring-checklist')).toBe('bsp:ticks:hiring-checklist');
	});

	test('the prefix is the short one the ticks’ inline script also writes out', () => {
		// tick-state.ts spells its keys out rather than importing this module, so the two must agree.
		expect(storageKey('scorecard')).toBe('bsp:scorecard');
		expect(storageKey('ticks:x')).toBe(ticksStorageKey('x'));
	});

	test('legacy items move to the new keys once, and the legacy keys are removed', () => {
		const { map, store } = memoryStore({
			'backend-stack-playbook:picker': 'stage=mvp',
			'backend-stack-playbook:scorecard': 'eyJ2IjoxfQ',
			'backend-stack-playbook:decision-record': '{"product":"Payments"}',
			'bsp:ticks:hiring-checklist': '{"v":1,"ticked":["a"]}',
			'other-site:thing': 'kept',
		});
		expect(migrateLegacyKeys(store)).toEqual(['picker', 'scorecard', 'decision-record']);
		expect(Object.fromEntries(map)).toEqual({
			[PICKER_STORAGE_KEY]: 'stage=mvp',
			[SCORECARD_STORAGE_KEY]: 'eyJ2IjoxfQ',
			[RECORD_FIELDS_STORAGE_KEY]: '{"product":"Payments"}',
			'bsp:ticks:hiring-checklist': '{"v":1,"ticked":["a"]}',
			'other-site:thing': 'kept',
		});
		// A second run finds nothing left to move and changes nothing.
		expect(migrateLegacyKeys(store)).toEqual([]);
		expect(map.size).toBe(5);
	});

	test('an item already under the new key is newer and wins over the legacy one', () => {
		const { map, store } = memoryStore({
			'backend-stack-playbook:scorecard': 'old',
			[SCORECARD_STORAGE_KEY]: 'new',
		});
		expect(migrateLegacyKeys(store)).toEqual([]);
		expect(Object.fromEntries(map)).toEqual({ [SCORECARD_STORAGE_KEY]: 'new' });
	});

	test('storage that refuses writes keeps the legacy items rather than losing them', () => {
		const { map, store } = memoryStore({ 'backend-stack-playbook:picker': 'stage=mvp' }, { refuseWrites: true });
		expect(migrateLegacyKeys(store)).toEqual([]);
		expect(Object.fromEntries(map)).toEqual({ 'backend-stack-playbook:picker': 'stage=mvp' });
	});
});
