/**
 * Characters that mean something inline in Markdown or HTML: escapes, code, emphasis, links and
 * images, raw HTML and autolinks, entities, table cells and strikethrough. CommonMark lets any ASCII
 * punctuation be escaped with a backslash, and an escaped character is always shown as itself.
 */
const INLINE = /[\\`*_[\]<>&|~]/g;

/** What would open a block at the start of a line: a heading, a list item, a setext underline. */
const BLOCK_MARKER = /^[#+\-=]/;
/** A numbered list item: digits, then a dot or a parenthesis, then a space (or nothing). */
const NUMBERED = /^(\d+)([.)])(?=\s|$)/;

/**
 * Turns any text into Markdown that shows exactly that text, on one line, in any CommonMark or
 * GitHub-flavoured viewer: line breaks become spaces (so the text cannot start a heading, a list or
 * a table row of its own), inline markup and HTML are escaped (so `<img onerror=…>` or
 * `[x](javascript:…)` stay visible text), and a block marker at the start is escaped too. Every
 * Markdown writer (decision record, scorecard table, role brief) passes all text through it; only
 * the writer's own markup stays unescaped.
 */
export function markdownText(text: string): string {
	const line = text.replace(/\s*[\r\n]\s*/g, ' ').trim();
	return line.replace(INLINE, '\\$&').replace(BLOCK_MARKER, '\\$&').replace(NUMBERED, '$1\\$2');
}
