import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { excerptSegments } from '../model/excerpt-segments';
import { isSearchShortcut } from '../model/shortcut';
import { type TitleEntry, type TitleMatch, titleMatches } from '../model/title-matches';
import { type PagefindResult, startPagefind } from './pagefind';

export interface SearchDialogProps {
	/** The button's and the dialog's name, and the field's placeholder (Starlight's `search.label`). */
	label: string;
	/** The close button's text on small screens (Starlight's `search.cancelLabel`). */
	cancelLabel: string;
	/** The name of the Ctrl key shown on the button (Starlight's `search.ctrlKey`); ⌘ on Apple devices. */
	ctrlKey: string;
	/** The address of Pagefind's JavaScript API, `…/pagefind/pagefind.js`. */
	pagefindUrl: string;
	/** The address of the title list (`/search/titles.json`). */
	titlesUrl: string;
	/** The status line's messages; `[COUNT]` and `[SEARCH_TERM]` are filled in. */
	messages: { zero: string; one: string; many: string; loadError: string };
	/** Starlight's magnifier icon for the button and for the field, passed in as slots. */
	buttonIcon?: ComponentChildren;
	fieldIcon?: ComponentChildren;
}

/** How many pages a query lists: as many as Pagefind's own UI shows before "load more". */
const PAGES_SHOWN = 5;
/** How many of a page's sections are listed under it, as Pagefind's own UI does. */
const SECTIONS_SHOWN = 3;
/** The pause in typing before a query runs; Pagefind fetches the index a query needs at once. */
const QUIET_MS = 60;

/** An excerpt as text and `<mark>` elements: it is never parsed as HTML. */
function Excerpt({ text }: { text: string }) {
	return (
		<p class="search-excerpt">{excerptSegments(text).map(({ text, mark }) => (mark ? <mark>{text}</mark> : text))}</p>
	);
}

/** A listed page as Pagefind's UI lists it: its title and excerpt, and up to three of its sections. */
function Result({ result }: { result: PagefindResult }) {
	const sections = result.sub_results.filter((sub) => sub.url !== result.url).slice(0, SECTIONS_SHOWN);
	return (
		<li class="search-result">
			<div class="search-page">
				<a class="search-link" href={result.url}>
					{result.meta.title || result.url}
				</a>
				<Excerpt text={result.excerpt} />
			</div>
			{sections.length > 0 && (
				<ul class="search-sections">
					{sections.map((section) => (
						<li class="search-section" key={section.url}>
							<a class="search-link" href={section.url}>
								{section.title}
							</a>
							<Excerpt text={section.excerpt} />
						</li>
					))}
				</ul>
			)}
		</li>
	);
}

/** A page or section whose title matches, listed while Pagefind is still loading. */
function TitleResult({ match }: { match: TitleMatch }) {
	return (
		<li class="search-result">
			<div class="search-page">
				<a class="search-link" href={match.url}>
					{match.title}
				</a>
				{match.page && <p class="search-in">{match.page}</p>}
			</div>
		</li>
	);
}

/** Fills a message template such as "[COUNT] results for [SEARCH_TERM]". */
const fill = (template: string, term: string, count: number) =>
	template.replace('[SEARCH_TERM]', `“${term}”`).replace('[COUNT]', String(count));

/**
 * The site's search: Starlight's button and dialog (same shortcut, look, light and dark, 360 px
 * layout), with results listed through Pagefind's JavaScript API. It hydrates on intent
 * (`client:intent`, see `client-intent.ts`), which is when Pagefind starts loading too. Each query
 * lists up to five pages; the first is shown as soon as its data has arrived, the others when
 * theirs has. The status line (a live region) then says how many pages were found. Until Pagefind
 * has answered its first query, the pages and sections whose titles match are listed instead
 * (from `/search/titles.json`), so a slow line still shows where to go within a moment.
 */
