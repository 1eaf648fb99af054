import { sortByOrder } from '../../src/shared/by-order';
import { defaultScorecardState, type ScorecardCatalog, type ScorecardState } from '../../src/tools/scorecard/model';
import { readDataFolder } from './data-files';

interface CriterionFile {
	label: string;
	scorecard: boolean;
	order: number;
}
interface PresetFile {
	label: string;
	order: number;
	weights: { criterion: string; weight: number }[];
}
interface LanguageFile {
	name: string;
	order: number;
	ratings: { criterion: string; score: number }[];
}

/** A data folder's entries as `{ id, data }`, in their display order (the site's own `byOrder`). */
function inOrder<T extends { order: number }>(folder: string): { id: string; data: T }[] {
	return sortByOrder([...readDataFolder(folder)].map(([id, data]) => ({ id, data: data as T })));
}

/**
 * The scorecard catalog built from the real data files, the way `src/tools/scorecard/data.ts` builds it
 * from the collections, so unit tests run against the numbers readers see.
 */
export function realScorecardCatalog(): ScorecardCatalog {
	const criteria = inOrder<CriterionFile>('criteria')
		.filter(({ data }) => data.scorecard)
		.map(({ id, data }) => ({ id, label: data.label }));
	const languages = inOrder<LanguageFile>('languages').map(({ id, data }) => ({
		id,
		name: data.name,
		seeded: Object.fromEntries(data.ratings.map((r) => [r.criterion, r.score])),
	}));
	const presets = inOrder<PresetFile>('presets').map(({ id, data }) => ({
		id,
		label: data.label,
		weights: Object.fromEntries(data.weights.map((w) => [w.criterion, w.weight])),
	}));
	return { criteria, languages, defaultLanguages: ['python', 'node-typescript', 'go', 'java-kotlin'], presets };
}

/** A small catalog for hand-computed cases: two criteria, three languages. */
export const tinyCatalog: ScorecardCatalog = {
	criteria: [
		{ id: 'speed', label: 'Speed' },
		{ id: 'cost', label: 'Cost' },
	],
	languages: [
		{ id: 'alpha', name: 'Alpha', seeded: { speed: 5, cost: 1 } },
		{ id: 'beta', name: 'Beta', seeded: { speed: 1, cost: 4 } },
		{ id: 'gamma', name: 'Gamma', seeded: { speed: 3, cost: 3 } },
	],
	defaultLanguages: ['alpha', 'beta'],
};

/** The real catalog and its default state (equal weights, the default languages), for codec tests. */
export function realScorecardDefaults(): { catalog: ScorecardCatalog; defaults: ScorecardState } {
	const catalog = realScorecardCatalog();
	return { catalog, defaults: defaultScorecardState(catalog) };
}
