import { type DecisionTable, formatPoints } from './decision-table';

/** The height of one row of the scorecard's charts in CSS pixels: a line of text above a bar. */
export const CHART_ROW = 40;
/** Where a row's text sits, where its bar starts, and how tall the bar is, in pixels from the row's top. */
export const TEXT_Y = 15;
export const BAR_Y = 21;
export const BAR_H = 12;

/** One bar of the ranking chart. */
export interface RankingBar {
	id: string;
	/** The rank and name, as the bar's label: "1. Python", "2. Go (tie)". */
	label: string;
	/** The total with one decimal, drawn at the bar's end of the row. */
	value: string;
	/** The bar's length in percent of the axis, which runs from 0 to 100 points: the total itself. */
	length: number;
	/** The top of the row in pixels. */
	y: number;
	/** Whether this option shares or holds first place. */
	first: boolean;
}

/** The ranking chart: its bars, its height in pixels and its text alternative. */
export interface RankingChart {
	bars: RankingBar[];
	height: number;
	/** The ranking in words, the chart's description for screen readers and its printed caption. */
	description: string;
}

/**
 * The geometry of the ranking chart, one row per compared language in ranking order. The axis is the
 * 0–100 total, so a bar's length in percent is the total itself; lengths are percentages so the chart
 * fits any width while its text keeps the page's size.
 */
export function rankingChart(table: DecisionTable): RankingChart {
	const label = (c: DecisionTable['columns'][number]) => `${c.rank}. ${c.name}${c.tied ? ' (tie)' : ''}`;
	const bars = table.columns.map((c, i) => ({
		id: c.id,
		label: label(c),
		value: formatPoints(c.total),
		length: Math.min(100, Math.max(0, c.total)),
		y: i * CHART_ROW,
		first: c.rank === 1,
	}));
	return {
		bars,
		height: bars.length * CHART_ROW,
		description: `Ranking, best first, in points out of 100: ${table.columns.map((c) => `${label(c)} ${formatPoints(c.total)}`).join('; ')}.`,
	};
}
