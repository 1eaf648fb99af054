import type { ScorecardCatalog } from '../../src/lib/scorecard';
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

/**
 * The scorecard catalog built from the real data files, the way `src/data/scorecard.ts` builds it
 * from the collections, so unit tests run against the numbers readers see.
 */
export function realScorecardCatalog(): ScorecardCatalog {
	const criteria = [...readDataFolder('criteria')]
		.map(([id, data]) => ({ id, ...(data as CriterionFile) }))
		.filter((c) => c.scorecard)
		.sort((a, b) => a.order - b.order)
		.map(({ id, label }) => ({ id, label }));
	const languages = [...readDataFolder('languages')]
		.map(([id, data]) => ({ id, ...(data as LanguageFile) }))
		.sort((a, b) => a.order - b.order)
		.map(({ id, name, ratings }) => ({
			id,
			name,
			seeded: Object.fromEntries(ratings.map((r) => [r.criterion, r.score])),
		}));
	const presets = [...readDataFolder('presets')]
		.map(([id, data]) => ({ id, ...(data as PresetFile) }))
		.sort((a, b) => a.order - b.order)
		.map(({ id, label, weights }) => ({
			id,
			label,
			weights: Object.fromEntries(weights.map((w) => [w.criterion, w.weight])),
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
