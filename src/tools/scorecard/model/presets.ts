import type { ScorecardCatalog, ScorecardState } from './catalog';

// Presets as pure functions of the state, so the island only wires a button to them and every
// sentence about them is unit-tested. Choosing one is in `preset-change.ts`, loaded on demand.

/** The preset with this id, if the catalog has one. */
export const findPreset = (catalog: ScorecardCatalog, id: string | null) => catalog.presets?.find((p) => p.id === id);

/** Whether the reader has moved a slider since choosing the state's preset (false without a preset). */
export function presetAdjusted(catalog: ScorecardCatalog, state: ScorecardState): boolean {
	const preset = findPreset(catalog, state.preset);
	return !!preset && catalog.criteria.some((c) => preset.weights[c.id] !== state.weights[c.id]);
}
