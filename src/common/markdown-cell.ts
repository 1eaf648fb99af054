/** One line of text: line breaks flattened, so a field cannot start a heading or a list of its own. */
export const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * Text as one cell of a GitHub-flavoured Markdown table: on one line (a line break would end the
 * row), with backslashes and pipes escaped (a pipe would end the cell).
 */
export const markdownCell = (text: string) => oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
