/**
 * Ticks on the Team checklists are remembered in localStorage, one entry per page. This module
 * turns that stored text into a set of ticked item ids and back; it never touches the DOM or
 * storage itself, so every malformed input can be tested here.
 */

/** Bumped if the stored shape changes, so old entries are read as "start afresh", not misread. */
export const TICKS_VERSION = 1;

/** The shape written to storage. */
export interface StoredTicks {
	/** The format version, {@link TICKS_VERSION}. */
	v: typeof TICKS_VERSION;
	/** The ids of the ticked items, sorted. */
	ticked: string[];
}

/** What reading the stored ticks produced. */
export interface DecodedTicks {
	/** The ticked item ids that still exist on the page. */
	ticked: Set<string>;
	/** Set when something was stored but could not be read; the caller shows a notice. */
	corrupt: boolean;
}

/** The notice shown when saved ticks cannot be read. */
export const CORRUPT_TICKS_NOTICE =
	'Your saved ticks for this page could not be read, so every box starts empty. Ticking a box saves afresh.';

/** The localStorage key for one page's ticks, such as `bsp:ticks:hiring-checklist`. */
export function ticksStorageKey(listId: string): string {
	// Written out rather than built with storageKey(): importing that shared module would stop Astro
	// inlining the small tick script and cost the Team pages a request. tests/unit/storage-keys.test.ts
	// holds it to the one prefix.
	return `bsp:ticks:${listId}`;
}

/**
 * Reads stored ticks. Nothing stored gives an empty set; text that is not the expected JSON shape
 * gives an empty set flagged `corrupt`. Ids no longer on the page (the checklist was edited) are
 * dropped quietly: that is expected drift, not damage.
 */
export function decodeTicks(raw: string | null, knownIds: ReadonlySet<string>): DecodedTicks {
	if (raw === null || raw === '') return { ticked: new Set(), corrupt: false };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		// `parsed` stays undefined, which the shape check below reports as corrupt.
	}
	if (!isStoredTicks(parsed)) return { ticked: new Set(), corrupt: true };
	return { ticked: new Set(parsed.ticked.filter((id) => knownIds.has(id))), corrupt: false };
}

function isStoredTicks(value: unknown): value is StoredTicks {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const { v, ticked } = value as Record<string, unknown>;
	return v === TICKS_VERSION && Array.isArray(ticked) && ticked.every((id) => typeof id === 'string');
}

/** The text to store for a set of ticked ids; sorted, so the same ticks always store the same text. */
export function encodeTicks(ticked: Iterable<string>): string {
	const stored: StoredTicks = { v: TICKS_VERSION, ticked: [...new Set(ticked)].sort() };
	return JSON.stringify(stored);
}
