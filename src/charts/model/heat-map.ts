/** One column of the heat map: a criterion. */
export interface HeatMapColumn {
	id: string;
	/** The short label shown at the top of the column, such as "AI/ML". */
	label: string;
}

/** One row of the heat map: a language and its score in every column, in column order. */
export interface HeatMapRowInput {
	id: string;
	/** The short name shown at the start of the row, such as "Node.js". */
	label: string;
	/** One whole step from 1 to `max` per column. */
	scores: readonly number[];
}

/** A drawn cell: its box, its number and its shade. */
export interface HeatMapCell {
	column: string;
	x: number;
	y: number;
	score: number;
	/**
	 * The shade, 1 to `max`: the same as the score, so a stronger shade always means a higher rating.
	 * Components map it to a class whose colours keep the number legible.
	 */
	level: number;
}

export interface HeatMapLayout {
	width: number;
	height: number;
	/** Side of every (square) cell. */
	cell: number;
	fontSize: number;
	/** Where the row labels end and the first column starts. */
	gridX: number;
	/** Where the column labels end and the first row starts. */
	gridY: number;
	/** Column labels: where each label, written upwards, starts (the centre of its column, just above the grid). */
	columns: (HeatMapColumn & { x: number; y: number })[];
	rows: { id: string; label: string; y: number; cells: HeatMapCell[] }[];
}

/**
 * Sizes chosen so that the whole map fits a 360 px phone without scrolling and its text, scaled
 * down with it, stays at about 12 px.
 */
const CELL = 34;
const FONT = 14;
/** Room for the row labels; the longest short name ("Java / Kotlin") is 13 characters. */
const LABEL_WIDTH = 108;
/** Room above the grid for the column labels, which run upwards; the longest is 12 characters. */
const HEADER = 116;

/**
 * Lays out a rows × columns heat map with the number in every cell. Rows and columns keep the
 * order they are given in, so the map reads in the same order as the comparison table.
 *
 * @param columns The criteria, in table order.
 * @param rows The languages, in table order, each with one score per column.
 * @param max The top of the scale.
 * @throws If a row has the wrong number of scores or a score is off the scale.
 */
export function heatMap(
	columns: readonly HeatMapColumn[],
	rows: readonly HeatMapRowInput[],
	max: number,
): HeatMapLayout {
	const gridX = LABEL_WIDTH;
	const gridY = HEADER;
	return {
		width: gridX + columns.length * CELL + 2,
		height: gridY + rows.length * CELL + 2,
		cell: CELL,
		fontSize: FONT,
		gridX,
		gridY,
		columns: columns.map((column, c) => ({ ...column, x: gridX + c * CELL + CELL / 2, y: gridY - 8 })),
		rows: rows.map((row, r) => {
			if (row.scores.length !== columns.length) {
				throw new Error(`Row "${row.id}" has ${row.scores.length} scores for ${columns.length} columns`);
			}
			const y = gridY + r * CELL;
			return {
				id: row.id,
				label: row.label,
				y,
				cells: row.scores.map((score, c) => {
					if (!Number.isInteger(score) || score < 1 || score > max) {
						throw new Error(`Score ${score} for "${row.id}" × "${columns[c]?.id}" is not a step from 1 to ${max}`);
					}
					return { column: columns[c]!.id, x: gridX + c * CELL, y, score, level: score };
				}),
			};
		}),
	};
}
