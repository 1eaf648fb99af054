import { excerptSegments } from '../lib/search/excerpt-segments';

/** The part of Pagefind's JavaScript API (`/pagefind/pagefind.js`) the search dialog uses. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
	search(term: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

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

/** Asks the browser to fetch a file now, for a `fetch()` that will come later. */
function preload(href: string): void {
	const link = Object.assign(document.createElement('link'), { rel: 'preload', href, as: 'fetch' });
	link.crossOrigin = 'anonymous';
	document.head.append(link);
}

/**
 * Loads Pagefind on the reader's intent and warms it. Left to itself, Pagefind fetches its files one
 * after another: the runtime, then its entry file, then the index metadata and the WebAssembly. Here
 * the runtime, the entry file and the WebAssembly start together, and the entry file is read once
 * more at a second address (180 bytes) so that the metadata it names can be preloaded too, before
 * the runtime has even arrived. `noWorker` keeps the search on the page's thread: the index is
 * small, and the worker would cost another 12 kB and another round trip before the first result.
 * The fixed `metaCacheTag` makes the entry file's address known in advance (Pagefind otherwise adds
 * the time to it), so that it can be preloaded.
 */
export async function loadPagefind(bundlePath: string, ranking: unknown, cacheTag: string): Promise<Pagefind> {
	const entry = `${bundlePath}pagefind-entry.json?ts=${cacheTag}`;
	preload(entry);
	preload(`${bundlePath}wasm.en.pagefind`);
	fetch(`${entry}&early`)
		.then((response) => response.json())
		.then((json: { languages?: Record<string, { hash?: string }> }) => {
			const hash = json.languages?.[document.documentElement.lang]?.hash;
			if (hash) preload(`${bundlePath}pagefind.${hash}.pf_meta`);
		})
		// Only a head start is lost: Pagefind fetches the same files itself, and reports its own errors.
		.catch(() => {});
	const pagefind: Pagefind = await import(/* @vite-ignore */ `${bundlePath}pagefind.js`);
	await pagefind.options({
		noWorker: true,
		metaCacheTag: cacheTag,
		excerptLength: 24,
		...(ranking ? { ranking } : {}),
	});
	await pagefind.init();
	return pagefind;
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

/** One page of the results, with up to three of its sections below it, as Pagefind's UI lists them. */
function resultElement(result: PagefindResult): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'search-result';
	const page = document.createElement('div');
	page.className = 'search-page';
	page.append(link(result.url, result.meta.title || result.url), excerptElement(result.excerpt));
	item.append(page);
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
	return item;
}

/** Fills a message template such as "[COUNT] results for [SEARCH_TERM]". */
const fill = (template: string, term: string, count = 0) =>
	template.replace('[SEARCH_TERM]', `“${term}”`).replace('[COUNT]', String(count));

/**
 * Runs the search dialog's input against Pagefind: every keystroke preloads the index chunks its
 * words need, a query runs once typing pauses, and the pages found are listed in order, each as soon
 * as its fragment has arrived: the first alone, the other four together once it is on screen.
 * Fragments are fetched only for the pages listed. A status line (a live region) tells screen readers the count.
 */
export function connectSearch(root: HTMLElement, pagefind: Promise<Pagefind>): void {
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
		try {
			const engine = await pagefind;
			void engine.preload(term);
			await new Promise((done) => setTimeout(done, QUIET_MS));
			if (query !== latest) return;
			const search = await engine.search(term);
			if (query !== latest || !search) return;
			const found = search.results.slice(0, PAGES_SHOWN);
			list.replaceChildren();
			// The first page is fetched and shown alone, so the reader sees it without waiting for the
			// other fragments to share the line; the rest are fetched once it has been painted.
			const [first, ...rest] = found;
			if (first) {
				const data = await first.data();
				if (query !== latest) return;
				list.append(resultElement(data));
				await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
			}
			for (const page of rest.map((result) => result.data())) {
				const data = await page;
				if (query !== latest) return;
				list.append(resultElement(data));
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
