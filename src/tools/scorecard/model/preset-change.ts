import type { ScorecardCatalog, ScorecardState } from './catalog';
import { findPreset } from './presets';

// What choosing a preset does, apart from `presets.ts` so the island loads it only when a reader
// chooses one.

/**
 * The state with a preset's weights and its id. The compared languages and every score the reader
 * edited are kept: a preset is a view on what matters, not on how good each language is.
 */
export function withPreset(catalog: ScorecardCatalog, state: ScorecardState, presetId: string): ScorecardState {
	const preset = findPreset(catalog, presetId);
	return preset ? { ...state, weights: { ...state.weights, ...preset.weights }, preset: preset.id } : state;
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
