import { type DecisionTable, formatPoints } from '../model/decision-table';

interface Props {
	/** The table to show, as `buildDecisionTable` made it. */
	table: DecisionTable;
	/** The id of the heading that names the table. */
	labelledBy: string;
}

/**
 * The scorecard's decision table: criteria down, languages across, then totals and ranks.
 */
export default function ScorecardTable({ table, labelledBy }: Props) {
	const anyEdited = table.columns.some((c) => c.edited.length > 0);
	return (
		<>
			{/* A scrollable region must take focus, or keyboard users cannot scroll it. */}
			<section class="sc-table-wrap" aria-labelledby={labelledBy} tabindex={0}>
				<table class="sc-table">
					<thead>
						<tr>
							<th scope="col">Criterion</th>
							<th scope="col">Weight</th>
							{table.columns.map((c) => (
								<th scope="col" key={c.id}>
									{c.name}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{table.criteria.map((criterion) => (
							<tr key={criterion.id}>
								<th scope="row">{criterion.label}</th>
								<td>{criterion.weight}</td>
								{table.columns.map((c) => (
									<td key={c.id}>
										{c.scores[criterion.id]}
										{c.edited.includes(criterion.id) && '*'}
									</td>
								))}
							</tr>
						))}
					</tbody>
					<tfoot>
						<tr>
							<th scope="row">Total (0–100)</th>
							<td />
							{table.columns.map((c) => (
								<td key={c.id}>{formatPoints(c.total)}</td>
							))}
						</tr>
						<tr>
							<th scope="row">Rank</th>
							<td />
							{table.columns.map((c) => (
								<td key={c.id}>
									{c.rank}
									{c.tied && ' (tie)'}
								</td>
							))}
						</tr>
					</tfoot>
				</table>
			</section>
			{anyEdited && <p class="sc-hint">* changed from the playbook’s rating.</p>}
		</>
	);
}
