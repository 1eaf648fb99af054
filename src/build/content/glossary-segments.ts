/** A piece of text that is either plain or a glossary term to link. */
export type GlossarySegment = { text: string; anchor?: undefined } | { text: string; anchor: string };

/**
 * Splits `text` into plain pieces and glossary terms, so a component can link each term's first
 * occurrence to its glossary entry without writing HTML into the data. A term that does not appear
 * is skipped (the schema rejects one); terms are matched in the order given, left to right.
 * @param text The sentence or phrase to split.
 * @param terms Each term as spelled in `text`, with its glossary anchor.
 */
export function glossarySegments(text: string, terms: readonly { term: string; anchor: string }[]): GlossarySegment[] {
	const found = terms
		.map(({ term, anchor }) => ({ term, anchor, at: text.indexOf(term) }))
		.filter((t) => t.at >= 0 && t.term.length > 0)
		.sort((a, b) => a.at - b.at);
	const segments: GlossarySegment[] = [];
	let from = 0;
	for (const { term, anchor, at } of found) {
		// A term inside one already linked is left as text.
		if (at < from) continue;
		if (at > from) segments.push({ text: text.slice(from, at) });
		segments.push({ text: term, anchor });
		from = at + term.length;
	}
	if (from < text.length) segments.push({ text: text.slice(from) });
	return segments;
}
