// The site's quality targets as numbers, shared by the tests (through Vitest) and by
// `scripts/bench.mjs` (through Node's own type stripping); plain data, no imports. README.md
// ("Quality targets") states the same targets in prose. Each target has an anchor: a figure
// measured on a bare Starlight site or taken from a dependency, so the target is earned, not guessed.

/**
 * The JavaScript a page without an island loads, gzipped, as measured on this site's build of
 * Starlight 0.42.4 with Astro 7.3.5 (2026-11): Starlight's page, search and table-of-contents
 * scripts and the Pagefind UI it loads once the browser is idle. Pages without an island may ship
 * no more than this, give or take a kilobyte for a different build's minifier output.
 */
export const BARE_STARLIGHT_JS = 30_773;

/** Room over a measured figure for small changes of build output. */
const MARGIN = 1_024;

/** Size budgets in gzipped bytes: each names its target and anchor, or says it is our own. */
export const BUDGET = {
	/**
	 * HTML of a page without an island (our own). The largest, the Python profile, is 19.3 kB, of which
	 * about 2.4 kB is the search dialog every page carries: Astro's inline island loader (1.8 kB), the
	 * `client:intent` directive (0.9 kB) and the dialog's markup.
	 */
	html: 20_000,
	/** HTML of an island page, which carries the island's rendered markup and its props (the picker's: 18 kB). */
	htmlWithIsland: 30_000,
	/** JavaScript of a page without an island: no more than bare Starlight's. */
	jsWithoutIsland: BARE_STARLIGHT_JS + MARGIN,
	/**
	 * JavaScript of an island page. Target: an island adds at most 18 kB gzip to its page. Anchor:
	 * Preact with its hooks and JSX runtime is 5.5 kB gzip and Astro's island loader and Preact renderer
	 * 2.7 kB, which leaves about 10 kB for the island's own view and logic.
	 */
	jsWithIsland: BARE_STARLIGHT_JS + MARGIN + 18_432,
	/**
	 * The one exception: the decision record reads both the picker's and the scorecard's state, so
	 * it carries both codecs (4.7 kB) beside its own view and the record's assembly; it may add 22 kB.
	 */
	jsDecisionRecord: BARE_STARLIGHT_JS + MARGIN + 22_528,
	/**
	 * Every stylesheet the build writes, added up (about 25 kB): Starlight's 16 kB plus one small
	 * sheet per tool or Team page. A page loads only Starlight's and its own.
	 */
	totalCss: 28_000,
	/**
	 * Everything a first visit to a page without an island downloads (HTML, CSS, JavaScript), gzip,
	 * counted in Chromium until the network is quiet. Target: at most 35 kB, with nothing of search
	 * before the reader asks for it. Anchor: a bare Starlight site's first visit is 55 kB, of which
	 * about 26 kB is Pagefind's UI loaded once the browser is idle; our Search override loads Pagefind
	 * only on intent.
	 */
	firstVisit: 35_000,
	/**
	 * The same for a page with an island. Target: at most 60 kB. Anchor: a page without one (35 kB)
	 * plus what an island may add to its JavaScript (18 kB, `jsWithIsland`) and about 7 kB of its
	 * rendered markup and props in the HTML. Measured when the islands moved to Astro's `client:*`
	 * directives: 39.8 kB (role brief) to 58.9 kB (decision record); with hand-made hydration before,
	 * 37.5 to 51.1 kB.
	 */
	firstVisitWithIsland: 60_000,
	/**
	 * Everything fetched from the reader's intent (the search shortcut) to the first result of a query
	 * on screen, gzip as a static host sends it: the search dialog's code (Preact and the island,
	 * 8.5 kB) and the title list (4 kB), which lists the pages and sections whose titles match, with
	 * Pagefind's runtime on its way. Pagefind's full-text results follow (its runtime, WebAssembly,
	 * metadata, an index chunk and a fragment: 110 kB on their own). Target: 110 kB. Anchor: Pagefind
	 * 1.6 fetches about 85 kB of runtime, then an index chunk and the result fragments.
	 */
	intentToFirstResult: 110_000,
} as const;

/**
 * Lighthouse (mobile preset) on the pages readers land on most: home, a profile, a scenario and each
 * island page. Target: 100 in all four categories. Anchor: a bare Starlight site scores
 * 100/100/100/100. The benchmark flags performance below 98, as simulated throttling on a shared
 * machine moves it by a point or two between runs.
 */
export const LIGHTHOUSE_PAGES = [
	'/',
	'/languages/python/',
	'/scenarios/ai-mvp/',
	'/tools/stack-picker/',
	'/tools/scorecard/',
	'/tools/decision-record/',
	'/team/role-brief/',
] as const;

/** The score below which the benchmark flags each Lighthouse category (see `LIGHTHOUSE_PAGES`). */
export const LIGHTHOUSE_TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

/**
 * Build time. Target: the whole site in under 30 s on a 2-core machine, growing linearly with the
 * pages. Anchor: measured builds of 4 s for 35 pages and 9 s for 340.
 */
export const BUILD_TARGET = { seconds: 30 } as const;
