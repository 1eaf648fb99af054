import {
	defaultScorecardState,
	type ScorecardCatalog,
	type ScorecardState,
	toScorecardCatalog,
} from '../../src/tools/scorecard/model';
import { readDataFolder } from './data-files';

// biome-ignore lint/suspicious/noExplicitAny: the YAML is validated by the schemas' own tests; here it is passed through.
const entries = (folder: string): { id: string; data: any }[] =>
	[...readDataFolder(folder)].map(([id, data]) => ({ id, data }));

/** The scorecard catalog built from the real data files by the site's own `toScorecardCatalog`. */
export function realScorecardCatalog(): ScorecardCatalog {
	return toScorecardCatalog({
		criteria: entries('criteria'),
		languages: entries('languages'),
		presets: entries('presets'),
	});
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
