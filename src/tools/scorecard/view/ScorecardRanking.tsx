import type { DecisionTable } from '../model/decision-table';
import { BAR_H, BAR_Y, rankingChart, TEXT_Y } from '../model/ranking-chart';

// The ranking chart as SVG drawn from the geometry in src/tools/scorecard/model. Lengths are percentages of
// the chart's width, so the bars fit any screen while the text keeps the page's size; every colour
// comes from classes in scorecard-charts.css, since the CSP forbids a <style> inside the SVG.

/** The weighted ranking as bars, best first; its description is the ranking in words. */
export default function ScorecardRanking({ table }: { table: DecisionTable }) {
	const chart = rankingChart(table);
	return (
		<svg
			class="sc-chart"
			role="img"
			aria-labelledby="sc-rank-t"
			aria-describedby="sc-rank-d"
			width="100%"
			height={chart.height}
		>
			<title id="sc-rank-t">Ranking, best first</title>
			<desc id="sc-rank-d">{chart.description}</desc>
			{chart.bars.map((bar) => (
				<g key={bar.id} class={bar.first ? 'sc-first' : undefined}>
					<text y={bar.y + TEXT_Y}>{bar.label}</text>
					<text x="100%" y={bar.y + TEXT_Y} text-anchor="end" class="sc-value">
						{bar.value}
					</text>
					<rect class="sc-track" y={bar.y + BAR_Y} width="100%" height={BAR_H} />
					<rect class="sc-fill" y={bar.y + BAR_Y} width={`${bar.length}%`} height={BAR_H} />
				</g>
			))}
		</svg>
	);
}
