/**
 * The one way an island comes to life. Each island's wrapper component (`src/components/<Island>.astro`)
 * renders the island to HTML at build time inside `<div data-island="<name>" data-props="…">`, and
 * its bundled `<script>` calls {@link hydrateIsland} with the island's name and its mount function.
 *
 * Why not Astro's `client:*` directives: their loader, renderer and preload helper add about 3.6 kB
 * gzip of JavaScript to the page and an inline script that a strict Content-Security-Policy would
 * have to allow. Why one call per island page rather than one script for every page: a page then
 * loads only its own island's code, which keeps each island within the 10 kB it may add to its page.
 * The props travel as JSON in an attribute the build wrote; they are parsed, never executed.
 */

import { migrateLegacyKeys } from '../lib/storage-keys';

let migrated = false;

/** Moves legacy storage keys at most once per page, however many islands it holds. */
function migrateStorageOnce() {
	if (migrated) return;
	migrated = true;
	try {
		migrateLegacyKeys(localStorage);
	} catch {
		// localStorage itself may be unavailable; the islands then say so when they read it.
	}
}

/** The islands of the site, by the name their root carries in `data-island`. */
export const ISLAND_NAMES = ['stack-picker', 'scorecard', 'role-brief', 'decision-record'] as const;

/** The name of one island, as written in `data-island`. */
export type IslandName = (typeof ISLAND_NAMES)[number];

/** Brings one server-rendered root to life with the props the build serialised into it. */
export type Mount<P> = (root: HTMLElement, props: P) => void;

/**
 * Mounts every root of the island `name` on this page with `mount`, passing each root its own props.
 * @param name the island's registered name, as in `data-island`.
 * @param mount what brings one root to life (for Preact islands, `preactMount(Component)`).
 */
export function hydrateIsland<P>(name: IslandName, mount: Mount<P>): void {
	// Before any island reads its saved state, items stored under the old prefix move to `bsp:`.
	migrateStorageOnce();
	for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
		mount(root, JSON.parse(root.dataset.props ?? '{}') as P);
	}
}
