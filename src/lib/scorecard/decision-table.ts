import { effectiveScores, type ScorecardCatalog, type ScorecardState, WEIGHT_MAX, WEIGHT_MIN } from './catalog';
import {
	type SensitivityResult,
	smallestWinnerFlip,
	TOO_CLOSE_POINTS,
	type WinnerMargin,
	winnerMargin,
} from './robustness';
import { type Ranking, weightedRanking } from './weighted-ranking';

/** One column of the decision table: a compared language and how it came out. */
export interface DecisionColumn {
	id: string;
	name: string;
	/** Its score per criterion id, edits applied. */
	scores: Record<string, number>;
	/** Criterion ids whose score the reader changed from the playbook's. */
	edited: string[];
	/** Normalised total, 0–100. */
	total: number;
	rank: number;
	tied: boolean;
}

/** The whole result of a scorecard, ready to render as HTML, Markdown or CSV. */
export interface DecisionTable {
	criteria: { id: string; label: string; weight: number }[];
	/** The compared languages in ranking order, best first. */
	columns: DecisionColumn[];
	ranking: Ranking;
	margin: WinnerMargin;
	sensitivity: SensitivityResult;
	/** One or two sentences on the outcome, in plain text. */
	verdict: string;
	/** One sentence on how robust the outcome is, in plain text. */
	robustness: string;
}

/** Formats a total or margin with one decimal, the precision the scorecard shows everywhere. */
export const formatPoints = (points: number) => points.toFixed(1);

/** Formats a weight that may be fractional (a tie point) without trailing zeros. */
const formatWeight = (weight: number) => String(Math.round(weight * 100) / 100);

/** Joins names as "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Ranks the compared languages for a state and works out the margin and the smallest flip. */
export function buildDecisionTable(catalog: ScorecardCatalog, state: ScorecardState): DecisionTable {
	const criterionIds = catalog.criteria.map((c) => c.id);
	const options = state.languages.map((id) => ({ id, scores: effectiveScores(catalog, state, id) }));
	const ranking = weightedRanking(criterionIds, state.weights, options);
	const margin = winnerMargin(ranking);
	const sensitivity = smallestWinnerFlip(criterionIds, state.weights, options, ranking);
	const nameOf = (id: string) => catalog.languages.find((l) => l.id === id)?.name ?? id;
	const labelOf = (id: string) => catalog.criteria.find((c) => c.id === id)?.label ?? id;

	const columns = ranking.entries.map((entry) => {
		const seeded = catalog.languages.find((l) => l.id === entry.id)?.seeded ?? {};
		const scores = options.find((o) => o.id === entry.id)!.scores;
		return {
			id: entry.id,
			name: nameOf(entry.id),
			scores,
			edited: criterionIds.filter((c) => scores[c] !== seeded[c]),
			total: entry.total,
			rank: entry.rank,
			tied: entry.tied,
		};
	});

	const [first, second] = columns;
	let verdict: string;
	if (ranking.unweighted) {
		verdict = 'Every weight is 0, so nothing separates the languages. Give at least one criterion a weight.';
	} else if (margin.leader === null) {
		verdict = `${listNames(ranking.leaders.map(nameOf))} tie for first place at ${formatPoints(first!.total)} points.`;
	} else if (margin.tooClose) {
		verdict = `Too close to call: ${first!.name} leads ${second!.name} by only ${formatPoints(margin.margin)} points (under ${TOO_CLOSE_POINTS}).`;
	} else {
		verdict = `${first!.name} leads with ${formatPoints(first!.total)} points, ${formatPoints(margin.margin)} ahead of ${second!.name}.`;
	}

	let robustness: string;
	if (sensitivity.kind === 'tied') {
		robustness = 'With first place shared, any change to a weight that favours one of the leaders decides it.';
	} else if (sensitivity.kind === 'stable') {
		robustness = `No single weight change within ${WEIGHT_MIN}–${WEIGHT_MAX} puts another language ahead of ${first!.name}.`;
	} else {
		const direction = sensitivity.delta > 0 ? 'Raising' : 'Lowering';
		const beyond = sensitivity.delta > 0 ? 'above' : 'below';
		const whole = sensitivity.wholeStep === null ? '' : ` (in whole steps: ${sensitivity.wholeStep})`;
		robustness = `${direction} the weight of ${labelOf(sensitivity.criterion)} from ${sensitivity.from} to ${beyond} ${formatWeight(sensitivity.tieAt)}${whole} puts ${listNames(sensitivity.newLeaders.map(nameOf))} ahead of ${first!.name}; that is the smallest single change that does.`;
	}

	return {
		criteria: catalog.criteria.map((c) => ({ id: c.id, label: c.label, weight: state.weights[c.id] ?? 0 })),
		columns,
		ranking,
		margin,
		sensitivity,
		verdict,
		robustness,
	};
}

/** Escapes a Markdown table cell: pipes would end the cell, newlines the row. */
const mdCell = (text: string) =>
	text
		.replace(/\\/g, '\\\\')
		.replace(/\|/g, '\\|')
		.replace(/\s*\n\s*/g, ' ');

/**
 * The decision table as GitHub-flavoured Markdown, to paste into a design doc or an ADR: one row
 * per criterion with its weight, one column per language in ranking order, then totals and ranks.
 * Edited scores carry an asterisk, explained under the table.
 */
export function decisionTableMarkdown(table: DecisionTable, shareUrl?: string): string {
	const header = ['Criterion', 'Weight', ...table.columns.map((c) => c.name)];
	const rows = table.criteria.map((criterion) => [
		criterion.label,
		String(criterion.weight),
		...table.columns.map((c) => `${c.scores[criterion.id]}${c.edited.includes(criterion.id) ? '*' : ''}`),
	]);
	rows.push(['**Total (0–100)**', '', ...table.columns.map((c) => `**${formatPoints(c.total)}**`)]);
	rows.push(['Rank', '', ...table.columns.map((c) => `${c.rank}${c.tied ? ' (tie)' : ''}`)]);
	const line = (cells: string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
	const lines = [
		line(header),
		`| --- | ---: | ${table.columns.map(() => '---:').join(' | ')} |`,
		...rows.map(line),
		'',
		`Scores are steps on a 1–5 scale (5 is best); weights run from 0 to 10.${table.columns.some((c) => c.edited.length > 0) ? ' * marks a score changed from the playbook’s rating.' : ''}`,
		'',
		table.verdict,
		'',
		table.robustness,
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
	const rows = [
		['Criterion', 'Weight', ...table.columns.map((c) => c.name)],
		...table.criteria.map((criterion) => [
			criterion.label,
			String(criterion.weight),
			...table.columns.map((c) => String(c.scores[criterion.id])),
		]),
		['Total (0-100)', '', ...table.columns.map((c) => formatPoints(c.total))],
		['Rank', '', ...table.columns.map((c) => String(c.rank))],
	];
	return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
