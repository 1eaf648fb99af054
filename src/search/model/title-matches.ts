/** A searchable page as `/search/titles.json` lists it (written from the docs collection at build time). */
export interface TitleEntry {
	url: string;
	title: string;
	/** The page's section headings (levels 2 and 3), each as its anchor and its text. */
	sections: [anchor: string, text: string][];
}

/** A page or a section whose title matches a query. */
export interface TitleMatch {
	url: string;
	title: string;
	/** For a section, the title of its page. */
	page?: string;
}

/**
 * The words of a title or a query, lower-cased. `#`, `+` and dots stay inside a word, as in "C#",
 * "node.js" or ".net"; a full stop at its end does not.
 */
const wordsOf = (text: string): string[] =>
	text
		.toLowerCase()
		.split(/[^\p{L}\p{N}#+.]+/u)
		.map((word) => word.replace(/\.+$/, ''))
		.filter(Boolean);

/**
 * Whether a typed word matches a word of a title: the title's word starts with it (the reader is
 * still typing), or it is the title's word with a short ending added ("goroutines" for "Goroutine").
 */
const matchesWord = (typed: string, word: string): boolean =>
	word.startsWith(typed) || (word.length >= 4 && typed.startsWith(word) && typed.length - word.length <= 2);

const matches = (typed: string[], title: string): boolean => {
	const words = wordsOf(title);
	return typed.every((t) => words.some((w) => matchesWord(t, w)));
};

/**
 * The pages, then the sections, whose titles hold every word of `query`, shortest title first, at
 * most `limit` of them. The search dialog lists these while Pagefind is still loading, so that a
 * reader on a slow line sees where to go before the full-text results arrive.
 */
export function titleMatches(entries: readonly TitleEntry[], query: string, limit = 5): TitleMatch[] {
	const typed = wordsOf(query);
	if (typed.length === 0) return [];
	const byLength = (a: TitleMatch, b: TitleMatch) => a.title.length - b.title.length;
	const pages = entries.filter((e) => matches(typed, e.title)).map(({ url, title }) => ({ url, title }));
	const sections = entries.flatMap((e) =>
		e.sections
			.filter(([, text]) => matches(typed, text))
			.map(([anchor, title]) => ({ url: `${e.url}#${anchor}`, title, page: e.title })),
	);
	return [...pages.sort(byLength), ...sections.sort(byLength)].slice(0, limit);
}
