import type { ScorecardCriterionView, ScorecardPresetView } from '../model/scorecard-data';

interface Props {
	presets: readonly ScorecardPresetView[];
	criteria: readonly ScorecardCriterionView[];
	/** The id of the preset the weights started from, or null. */
	active: string | null;
	/** Whether the reader has moved a slider since choosing it. */
	adjusted: boolean;
	/** What the last choice changed, and whether it can be undone. */
	note: string;
	onPreset: (id: string) => void;
	/** Restores the state from before the last preset; absent when there is nothing to undo. */
	onUndo: (() => void) | null;
}

/**
 * The preset buttons, the notice saying what a choice changed (with an undo), and the reasons behind
 * the chosen preset's weights. Stateless: the scorecard holds the state and passes it down.
 */
export default function ScorecardPresets({ presets, criteria, active, adjusted, note, onPreset, onUndo }: Props) {
	const preset = presets.find((p) => p.id === active);
	return (
		<div class="sc-presets">
			<fieldset class="sc-preset-buttons">
				<legend>Start from a preset, or set each weight yourself:</legend>
				{presets.map((p) => (
					<button type="button" key={p.id} aria-pressed={p.id === active} onClick={() => onPreset(p.id)}>
						{p.label}
					</button>
				))}
			</fieldset>
			<div class="sc-preset-note">
				<p role="status">{note}</p>
				{onUndo && (
					<button type="button" onClick={onUndo}>
						Undo
					</button>
				)}
			</div>
			{preset && (
				<>
					<p class="sc-preset-used">
						Weights from the <strong>{preset.label}</strong> preset{adjusted && ', adjusted since'}.
					</p>
					<details class="sc-preset-why">
						<summary>Why the {preset.label} weights</summary>
						<p>
							{preset.summary} From <a href={preset.basis.href}>{preset.basis.title}</a>.
						</p>
						<ul>
							{criteria.map((c) => (
								<li key={c.id}>
									<strong>
										{c.label}: {preset.weights[c.id]}.
									</strong>{' '}
									{preset.why[c.id]}
								</li>
							))}
						</ul>
					</details>
				</>
			)}
		</div>
	);
}
