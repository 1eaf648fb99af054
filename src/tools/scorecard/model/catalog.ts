/**
 * The scorecard's vocabulary: the criteria and languages it knows, and the bounds every weight and
 * score must respect. The Astro wrapper builds a catalog from the collections; the logic in this
 * folder only ever sees plain objects, so unit tests can make their own.
 */

/** Weights are whole numbers from 0 (ignore the criterion) to 10 (counts most), as the presets' schema checks. */
export { WEIGHT_MAX, WEIGHT_MIN } from '../../../schemas/weight';
/** Every criterion starts equal, so the first ranking is the data's own, unweighted view. */
export const WEIGHT_DEFAULT = 5;
/** Scores are steps on the criteria's 1–5 scale. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** The fewest languages a comparison makes sense with. */
export const MIN_LANGUAGES = 2;

/** A criterion as the scorecard logic needs it. */
export interface CatalogCriterion {
	/** The criterion's id, such as "hiring". */
	id: string;
	/** Its display name, such as "Hiring reality". */
	label: string;
}

/** A language as the scorecard logic needs it. */
export interface CatalogLanguage {
	/** The language's id, such as "python". */
	id: string;
	/** Its display name. */
	name: string;
	/** The playbook's rating for each criterion id, the score the reader starts from. */
	seeded: Readonly<Record<string, number>>;
}

/** A named set of weights the reader can start from, such as a scenario's. */
export interface CatalogPreset {
	/** The preset's id, named in share links, such as "fintech-api". */
	id: string;
	/** Its display name, such as "Fintech API". */
	label: string;
	/** A whole-number weight for every criterion id of the catalog. */
	weights: Readonly<Record<string, number>>;
}

/** Everything the scorecard may refer to; anything else in a URL or saved state is rejected. */
export interface ScorecardCatalog {
	/** The scorecard's criteria, in display order. */
	criteria: readonly CatalogCriterion[];
	/** Every language the reader may compare, in display order. */
	languages: readonly CatalogLanguage[];
	/** The languages compared before the reader chooses (at least two, all in `languages`). */
	defaultLanguages: readonly string[];
	/** The presets a reader may start from, in display order; none when absent. */
	presets?: readonly CatalogPreset[];
}

/** The reader's scorecard: what they weigh, whom they compare, and which scores they changed. */
export interface ScorecardState {
	/** The format version; a decoder migrates older ones and rejects any other. */
	version: 2;
	/** A whole-number weight from WEIGHT_MIN to WEIGHT_MAX for every criterion id. */
	weights: Record<string, number>;
	/** The compared language ids, distinct, at least MIN_LANGUAGES, in the reader's order. */
	languages: string[];
	/** Scores the reader changed, by language id then criterion id; the rest come from `seeded`. */
	scores: Record<string, Record<string, number>>;
	/**
	 * The preset the weights started from (a `CatalogPreset` id), or null. It names the starting point
	 * only: the reader may move sliders afterwards, and the weights above are what counts.
	 */
	preset: string | null;
}

/** The current format version of `ScorecardState` (2 added `preset`; version 1 links still decode). */
export const SCORECARD_STATE_VERSION = 2;

/** The state a first-time reader sees: equal weights, the default languages, no edited scores. */
export function defaultScorecardState(catalog: ScorecardCatalog): ScorecardState {
	return {
		version: SCORECARD_STATE_VERSION,
		weights: Object.fromEntries(catalog.criteria.map((c) => [c.id, WEIGHT_DEFAULT])),
		languages: [...catalog.defaultLanguages],
		scores: {},
		preset: null,
	};
}

/** A language's score on every criterion: the reader's edit where there is one, else the data's. */
export function effectiveScores(
	catalog: ScorecardCatalog,
	state: ScorecardState,
	languageId: string,
): Record<string, number> {
	const language = catalog.languages.find((l) => l.id === languageId);
	const edits = state.scores[languageId] ?? {};
	return Object.fromEntries(catalog.criteria.map((c) => [c.id, edits[c.id] ?? language?.seeded[c.id] ?? SCORE_MIN]));
}
