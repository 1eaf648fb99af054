import type { ScorecardCatalog, ScorecardState } from './catalog';

// Presets as pure functions of the state, so the island only wires a button to them and the notice
// that says what a preset changed is unit-tested like every other sentence the scorecard writes.

/** The preset with this id, if the catalog has one. */
export const findPreset = (catalog: ScorecardCatalog, id: string | null) => catalog.presets?.find((p) => p.id === id);

/**
 * The state with a preset's weights and its id. The compared languages and every score the reader
 * edited are kept: a preset is a view on what matters, not on how good each language is.
 */
export function withPreset(catalog: ScorecardCatalog, state: ScorecardState, presetId: string): ScorecardState {
	const preset = findPreset(catalog, presetId);
	return preset ? { ...state, weights: { ...state.weights, ...preset.weights }, preset: preset.id } : state;
}

/** Whether the reader has moved a slider since choosing the state's preset (false without a preset). */
export function presetAdjusted(catalog: ScorecardCatalog, state: ScorecardState): boolean {
	const preset = findPreset(catalog, state.preset);
	return !!preset && catalog.criteria.some((c) => preset.weights[c.id] !== state.weights[c.id]);
}

/**
 * What choosing a preset changed, in one sentence for the notice beside the undo button: which weights
 * moved (from and to), and that the edited scores and the compared languages stay as they were.
 */
export function presetNotice(catalog: ScorecardCatalog, before: ScorecardState, after: ScorecardState): string {
	const label = findPreset(catalog, after.preset)?.label ?? 'chosen';
	const moved = catalog.criteria
		.filter((c) => before.weights[c.id] !== after.weights[c.id])
		.map((c) => `${c.label} ${before.weights[c.id]} → ${after.weights[c.id]}`);
	const edits = Object.values(after.scores).reduce((n, byCriterion) => n + Object.keys(byCriterion).length, 0);
	const kept =
		edits === 0
			? 'the compared languages are kept'
			: `your ${edits} edited score${edits === 1 ? '' : 's'} and the compared languages are kept`;
	return `Weights set to the ${label} preset (${moved.length === 0 ? 'no weight changed' : moved.join(', ')}); ${kept}.`;
}
