import { WEIGHT_MAX, WEIGHT_MIN } from '../model/catalog';
import type { DecisionTable } from '../model/decision-table';
import { BAR_H, BAR_Y, CHART_ROW, TEXT_Y } from '../model/ranking-chart';
import { sensitivityChart } from '../model/sensitivity-chart';

// The sensitivity chart as SVG, drawn like the ranking chart (see ScorecardRanking.tsx).

/**
 * An end mark on a criterion's row: the weight (`x`, as a percentage of the scale) past which a rival
 * would take the lead. Drawn across the row whose top is at `y`.
 */
function TieMark({ x, y }: { x: number; y: number }) {
	return <line class="sc-tie" x1={`${x}%`} x2={`${x}%`} y1={y + BAR_Y - 3} y2={y + CHART_ROW - 4} />;
}

/**
 * The tornado-style sensitivity chart: per criterion, the weights that keep the winner first (the
 * others unchanged), most sensitive first, the current weight marked, and an end mark where a rival
 * would take the lead. With no single winner there is nothing to draw, and a sentence says so.
 */
export default function ScorecardSensitivity({ table }: { table: DecisionTable }) {
	const chart = sensitivityChart(table);
	if (!chart) return <p class="sc-hint">With first place shared, no range of weights keeps one language ahead.</p>;
	const axisY = chart.height + TEXT_Y;
	return (
		<>
			<h3 id="sc-sens-h">{`Weights that keep ${chart.winner} first`}</h3>
			<svg
				class="sc-chart"
				role="img"
				aria-labelledby="sc-sens-t"
				aria-describedby="sc-sens-d"
				width="100%"
				height={axisY + 4}
			>
				<title id="sc-sens-t">{`Weights that keep ${chart.winner} first`}</title>
				<desc id="sc-sens-d">{chart.description}</desc>
				{chart.rows.map((row) => (
					<g key={row.criterion}>
						<text y={row.y + TEXT_Y}>{row.label}</text>
						<text x="100%" y={row.y + TEXT_Y} text-anchor="end" class="sc-value">
							{row.text}
						</text>
						<rect class="sc-track" y={row.y + BAR_Y} width="100%" height={BAR_H} />
						<rect class="sc-fill" x={`${row.x0}%`} y={row.y + BAR_Y} width={`${row.x1 - row.x0}%`} height={BAR_H} />
						{row.tieLow && <TieMark x={row.x0} y={row.y} />}
						{row.tieHigh && <TieMark x={row.x1} y={row.y} />}
						<line
							class="sc-now"
							x1={`${row.mark}%`}
							x2={`${row.mark}%`}
							y1={row.y + BAR_Y - 3}
							y2={row.y + CHART_ROW - 4}
						/>
					</g>
				))}
				<text y={axisY}>{WEIGHT_MIN}</text>
				<text x="50%" y={axisY} text-anchor="middle">
					{(WEIGHT_MIN + WEIGHT_MAX) / 2}
				</text>
				<text x="100%" y={axisY} text-anchor="end">
					{WEIGHT_MAX}
				</text>
			</svg>
			<p class="sc-hint">
				Each bar spans the weights (from {WEIGHT_MIN} to {WEIGHT_MAX}, the others unchanged) that keep {chart.winner}{' '}
				first; the thin line is the current weight, and a thick end mark is where another language would take the lead.
				The narrowest range, at the top, is the weight the result depends on most.
			</p>
		</>
	);
}
