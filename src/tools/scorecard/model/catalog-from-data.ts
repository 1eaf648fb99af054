import { sortByOrder } from '../../../common/by-order';
import type { ScorecardCatalog } from './catalog';

/**
 * The entries the scorecard's catalog is made from, as plain objects: the site passes its
 * collection entries, the tests the parsed data files, so both get the same catalog.
 */
export interface CatalogEntries {
	criteria: readonly { id: string; data: { label: string; scorecard: boolean; order: number } }[];
	languages: readonly {
		id: string;
		data: { name: string; order: number; ratings: readonly { criterion: string; score: number }[] };
	}[];
	presets: readonly {
		id: string;
		data: { label: string; order: number; weights: readonly { criterion: string; weight: number }[] };
	}[];
}

/**
 * The languages a first-time reader compares: the two defaults the sources argue about (Python and
 * Node.js/TypeScript), the usual second language (Go) and the enterprise default (Java/Kotlin).
 */
export const DEFAULT_SCORECARD_LANGUAGES: readonly string[] = ['python', 'node-typescript', 'go', 'java-kotlin'];

/**
 * The scorecard's catalog: its criteria (those marked `scorecard`), every language with its seeded
 * scores on those criteria, and the presets, each in display order.
 */
export function toScorecardCatalog(entries: CatalogEntries): ScorecardCatalog {
	const criteria = sortByOrder(entries.criteria)
		.filter(({ data }) => data.scorecard)
		.map(({ id, data }) => ({ id, label: data.label }));
	const onScorecard = new Set(criteria.map((c) => c.id));
	const languages = sortByOrder(entries.languages).map(({ id, data }) => ({
		id,
		name: data.name,
		seeded: Object.fromEntries(
			data.ratings.filter((r) => onScorecard.has(r.criterion)).map((r) => [r.criterion, r.score]),
		),
	}));
	const presets = sortByOrder(entries.presets).map(({ id, data }) => ({
		id,
		label: data.label,
		weights: Object.fromEntries(data.weights.map((w) => [w.criterion, w.weight])),
	}));
	return { criteria, languages, defaultLanguages: DEFAULT_SCORECARD_LANGUAGES, presets };
}
