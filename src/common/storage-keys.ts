/**
 * Every item the site keeps in the browser's localStorage is named `bsp:<what>`, so a reader (or a
 * test) can tell the playbook's items from any other site's on the same origin. Earlier releases
 * named three of them `backend-stack-playbook:<what>`; {@link migrateLegacyKeys} moves those once,
 * so readers keep their answers, their scorecard and their record's fields.
 */

/** The prefix of every key this site stores. */
export const STORAGE_PREFIX = 'bsp:';

/** The localStorage key for `name`, such as `bsp:scorecard`. */
export const storageKey = (name: string) => `${STORAGE_PREFIX}${name}`;

/** The prefix earlier releases used for the picker, the scorecard and the decision record. */
export const LEGACY_PREFIX = 'backend-stack-playbook:';

/** The names stored under the legacy prefix, each moved to the same name under `bsp:`. */
export const LEGACY_NAMES = ['picker', 'scorecard', 'decision-record'] as const;

/** The part of the Storage API the migration needs, so tests can pass a plain map. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Moves each legacy item to its `bsp:` key and removes the legacy one. Where both exist, the new
 * item is newer (written since the move) and wins. Returns the names moved; storage that is
 * disabled or full leaves everything as it was, since the legacy item is removed only once copied.
 */
export function migrateLegacyKeys(store: KeyValueStore): string[] {
	const moved: string[] = [];
	for (const name of LEGACY_NAMES) {
		try {
			const legacy = store.getItem(`${LEGACY_PREFIX}${name}`);
			if (legacy === null) continue;
			if (store.getItem(storageKey(name)) === null) {
				store.setItem(storageKey(name), legacy);
				moved.push(name);
			}
			store.removeItem(`${LEGACY_PREFIX}${name}`);
		} catch {
			// Storage is unavailable or full: the reader's saved state simply is not read this time.
		}
	}
	return moved;
}
