/** One criterion of a profile's ratings chart. */
export interface RatingBarInput {
	/** The criterion's id, kept on the bar so tests and styles can find it. */
	id: string;
	/** The criterion's display name, such as "AI ecosystem". */
	label: string;
	/** The rating, a whole step from 1 to `max`. */
	score: number;
	/** The name of that step on the criterion's scale, such as "Best in class". */
	step: string;
}

/** One drawn row: the criterion's name above a track with the bar in it. */
export interface RatingBar extends RatingBarInput {
	/** Baseline of the row's label line. */
	labelY: number;
	/** Top of the track and of the bar. */
	barY: number;
	/** Length of the bar: `score / max` of the track, so the picture says what the number says. */
	barWidth: number;
}

/** A tick of the value axis, one per step of the scale. */
export interface AxisTick {
	/** The step, 1 to `max`. */
	value: number;
	/** Where the step ends on the track, in user units. */
	x: number;
}

/** Everything a component needs to draw a ratings chart; all lengths in SVG user units. */
export interface RatingBarsLayout {
	width: number;
	height: number;
	/** Where the track starts (the bars' left edge). */
	trackX: number;
	/** The full length of a track: the bar of a rating of `max`. */
	trackWidth: number;
	/** Height of each track and bar. */
	barHeight: number;
	/** Font size of the labels, in user units. */
	fontSize: number;
	bars: RatingBar[];
	ticks: AxisTick[];
	/** Baseline of the tick numbers under the last row. */
	axisY: number;
}

/** Sizes chosen so that, scaled down to a 360 px phone, labels stay at about 12 px. */
const WIDTH = 400;
const FONT = 15;
const BAR = 14;
const ROW = 48;
const PAD = 4;

/**
 * Lays out a horizontal bar chart of one language's ratings: one row per criterion, in the order
 * given, each with the criterion's name and the step's name on a line above its bar. The label
 * line sits above the bar rather than beside it so the chart keeps its size on a narrow phone.
 *
 * @param rows The criteria in display order, with each rating and its step name.
 * @param max The top of the scale (every criterion shares the 1–max steps).
 * @throws If a score is not a whole step from 1 to `max`: a bar of any other length would lie.
 */
export function ratingBars(rows: readonly RatingBarInput[], max: number): RatingBarsLayout {
	const trackX = PAD;
	const trackWidth = WIDTH - 2 * PAD;
	const bars = rows.map((row, i) => {
		if (!Number.isInteger(row.score) || row.score < 1 || row.score > max) {
			throw new Error(`Rating for "${row.id}" is ${row.score}, not a step from 1 to ${max}`);
		}
		const top = i * ROW;
		return { ...row, labelY: top + FONT + 2, barY: top + FONT + 10, barWidth: (row.score / max) * trackWidth };
	});
	const ticks = Array.from({ length: max }, (_, i) => ({ value: i + 1, x: trackX + ((i + 1) / max) * trackWidth }));
	const axisY = rows.length * ROW + FONT;
	return { width: WIDTH, height: axisY + PAD, trackX, trackWidth, barHeight: BAR, fontSize: FONT, bars, ticks, axisY };
}
