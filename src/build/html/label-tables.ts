/** Strips tags and collapses whitespace: the visible text of an HTML fragment. */
const textOf = (html: string) =>
	html
		.replace(/<[^>]*>/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/** Escapes text for use inside a double-quoted attribute. */
const attr = (text: string) => text.replace(/&(?!(?:[a-z]+|#\d+);)/gi, '&amp;').replace(/"/g, '&quot;');

/**
 * Gives each body cell of a plain Markdown table (a bare `<table>`, as Markdown renders it) a
 * `data-label` naming its column, and the table a `data-stack` flag. On a phone, CSS in `custom.css`
 * then shows each row as a card with labelled cells instead of a table wider than the screen.
 * Tables written by components carry attributes and are left alone.
 */
export function labelMarkdownTables(html: string): string {
	return html.replace(/<table>([\s\S]*?)<\/table>/g, (table, inner: string) => {
		const head = /<thead>[\s\S]*?<\/thead>/.exec(inner)?.[0];
		if (!head) return table;
		const labels = [...head.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) => textOf(m[1]!));
		const body = inner.replace(/<tr>([\s\S]*?)<\/tr>/g, (_row, cells: string) => {
			let column = 0;
			const labelled = cells.replace(/<td(\b[^>]*)>/g, (_td, rest: string) => {
				const label = labels[column++];
				return label ? `<td${rest} data-label="${attr(label)}">` : `<td${rest}>`;
			});
			return `<tr>${labelled}</tr>`;
		});
		return `<table data-stack>${body}</table>`;
	});
}
