import type { CatalogCriterion, CatalogLanguage, CatalogPreset, ScorecardCatalog } from './catalog';

/** A criterion with what the reader needs to weigh it. */
export interface ScorecardCriterionView extends CatalogCriterion {
	/** The question the criterion answers. */
	question: string;
	/** What to check when scoring it. */
	whatToCheck: string[];
	/** The five steps of its scale, 1 first, each with a short label and its meaning. */
	scale: { score: number; label: string; meaning: string }[];
}

/** Why a language has its seeded score on one criterion, and where that comes from. */
export interface ScorecardRatingView {
	why: string;
	sources: { title: string; href: string }[];
}

/** A language with what the reader needs to judge its scores. */
export interface ScorecardLanguageView extends CatalogLanguage {
	/** The profile page. */
	href: string;
	/** The reason and sources behind each seeded score, by criterion id. */
	ratings: Record<string, ScorecardRatingView>;
}

/** A preset with what the reader needs to judge it. */
export interface ScorecardPresetView extends CatalogPreset {
	/** The situation it is for, in one sentence. */
	summary: string;
	/** The scenario or page its weights come from. */
	basis: { title: string; href: string };
	/** Why each weight is what it is, by criterion id. */
	why: Record<string, string>;
}

/** The island's props: the catalog plus what the view shows; plain data, serialisable as JSON. */
export interface ScorecardData extends ScorecardCatalog {
	criteria: ScorecardCriterionView[];
	languages: ScorecardLanguageView[];
	presets: ScorecardPresetView[];
}
