import { excerptSegments } from '../lib/search/excerpt-segments';
import { chunksForQuery, type IndexChunk } from '../lib/search/index-chunks';
import { type Pagefind, preload, type SearchStart } from './search-start';

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: { title?: string };
	sub_results: PagefindSubResult[];
}

/** How many pages a query lists: as many as Pagefind's own UI shows before "load more". */
const PAGES_SHOWN = 5;
/** How many of a page's sections are listed under it, as Pagefind's own UI does. */
const SECTIONS_SHOWN = 3;
/** Typing pauses this long before a query runs; the index chunks for it are fetched at once. */
const QUIET_MS = 60;

export interface SearchEngine {
	/** Pagefind, loaded and initialised. */
	pagefind: Promise<Pagefind>;
	/** Starts fetching the index chunks that `term` needs, if the search map has said which. */
	warm(term: string): void;
	/** A page's address and title by its result id, if the search map has arrived. */
	page(id: string): { url: string; title: string } | undefined;
}

/** What the dialog reads from `search-map.json` (see `src/integrations/search-index.ts`). */
interface SearchMap {
	languages?: Record<string, { meta: string; chunks: [string, string][]; pages: Record<string, [string, string]> }>;
}

/**
 * Sets Pagefind up from the downloads `startSearch` began and warms it. Left to itself, Pagefind
 * fetches its files one after another: the runtime, then its entry file, then the index metadata and
 * the WebAssembly, and only once the WebAssembly has read the metadata, the index chunk a query
 * needs; each page found then waits for its fragment before it can be listed. Here the runtime, the
 * entry file, the WebAssembly and the search map (`search-map.json`, written at build time) start
 * together. The map names the metadata file, preloaded next, and the index chunk each word typed
 * needs, preloaded while the WebAssembly is still arriving; it also holds each page's address and
 * title, so the pages found are listed at once and their excerpts follow with their fragments.
 * `noWorker` keeps the search on the page's thread: the index is small, and the worker would cost
 * another 12 kB and another round trip before the first result.
 */
export function loadPagefind(
	{ bundlePath, cacheTag, runtime, map: mapFile }: SearchStart,
	ranking: unknown,
): SearchEngine {
	let map: NonNullable<SearchMap['languages']>[string] | undefined;
	let chunks: IndexChunk[] = [];
	let typed = '';
	const asked = new Set<string>();
	const warm = (term: string) => {
		typed = term;
		for (const hash of chunksForQuery(chunks, term)) {
			if (asked.has(hash)) continue;
			asked.add(hash);
			preload(`${bundlePath}index/${hash}.pf_index`);
		}
	};
	const page = (id: string) => {
		const known = map?.pages?.[id];
		return known && { url: known[0], title: known[1] };
	};
	mapFile
		.then((json) => {
			const language = (json as SearchMap | undefined)?.languages?.[document.documentElement.lang];
			if (!language) return;
			chunks = language.chunks.map(([from, hash]) => ({ from, hash }));
			map = language;
			preload(`${bundlePath}${language.meta}`);
			warm(typed);
		})
		// A map in another shape is only a head start lost.
		.catch(() => {});
	const pagefind = (async () => {
		const engine = await runtime;
		await engine.options({
			noWorker: true,
			metaCacheTag: cacheTag,
			excerptLength: 24,
			...(ranking ? { ranking } : {}),
		});
		await engine.init();
		return engine;
	})();
	return { pagefind, warm, page };
}

/** A text, or a Pagefind excerpt built from text nodes and `<mark>` elements (never parsed as HTML). */
function excerptElement(excerpt: string): HTMLElement {
	const p = document.createElement('p');
	p.className = 'search-excerpt';
	for (const { text, mark } of excerptSegments(excerpt)) {
		if (!mark) p.append(text);
		else p.append(Object.assign(document.createElement('mark'), { textContent: text }));
	}
	return p;
}

function link(href: string, title: string): HTMLAnchorElement {
	return Object.assign(document.createElement('a'), { href, textContent: title, className: 'search-link' });
}

/**
 * A page of the results as it is listed before its fragment arrives: its title, as a link, when the
 * search map knows the page; otherwise a hidden place in the list, shown once the fragment is in.
 */
