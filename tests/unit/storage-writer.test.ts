import { describe, expect, test, vi } from 'vitest';
import { createStorageWriter, STORAGE_REFUSED_NOTICE, type WritableStorage } from '../../src/common/storage';

/** A storage that keeps what it is given, in a map. */
function memoryStorage(): WritableStorage & { items: Map<string, string> } {
	const items = new Map<string, string>();
	return {
		items,
		setItem: (key, value) => void items.set(key, value),
		removeItem: (key) => void items.delete(key),
	};
}

const quotaExceeded = () => {
	throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

describe('createStorageWriter', () => {
	test('saves and removes, and says nothing while the browser agrees', () => {
		const storage = memoryStorage();
		const onRefused = vi.fn();
		const writer = createStorageWriter(() => storage, onRefused);
		expect(writer.write('k', 'v')).toBe(true);
		expect(storage.items.get('k')).toBe('v');
		expect(writer.write('k', null)).toBe(true);
		expect(storage.items.has('k')).toBe(false);
		expect(onRefused).not.toHaveBeenCalled();
	});

	test('reports a refused write once, however often it is refused, and never throws', () => {
		const onRefused = vi.fn();
		const writer = createStorageWriter(() => ({ setItem: quotaExceeded, removeItem: quotaExceeded }), onRefused);
		for (let i = 0; i < 5; i++) expect(writer.write('k', String(i))).toBe(false);
		expect(writer.write('k', null)).toBe(false);
		expect(onRefused).toHaveBeenCalledTimes(1);
	});

	test('treats storage that cannot even be reached (blocked) as a refusal', () => {
		const onRefused = vi.fn();
		const writer = createStorageWriter(() => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		}, onRefused);
		expect(writer.write('k', 'v')).toBe(false);
		expect(onRefused).toHaveBeenCalledTimes(1);
	});
});

describe('STORAGE_REFUSED_NOTICE', () => {
	test('tells the reader that nothing will be remembered, that the page still works, and what keeps their choices', () => {
		expect(STORAGE_REFUSED_NOTICE).toMatch(/will not be remembered/);
		expect(STORAGE_REFUSED_NOTICE).toMatch(/keeps working/);
		expect(STORAGE_REFUSED_NOTICE).toMatch(/address holds your choices/);
	});
});
