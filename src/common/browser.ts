import { createAddressUpdater } from './address/address-updater';
import { createStorageWriter } from './storage/storage-writer';
import { migrateLegacyKeys } from './storage-keys';

/**
 * The browser chores every island shares: storage that may be disabled or full when writing, the clipboard that
 * may refuse, and saving a file without a server. Each is written once here so the islands stay
 * views and every failure is handled the same way.
 */

const refusedListeners: (() => void)[] = [];
const storage = createStorageWriter(
	() => localStorage,
	() => {
		for (const listener of refusedListeners) listener();
	},
);

/**
 * Saves `value` under `key`, or removes the item when `value` is `null`. Storage may be full or
 * disabled: the page keeps working (the address bar still holds the state), and the first refusal
 * is reported once to the listeners of `whenStorageRefused`.
 */
export function store(key: string, value: string | null): void {
	storage.write(key, value);
}

let migrated = false;

/**
 * Reads the item saved under `key`. Before the first read on a page, items that earlier releases
 * stored under the old prefix move to `bsp:` (once, however many islands the page holds), so a reader
 * keeps the answers, scorecard and record fields saved before the rename. Like `localStorage` itself it
 * throws where storage is blocked; the islands' loaders report that as a notice.
 */
export function savedItem(key: string): string | null {
	if (!migrated) {
		migrated = true;
		try {
			migrateLegacyKeys(localStorage);
		} catch {
			// Storage itself is unavailable: the read below throws, and the island says so.
		}
	}
	return localStorage.getItem(key);
}

/** Runs `listener` once, the first time the browser refuses to save on this page. */
export function whenStorageRefused(listener: () => void): void {
	refusedListeners.push(listener);
}

// Address writes are throttled (at most a few a second, always ending on the latest) and guarded:
// Safari throws once a page calls replaceState more than 100 times in 30 seconds.
// The hash is the page's own (an in-page link the reader followed): it is read when the address is
// written, not when the write was asked for, so that a write held back by the throttle never takes
// back a link followed meanwhile. The urls given below carry no hash.
const address = createAddressUpdater((url) => history.replaceState(history.state, '', `${url}${location.hash}`));

/** Writes any address update still waiting, at once (a reset must not be overtaken by an older edit). */
export const flushAddress = () => address.flush();

/** Replaces the address bar's query string without a reload or a new history entry; the hash stays. */
export function replaceQuery(query: string): void {
	address.update(`${location.pathname}${query ? `?${query}` : ''}`);
}

/** Sets one query parameter in the address bar (or removes it when `value` is `null`), keeping the rest. */
export function setQueryParam(name: string, value: string | null): void {
	const url = new URL(location.href);
	if (value === null) url.searchParams.delete(name);
	else url.searchParams.set(name, value);
	url.hash = '';
	address.update(url.href);
}

/** Copies `text` to the clipboard; resolves to whether the browser allowed it. */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** Saves `text` as a file named `name`; a temporary object URL avoids a server round trip. */
export function downloadText(name: string, text: string, type: string): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([text], { type }));
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
