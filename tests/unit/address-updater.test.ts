import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ADDRESS_UPDATE_INTERVAL_MS, createAddressUpdater } from '../../src/common/address';

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('createAddressUpdater', () => {
	test('writes a burst of updates (one per keystroke) at most once per interval, ending on the latest', () => {
		const written: string[] = [];
		const updater = createAddressUpdater((url) => written.push(url));
		// 200 keystrokes, 5 ms apart: one second of typing.
		for (let i = 1; i <= 200; i++) {
			updater.update(`?q=${i}`);
			vi.advanceTimersByTime(5);
		}
		vi.advanceTimersByTime(ADDRESS_UPDATE_INTERVAL_MS);
		expect(written.length).toBeLessThanOrEqual(1000 / ADDRESS_UPDATE_INTERVAL_MS + 1);
		expect(written.length).toBeGreaterThan(1);
		expect(written.at(-1)).toBe('?q=200');
	});

	test('writes nothing before the interval, and nothing again without a new update', () => {
		const replace = vi.fn();
		const updater = createAddressUpdater(replace, 100);
		updater.update('?a');
		vi.advanceTimersByTime(99);
		expect(replace).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(replace).toHaveBeenCalledExactlyOnceWith('?a');
		vi.advanceTimersByTime(1000);
		expect(replace).toHaveBeenCalledTimes(1);
	});

	test('keeps working when the browser refuses an update (Safari after 100 calls in 30 s)', () => {
		const written: string[] = [];
		let refuse = true;
		const updater = createAddressUpdater((url) => {
			if (refuse) throw new DOMException('Attempt to use history.replaceState() more than 100 times', 'SecurityError');
			written.push(url);
		}, 100);
		updater.update('?first');
		expect(() => vi.advanceTimersByTime(100)).not.toThrow();
		refuse = false;
		updater.update('?second');
		vi.advanceTimersByTime(100);
		expect(written).toEqual(['?second']);
	});

	test('flush writes a pending address at once, and only once', () => {
		const replace = vi.fn();
		const updater = createAddressUpdater(replace, 100);
		updater.flush();
		expect(replace).not.toHaveBeenCalled();
		updater.update('?now');
		updater.flush();
		expect(replace).toHaveBeenCalledExactlyOnceWith('?now');
		vi.advanceTimersByTime(500);
		expect(replace).toHaveBeenCalledTimes(1);
	});

	test('flush cancels the waiting timer, so the next update waits a full interval of its own', () => {
		const replace = vi.fn();
		const updater = createAddressUpdater(replace, 100);
		updater.update('?a');
		vi.advanceTimersByTime(50);
		updater.flush();
		updater.update('?b');
		// The timer the first update started would have fired here, 100 ms after it.
		vi.advanceTimersByTime(50);
		expect(replace.mock.calls).toEqual([['?a']]);
		vi.advanceTimersByTime(50);
		expect(replace.mock.calls).toEqual([['?a'], ['?b']]);
	});
});
