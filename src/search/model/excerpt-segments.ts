/** One run of an excerpt's text: plain, or a match of the query that the results highlight. */
export interface ExcerptSegment {
	/** The text, with HTML character references decoded: it is always rendered as text, never as HTML. */
	text: string;
	/** Whether Pagefind marked this run as a match of the query. */
	mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind writes into excerpts (named ones above, and numeric ones). */
function decode(text: string): string {
	return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
			return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[ref.toLowerCase()] ?? whole;
	});
}

/**
 * Splits a Pagefind excerpt (text with `<mark>` around each match of the query) into plain and
 * marked runs, so the search dialog can build it from text nodes and `<mark>` elements. The
 * excerpt is never given to `innerHTML`: the query that shaped it was typed by the reader, and any
 * tag other than `<mark>` is kept as visible text, not markup.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
	const segments: ExcerptSegment[] = [];
	const push = (raw: string, mark: boolean) => {
		const text = decode(raw);
		if (text) segments.push({ text, mark });
	};
	let rest = excerpt;
	for (;;) {
		const open = rest.indexOf('<mark>');
		if (open === -1) break;
		const close = rest.indexOf('</mark>', open);
		if (close === -1) break;
		push(rest.slice(0, open), false);
		push(rest.slice(open + 6, close), true);
		rest = rest.slice(close + 7);
	}
	push(rest, false);
	return segments;
}
