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
	/** What an island may add to the JavaScript of its page (the picker, the role brief, the tick lists). */
	islandJs: 10_240,
	/** What the scorecard island may add: its ranking, robustness and codec (issue 4 allows 12 kB). */
	islandJsScorecard: 12_000,
	/** What the decision record island may add: both tools' codecs and its own view (issue 8). */
	islandJsDecisionRecord: 12_288,
	/** The scorecard's export code, loaded only when a reader asks for a download or a copy. */
	onDemandScorecardExport: 1_000,
	/** The record's Markdown writer, loaded only when a reader asks for it. */
	onDemandRecordMarkdown: 2_048,
	/** Everything a first visit to a language profile downloads (DESIGN.md). */
	firstVisit: 60_000,
	/** What the first search query downloads (DESIGN.md). */
	firstQuery: 100_000,
} as const;
