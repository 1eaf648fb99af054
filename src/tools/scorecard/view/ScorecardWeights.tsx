import { WEIGHT_MAX, WEIGHT_MIN } from '../model/catalog';
import type { ScorecardCriterionView } from '../model/scorecard-data';

interface Props {
	/** The scorecard's criteria, in display order. */
	criteria: readonly ScorecardCriterionView[];
	/** The current weight of each criterion id. */
	weights: Readonly<Record<string, number>>;
	/** Called with a criterion id and its new weight when the reader moves a slider. */
	onWeight: (criterionId: string, weight: number) => void;
}

/**
 * One slider per criterion, each with what to check and the meaning of every step of its scale.
 * Stateless: the scorecard holds the weights and passes them down.
 */
export default function ScorecardWeights({ criteria, weights, onWeight }: Props) {
	return (
		<>
			{criteria.map((c) => (
				<div class="sc-weight" key={c.id}>
					<label for={`sc-w-${c.id}`}>{c.label}</label>
					<input
						type="range"
						id={`sc-w-${c.id}`}
						min={WEIGHT_MIN}
						max={WEIGHT_MAX}
						step={1}
						value={weights[c.id]}
						onInput={(e) => onWeight(c.id, Number(e.currentTarget.value))}
					/>
					<output for={`sc-w-${c.id}`}>{weights[c.id]}</output>
					<details>
						<summary>
							What to check<span class="sr-only"> for {c.label}</span>
						</summary>
						<p>{c.question}</p>
						<ul>
							{c.whatToCheck.map((item) => (
								<li key={item}>{item}</li>
							))}
						</ul>
						<ol class="sc-scale">
							{c.scale.map((step) => (
								<li key={step.score}>
									<strong>
										{step.score} · {step.label}:
									</strong>{' '}
									{step.meaning}
								</li>
							))}
						</ol>
					</details>
				</div>
			))}
		</>
	);
}
