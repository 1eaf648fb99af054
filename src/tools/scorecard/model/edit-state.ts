import type { ScorecardCatalog, ScorecardState } from './catalog';
import { type DecisionTable, formatPoints } from './decision-table';

// The scorecard's edits as pure functions of the state, so the island only wires controls to them
// and unit tests reach every rule without a browser.

/** The state with one criterion's weight set. */
export function withWeight(state: ScorecardState, criterionId: string, weight: number): ScorecardState {
	return { ...state, weights: { ...state.weights, [criterionId]: weight } };
}

/**
 * The state with one language's score on one criterion set, or restored to the playbook's rating
 * when `score` is `null`. Only scores that differ from the playbook's are kept, which keeps share
 * links short; a language without any edit is dropped from `scores` altogether.
 */
export function withScore(
	catalog: ScorecardCatalog,
	state: ScorecardState,
	languageId: string,
	criterionId: string,
	score: number | null,
): ScorecardState {
	const edits = { ...state.scores[languageId] };
	const seeded = catalog.languages.find((l) => l.id === languageId)?.seeded[criterionId];
	if (score === null || score === seeded) delete edits[criterionId];
	else edits[criterionId] = score;
	const scores = { ...state.scores, [languageId]: edits };
	if (Object.keys(edits).length === 0) delete scores[languageId];
	return { ...state, scores };
}

/**
 * The state with one language compared or not. Compared languages keep the catalog's display
 * order, whatever order the reader ticked them in.
 */
export function withLanguage(
	catalog: ScorecardCatalog,
	state: ScorecardState,
	languageId: string,
	compared: boolean,
): ScorecardState {
	const languages = compared
		? catalog.languages.map((l) => l.id).filter((id) => id === languageId || state.languages.includes(id))
		: state.languages.filter((id) => id !== languageId);
	return { ...state, languages };
}

/** The ranking order as a key: an announcement is due when it changes, not when totals merely move. */
export const rankingKey = (table: DecisionTable) => table.columns.map((c) => c.id).join();

/** The sentence a screen reader hears when the ranking's order changes. */
export function rankingAnnouncement(table: DecisionTable): string {
	return `New ranking: ${table.columns.map((c) => `${c.name} ${formatPoints(c.total)}`).join(', ')}.`;
}
