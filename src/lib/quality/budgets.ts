// Shared by the tests and by `scripts/bench.mjs`; plain data, no imports.

/**
 * The JavaScript a page without an island loads, gzipped, as measured on this site's build of
 * Starlight 0.42.4 with Astro 7.3.5 (2026-11): Starlight's page, search and table-of-contents
 * scripts and the Pagefind UI it loads once the browser is idle. Pages without an island may ship
 * no more than this, give or take a kilobyte for a different build's minifier output.
 */
export const BARE_STARLIGHT_JS = 30_773;

/** Room over a measured figure for small changes of build output. */
const MARGIN = 1_024;

/** Size budgets in gzipped bytes: DESIGN.md's quality targets where it sets one, our own otherwise. */
export const BUDGET = {
	/** HTML of a page without an island (the largest today, the glossary, is about 12 kB). */
	html: 20_000,
	/** HTML of an island page, which carries the island's rendered markup and its props (the picker's: 18 kB). */
	htmlWithIsland: 30_000,
	/** JavaScript of a page without an island: no more than bare Starlight's. */
	jsWithoutIsland: BARE_STARLIGHT_JS + MARGIN,
	/** JavaScript of an island page: bare Starlight's plus at most 10 kB for the island (DESIGN.md). */
	jsWithIsland: BARE_STARLIGHT_JS + MARGIN + 10_240,
	/**
	 * The one exception: the decision record reads both the picker's and the scorecard's state, so
	 * it carries both codecs (4.3 kB) beside its own view; issue 8 allows it 12 kB.
	 */
	jsDecisionRecord: BARE_STARLIGHT_JS + MARGIN + 12_288,
	/**
	 * Every stylesheet the build writes, added up (about 25 kB): Starlight's 16 kB plus one small
	 * sheet per tool or Team page. A page loads only Starlight's and its own.
	 */
	totalCss: 28_000,
	/** Everything a first visit to a language profile downloads (DESIGN.md). */
	firstVisit: 60_000,
	/** What the first search query downloads (DESIGN.md). */
	firstQuery: 100_000,
} as const;

/**
 * Search on intent (issue 12). Pagefind is loaded only once the reader shows intent to search, so a
 * first visit carries none of it; these are the targets, each anchored to what it counts.
 */
export const SEARCH_BUDGET = {
	/**
	 * Everything a first visit to a page without an island downloads (HTML, CSS, JavaScript), gzip,
	 * counted in Chromium until the network is quiet: at most 35 kB. An island page may add its own
	 * island's JavaScript budget on top.
	 */
	firstVisit: 35_000,
	/**
	 * Everything fetched from the reader's intent (the search shortcut) to the first result of a
	 * query on screen, gzip as a static host sends it: our search script and style, Pagefind's
	 * runtime, its WebAssembly, the index chunks and the fragments of the results shown. At most
	 * 110 kB.
	 */
	intentToFirstResult: 110_000,
} as const;
