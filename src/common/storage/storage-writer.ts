/**
 * What a page says when the browser refuses to save (private modes, a full quota, blocked storage).
 * The page keeps working; only remembering is lost, and the reader is told once.
 */
export const STORAGE_REFUSED_NOTICE =
	'This browser is not letting the page save, so your changes will not be remembered here after you leave. The page keeps working, and the address holds your choices if you bookmark or share it.';

/** The part of `Storage` the writer uses. */
export type WritableStorage = Pick<Storage, 'setItem' | 'removeItem'>;

/** What `createStorageWriter` returns. */
export interface StorageWriter {
	/** Saves `value` under `key` (or removes the key for null); false when the browser refused. */
	write(key: string, value: string | null): boolean;
}

/**
 * Wraps saving so that a refusal is reported once and never raised. `storage` is a function because
 * merely reading `window.localStorage` throws where storage is blocked. `onRefused` runs on the first
 * refusal only, so a reader moving a slider hears the notice once, not at every step.
 */
export function createStorageWriter(storage: () => WritableStorage, onRefused: () => void): StorageWriter {
	let told = false;
	return {
		write(key, value) {
			try {
				const store = storage();
				if (value === null) store.removeItem(key);
				else store.setItem(key, value);
				return true;
			} catch {
				if (!told) {
					told = true;
					onRefused();
				}
				return false;
			}
		},
	};
}
