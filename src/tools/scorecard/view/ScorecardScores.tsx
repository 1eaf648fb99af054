import type { ScorecardState } from '../model/catalog';
import type { DecisionTable } from '../model/decision-table';
import type { ScorecardData } from '../model/scorecard-data';

interface Props {
	data: ScorecardData;
	state: ScorecardState;
	/** The current decision table, for which scores the reader changed. */
	table: DecisionTable;
	/** Sets one language's score on one criterion, or restores the playbook's rating with `null`. */
	onScore: (languageId: string, criterionId: string, score: number | null) => void;
}

/**
 * The score editor: for each compared language, a disclosure with a choice of step per criterion, the
 * reason and sources behind the playbook's rating, and a way back to it. Stateless: the scorecard
 * holds the scores and passes them down.
 */
export default function ScorecardScores({ data, state, table, onScore }: Props) {
	const selected = data.languages.filter((l) => state.languages.includes(l.id));
	return (
		<>
			{selected.map((l) => {
				const edited = table.columns.find((c) => c.id === l.id)?.edited ?? [];
				return (
					<details class="sc-lang" key={l.id}>
						<summary>
							{l.name} scores{edited.length > 0 && ` (${edited.length} changed)`}
						</summary>
						{data.criteria.map((c) => {
							const id = `sc-s-${l.id}-${c.id}`;
							const score = state.scores[l.id]?.[c.id] ?? l.seeded[c.id];
							const rating = l.ratings[c.id];
							return (
								<div class="sc-score" key={c.id}>
									<label for={id}>
										{c.label}
										<span class="sr-only"> score for {l.name}</span>
									</label>
									<select id={id} value={score} onChange={(e) => onScore(l.id, c.id, Number(e.currentTarget.value))}>
										{c.scale.map((step) => (
											<option key={step.score} value={step.score}>
												{step.score} · {step.label}
											</option>
										))}
									</select>
									{edited.includes(c.id) && (
										<button type="button" class="sc-restore" onClick={() => onScore(l.id, c.id, null)}>
											Restore {l.seeded[c.id]}
											<span class="sr-only">
												{' '}
												for {l.name} on {c.label}
											</span>
										</button>
									)}
									{rating && (
										<p class="sc-why">
											{rating.why} <span class="sc-sources">Sources: </span>
											{rating.sources.map((s, i) => (
												<span key={s.href}>
													{i > 0 && ', '}
													<a href={s.href}>{s.title}</a>
												</span>
											))}
										</p>
									)}
								</div>
							);
						})}
					</details>
				);
			})}
		</>
	);
}
