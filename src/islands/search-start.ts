/**
 * What the search dialog starts on the reader's first sign of intent, before its results view
 * (`search-engine.ts`, loaded on the same intent) has arrived. It is kept this small because every
 * page carries it: the downloads start here at once, and the rest of search comes with them.
 */

/** The part of Pagefind's JavaScript API (`/pagefind/pagefind.js`) the search dialog uses. */
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
	search(term: string): Promise<{ results: { id: string; data(): Promise<unknown> }[] } | null>;
}

/** The downloads under way: Pagefind's runtime, and the search map the build writes beside its index. */
export interface SearchStart {
	/** Where Pagefind's files are, ending in a slash. */
	bundlePath: string;
	/** The build's tag, which Pagefind adds to its entry file's address (`metaCacheTag`). */
	cacheTag: string;
	/** Pagefind's runtime, imported. */
	runtime: Promise<Pagefind>;
	/** The search map's content, or undefined if it could not be read (search then works without it). */
	map: Promise<unknown>;
}

/** Asks the browser to fetch a file now, for a `fetch()` that will come later. */
export function preload(href: string): void {
	const link = Object.assign(document.createElement('link'), { rel: 'preload', href, as: 'fetch' });
	link.crossOrigin = 'anonymous';
	document.head.append(link);
}

/**
 * Starts every download a first search needs that does not depend on another: Pagefind's runtime,
 * its entry file and its WebAssembly, and the search map. The fixed cache tag makes the entry file's
 * address known in advance (Pagefind otherwise adds the time to it), so that it can be preloaded.
 */
export function startSearch(bundlePath: string, cacheTag: string): SearchStart {
	preload(`${bundlePath}pagefind-entry.json?ts=${cacheTag}`);
	preload(`${bundlePath}wasm.en.pagefind`);
	const map = fetch(`${bundlePath}search-map.json?ts=${cacheTag}`)
		.then((response) => response.json())
		// Only a head start is lost: Pagefind fetches what it needs itself, and reports its own errors.
		.catch(() => undefined);
	const runtime: Promise<Pagefind> = import(/* @vite-ignore */ `${bundlePath}pagefind.js`);
	// A failure is reported where the runtime is awaited (the dialog says search could not load).
	runtime.catch(() => {});
	return { bundlePath, cacheTag, runtime, map };
}
