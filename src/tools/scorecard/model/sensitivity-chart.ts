import { WEIGHT_MAX, WEIGHT_MIN } from './catalog';
import { type DecisionTable, formatWeight } from './decision-table';
import { CHART_ROW } from './ranking-chart';

/** One row of the sensitivity chart: a criterion and the weights that keep the winner first. */
export interface SensitivityRow {
	criterion: string;
	label: string;
	/** The criterion's current weight. */
	weight: number;
	/** Where the range starts and ends, and where the current weight lies, in percent of the 0–10 axis. */
	x0: number;
	x1: number;
	mark: number;
	/** Whether a rival takes the lead just beyond the start (or the end), rather than the axis ending there. */
	tieLow: boolean;
	tieHigh: boolean;
	/** The range and the current weight in short text, drawn on the row: "2.5–10, now 5". */
	text: string;
	/** The top of the row in pixels. */
	y: number;
}

/** The sensitivity chart: the winner, one row per criterion (most sensitive first), and its text. */
export interface SensitivityChart {
	/** The winner's display name. */
	winner: string;
	rows: SensitivityRow[];
	/** The height of the rows in pixels; the axis labels go below. */
	height: number;
	/** What the chart shows in words, for screen readers and print. */
	description: string;
}

/** How far a weight lies from the axis's start. */
// WEIGHT_MIN is 0 today; subtracting it keeps the axis right should the bounds change.
const fromStart = (weight: number) => weight - WEIGHT_MIN;
/** A weight's place on the chart's axis, in percent. */
const percent = (weight: number) => (fromStart(weight) / fromStart(WEIGHT_MAX)) * 100;

/**
 * The geometry of the tornado-style sensitivity chart: for each criterion, the weights (the others
 * unchanged) over which the current winner stays first, from `winnerWeightRanges`, with the current
 * weight marked. The narrowest range, the decision's most sensitive weight, comes first. Null when
 * there is no single winner, since then there is nothing to keep.
 */
export function sensitivityChart(table: DecisionTable): SensitivityChart | null {
	const winner = table.columns[0];
	if (!table.ranges || !winner) return null;
	const labelOf = new Map(table.criteria.map((c) => [c.id, c.label]));
	const ranges = [...table.ranges].sort((a, b) => a.high - a.low - (b.high - b.low));
	const rows = ranges.map((r, i) => ({
		criterion: r.criterion,
		label: labelOf.get(r.criterion) ?? r.criterion,
		weight: r.from,
		x0: percent(r.low),
		x1: percent(r.high),
		mark: percent(r.from),
		tieLow: r.lowRivals.length > 0,
		tieHigh: r.highRivals.length > 0,
		text: `${formatWeight(r.low)}–${formatWeight(r.high)}, now ${r.from}`,
		y: i * CHART_ROW,
	}));
	const phrase = (row: SensitivityRow, r: (typeof ranges)[number]) => {
		if (!row.tieLow && !row.tieHigh) return `at any weight from ${WEIGHT_MIN} to ${WEIGHT_MAX}`;
		const above = row.tieLow ? `above ${formatWeight(r.low)}` : '';
		const below = row.tieHigh ? `below ${formatWeight(r.high)}` : '';
		return [above, below].filter(Boolean).join(' and ');
	};
	return {
		winner: winner.name,
		rows,
		height: rows.length * CHART_ROW,
		description: `${winner.name} stays first while one weight moves and the others stay as they are: ${rows.map((row, i) => `${row.label} ${phrase(row, ranges[i]!)} (now ${row.weight})`).join('; ')}.`,
	};
}
