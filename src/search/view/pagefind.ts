/** One page or section of a result, as Pagefind's documented `result.data()` gives it. */
interface PagefindPart {
	url: string;
	excerpt: string;
}

/** What `result.data()` resolves to (Pagefind's JavaScript API), with only the fields the dialog shows. */
export interface PagefindResult extends PagefindPart {
	meta: { title?: string };
	sub_results: (PagefindPart & { title: string })[];
}

/** The part of Pagefind's documented JavaScript API (`/pagefind/pagefind.js`) the search dialog uses. */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	debouncedSearch(
		term: string,
		options?: object,
		timeoutMs?: number,
	): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

/**
 * Pagefind's search options. `noWorker` keeps the search on the page's thread: the index is small,
 * and the worker would cost another 12 kB and another round trip before the first result. The
 * ranking weights are the defaults Starlight gave Pagefind, which the queries in
 * `tests/support/search-queries.ts` were tuned against.
 */
const OPTIONS = {
	noWorker: true,
	excerptLength: 24,
	ranking: { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9, diacriticSimilarity: 0.8 },
};

/** Pagefind as started on this page, by its address. */
const STARTED = new Map<string, Promise<Pagefind>>();

/**
 * Imports Pagefind's JavaScript API from `url`, sets its options and starts `init()`, which fetches
 * its WebAssembly and the index's metadata (Pagefind's documentation advises starting it when a
 * search field gains focus). The directive calls this on intent, before the dialog's code has
 * arrived; the dialog, a separate bundle, calls it again for the same module, which keeps its
 * state: the same options are set twice and the second `init()` does nothing.
 */
export function startPagefind(url: string): Promise<Pagefind> {
	let started = STARTED.get(url);
	if (!started) {
		started = (async () => {
			const pagefind: Pagefind = await import(/* @vite-ignore */ url);
			await pagefind.options(OPTIONS);
			// A failure here fails the search too, which reports it.
			pagefind.init().catch(() => {});
			return pagefind;
		})();
		STARTED.set(url, started);
	}
	return started;
}
