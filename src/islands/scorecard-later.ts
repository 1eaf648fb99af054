/**
 * The scorecard's views that load after the island has come to life rather than with the page: the
 * preset buttons, the ranking chart, the score editor, the sensitivity chart and the decision table.
 * The build renders them into the page like the rest, so a reader sees them at once; the island takes
 * them over when this module arrives, a moment after hydrating. The island itself keeps the state,
 * the sliders, the language choice and the sentences. Loading the views apart keeps the page's first
 * download within the budget an island may add (see tests/browser/scorecard-weight.test.ts).
 */
export { default as Presets } from './ScorecardPresets';
export { default as Ranking } from './ScorecardRanking';
export { default as Scores } from './ScorecardScores';
export { default as Sensitivity } from './ScorecardSensitivity';
export { default as Table } from './ScorecardTable';
