import { markdownText } from '../../../common/markdown/markdown-text';
import type { DecisionTable } from './decision-table';

// The exports live apart from the table itself so the island can load them only when a reader asks
// for a download or a copy, which keeps them out of the page's first download. They import types
// only, so that chunk holds nothing the page has already loaded.

/**
 * The decision table as rows of plain cells: a header, one row per criterion with its weight and the
 * scores (edited ones marked with `mark`), then totals and ranks. Markdown and CSV both print it;
 * `text` escapes the names and labels (Markdown), while numbers and the mark are the writer's own.
 */
function decisionRows(
	table: DecisionTable,
	mark: string,
	totalLabel: string,
	text: (value: string) => string = (value) => value,
): string[][] {
	const { columns } = table;
	return [
		['Criterion', 'Weight', ...columns.map((c) => text(c.name))],
		...table.criteria.map((criterion) => [
			text(criterion.label),
			String(criterion.weight),
			...columns.map((c) => `${c.scores[criterion.id]}${c.edited.includes(criterion.id) ? mark : ''}`),
		]),
		[totalLabel, '', ...columns.map((c) => c.total.toFixed(1))],
		['Rank', '', ...columns.map((c) => `${c.rank}${c.tied && mark ? ' (tie)' : ''}`)],
	];
}

/**
 * The decision table as GitHub-flavoured Markdown, to paste into a design doc or an ADR: one row
 * per criterion with its weight, one column per language in ranking order, then totals and ranks.
 * Edited scores carry an asterisk, explained under the table.
 */
export function decisionTableMarkdown(table: DecisionTable, shareUrl?: string): string {
	// Pipes would end a cell, line breaks a row, and markup in a name would render: names and labels
	// pass through the one helper every Markdown writer uses.
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	const [header, ...rows] = decisionRows(table, '*', 'Total (0–100)', markdownText);
	const lines = [
		line(header!),
		`| --- | ---: | ${table.columns.map(() => '---:').join(' | ')} |`,
		...rows.map(line),
		'',
		`Scores are steps on a 1–5 scale (5 is best); weights run from 0 to 10.${table.columns.some((c) => c.edited.length > 0) ? ' * marks a score changed from the playbook’s rating.' : ''}`,
		'',
		markdownText(table.verdict),
		'',
		markdownText(table.robustness),
	];
	if (shareUrl) lines.push('', `Scorecard: ${shareUrl}`);
	return `${lines.join('\n')}\n`;
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A field that a
 * spreadsheet would run as a formula (starting with = + - @) is prefixed with an apostrophe.
 */
function csvField(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The decision table as CSV with a header row, for a spreadsheet; line ends are CRLF per RFC 4180. */
export function decisionTableCsv(table: DecisionTable): string {
	const rows = decisionRows(table, '', 'Total (0-100)');
	return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