function resultItem(known: { url: string; title: string } | undefined): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'search-result';
	const page = document.createElement('div');
	page.className = 'search-page';
	if (known) page.append(link(known.url, known.title));
	else item.hidden = true;
	item.append(page);
	return item;
}

/**
 * Completes a listed page once its fragment has arrived, as Pagefind's UI lists it: the excerpt under
 * its title, and up to three of its sections below it. The title link stays the same element, so a
 * reader who has already moved to it keeps their place.
 */
function completeResult(item: HTMLLIElement, result: PagefindResult): void {
	const page = item.querySelector('.search-page')!;
	const title = result.meta.title || result.url;
	const anchor = page.querySelector('a');
	if (anchor) Object.assign(anchor, { href: result.url, textContent: title });
	else page.append(link(result.url, title));
	page.append(excerptElement(result.excerpt));
	const sections = result.sub_results.filter((sub) => sub.url !== result.url).slice(0, SECTIONS_SHOWN);
	if (sections.length > 0) {
		const list = document.createElement('ul');
		list.className = 'search-sections';
		for (const sub of sections) {
			const li = document.createElement('li');
			li.className = 'search-section';
			li.append(link(sub.url, sub.title), excerptElement(sub.excerpt));
			list.append(li);
		}
		item.append(list);
	}
}

/** Resolves once the browser has painted what the page holds now. */
const afterPaint = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));

/** Fills a message template such as "[COUNT] results for [SEARCH_TERM]". */
const fill = (template: string, term: string, count = 0) =>
	template.replace('[SEARCH_TERM]', `“${term}”`).replace('[COUNT]', String(count));

/**
 * Runs the search dialog's input against Pagefind: every keystroke fetches the index chunks its
 * words need, a query runs once typing pauses, and the pages found are listed in order at once, by
 * title, from the search map; each gains its excerpt and sections when its fragment arrives, the
 * first alone and the other four together once it is on screen. A page the map does not know is
 * listed when its fragment arrives. Fragments are fetched only for the pages listed. A status line
 * (a live region) tells screen readers the count.
 */
export function connectSearch(root: HTMLElement, { pagefind, warm, page }: SearchEngine): void {
	const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
	// The status line (a live region) is added now, not in the page's HTML, so that pages which
	// never search carry no second status region beside their own.
	const status = Object.assign(document.createElement('p'), { className: 'search-status' });
	status.setAttribute('role', 'status');
	root.querySelector('form')!.after(status);
	const list = root.querySelector<HTMLOListElement>('ol')!;
	const t = root.dataset;
	let latest = 0;

	const run = async () => {
		const query = ++latest;
		const term = input.value.trim();
		if (!term) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		const typedAt = performance.now();
		warm(term);
		try {
			const engine = await pagefind;
			if (query !== latest) return;
			void engine.preload(term);
			// The pause is counted from the keystroke: if Pagefind took longer to arrive, it is already over.
			await new Promise((done) => setTimeout(done, QUIET_MS - (performance.now() - typedAt)));
			if (query !== latest) return;
			const search = await engine.search(term);
			if (query !== latest || !search) return;
			const found = search.results.slice(0, PAGES_SHOWN);
			// Pages the map knows are listed now; another waits, hidden in its place, for its fragment.
			const items = found.map((result) => resultItem(page(result.id)));
			list.replaceChildren(...items);
			// Fragments are fetched once the titles are on screen; the first alone, so it does not
			// share the line with the others.
			if (items.some((item) => !item.hidden)) await afterPaint();
			if (query !== latest) return;
			const [first, ...rest] = found;
			if (first) {
				const data = (await first.data()) as PagefindResult;
				if (query !== latest) return;
				completeResult(items[0]!, data);
				items[0]!.hidden = false;
				await afterPaint();
			}
			for (const [i, pending] of rest.map((result) => result.data()).entries()) {
				const data = (await pending) as PagefindResult;
				if (query !== latest) return;
				completeResult(items[i + 1]!, data);
				items[i + 1]!.hidden = false;
			}
			const count = search.results.length;
			const template = count === 0 ? t.zeroResults : count === 1 ? t.oneResult : t.manyResults;
			status.textContent = fill(template ?? '', term, count);
		} catch {
			if (query !== latest) return;
			list.replaceChildren();
			status.textContent = t.loadError ?? '';
		}
	};
	input.addEventListener('input', run);
	// Whatever was typed before this code arrived is searched now.
	if (input.value) void run();
}