export default function SearchDialog(props: SearchDialogProps) {
	const { label, messages } = props;
	const dialog = useRef<HTMLDialogElement>(null);
	const input = useRef<HTMLInputElement>(null);
	const latest = useRef(0);
	const [results, setResults] = useState<PagefindResult[]>([]);
	const [status, setStatus] = useState('');
	const titles = useRef<TitleEntry[]>([]);
	// Whether Pagefind has answered a query yet: from then on only its results are listed.
	const answered = useRef(false);
	const [instant, setInstant] = useState<TitleMatch[]>([]);
	const listTitles = (query: string) => {
		if (!answered.current) setInstant(titleMatches(titles.current, query));
	};

	const run = async (raw: string) => {
		const query = ++latest.current;
		const term = raw.trim();
		const current = () => query === latest.current;
		listTitles(term);
		try {
			const search = term && (await (await startPagefind(props.pagefindUrl)).debouncedSearch(term, {}, QUIET_MS));
			if (!current() || search === null) return;
			if (!search) {
				setResults([]);
				setStatus('');
				return;
			}
			const [first, ...rest] = search.results.slice(0, PAGES_SHOWN);
			const shown = first ? [await first.data()] : [];
			if (!current()) return;
			answered.current = true;
			setInstant([]);
			setResults(shown);
			shown.push(...(await Promise.all(rest.map((result) => result.data()))));
			if (!current()) return;
			setResults([...shown]);
			const count = search.results.length;
			setStatus(fill(count === 0 ? messages.zero : count === 1 ? messages.one : messages.many, term, count));
		} catch {
			if (!current()) return;
			// Nothing is listed beside the message, not even titles: the dialog cannot search.
			answered.current = true;
			setResults([]);
			setStatus(messages.loadError);
		}
	};

	const open = () => {
		const modal = dialog.current!;
		if (modal.open) return;
		modal.showModal();
		input.current!.focus();
	};

	// The directive may already have opened the dialog, and the reader may have typed into it; that
	// query runs at once.
	useLayoutEffect(() => {
		const modal = dialog.current!;
		const onKey = (event: KeyboardEvent) => {
			if (!isSearchShortcut(event) || (modal.open && event.key === '/')) return;
			event.preventDefault();
			if (modal.open) modal.close();
			else open();
		};
		addEventListener('keydown', onKey);
		modal.toggleAttribute('data-ready', true);
		if (input.current!.value) void run(input.current!.value);
		// The directive has started this download; a failure only means no titles before the results.
		fetch(props.titlesUrl)
			.then((response) => response.json())
			.then((entries: TitleEntry[]) => {
				titles.current = entries;
				listTitles(input.current!.value.trim());
			})
			.catch(() => {});
		return () => removeEventListener('keydown', onKey);
	}, []);

	return (
		<>
			<button
				type="button"
				class="search-button"
				aria-label={label}
				aria-keyshortcuts="Control+K /"
				aria-haspopup="dialog"
				onClick={open}
			>
				{props.buttonIcon}
				<span class="sl-hidden md:sl-block" aria-hidden="true">
					{label}
				</span>
				{/* The keys are drawn from `data-key` by CSS, so the button's visible text matches its name. */}
				<span class="search-keys sl-hidden md:sl-flex" aria-hidden="true">
					<kbd data-key={props.ctrlKey} />
					<kbd data-key="K" />
				</span>
			</button>
			{/* A click on the backdrop, or on a result, closes the dialog. */}
			{/* biome-ignore lint/a11y/useKeyWithClickEvents: its keyboard ways are native: Escape closes the dialog, and Enter on a result link fires this click. */}
			<dialog
				ref={dialog}
				class="search-dialog"
				aria-label={label}
				onClick={(event) => {
					const target = event.target as HTMLElement;
					if (target === dialog.current || target.closest('a[href]')) dialog.current!.close();
				}}
			>
				<div class="search-frame">
					<button type="button" class="search-cancel sl-flex md:sl-hidden" onClick={() => dialog.current!.close()}>
						{props.cancelLabel}
					</button>
					<search class="search-form">
						{props.fieldIcon}
						<input
							ref={input}
							type="search"
							aria-label={label}
							placeholder={label}
							autocomplete="off"
							autocapitalize="off"
							spellcheck={false}
							enterkeyhint="search"
							onInput={(event) => void run(event.currentTarget.value)}
						/>
					</search>
					<p class="search-status" role="status" data-load-error={messages.loadError}>
						{status}
					</p>
					<ol class="search-results" aria-label="Results">
						{answered.current
							? results.map((result) => <Result result={result} key={result.url} />)
							: instant.map((match) => <TitleResult match={match} key={match.url} />)}
					</ol>
				</div>
			</dialog>
		</>
	);
}
