import { getCollection } from 'astro:content';
import {
	getCriteria,
	getLanguages,
	getPresets,
	getScenarios,
	getSources,
	languageHref,
	scenarioHref,
	sourceHref,
} from '../../collections/collections';
import { type ScorecardData, toScorecardCatalog } from './model';

/**
 * Everything the scorecard island needs, read from the collections: the five scorecard criteria
 * with their scales, and every language with its seeded scores and the reasons and sources behind
 * them. The decision record can build the same catalog to decode a scorecard link.
 */
export async function getScorecardData(): Promise<ScorecardData> {
	const [criteria, languages, sources, presets, scenarios] = await Promise.all([
		getCriteria(true),
		getLanguages(),
		getSources(),
		getPresets(),
		getScenarios(),
	]);
	const docs = await getCollection('docs');
	/** The title of the page at a site path; a preset naming a missing page stops the build. */
	const pageTitle = (path: string) => {
		const doc = docs.find((d) => `/${d.id}/` === path);
		if (!doc) throw new Error(`A scorecard preset names the page ${path}, which does not exist`);
		return doc.data.title;
	};
	const sourceData = new Map(sources.map((s) => [s.id, s.data]));
	// The catalog the scorecard's logic works on, made as the tests make it; the rest is for the view.
	const catalog = toScorecardCatalog({ criteria, languages, presets });
	const onScorecard = catalog.criteria.map((c) => c.id);
	const entry = <T extends { id: string }>(list: readonly T[], id: string) => list.find((e) => e.id === id)!;
	return {
		defaultLanguages: catalog.defaultLanguages,
		criteria: catalog.criteria.map((c) => {
			const { question, whatToCheck, scale } = entry(criteria, c.id).data;
			return { ...c, question, whatToCheck, scale };
		}),
		languages: catalog.languages.map((lang) => {
			const ratings = entry(languages, lang.id).data.ratings.filter((r) => onScorecard.includes(r.criterion));
			return {
				...lang,
				href: languageHref(lang.id),
				ratings: Object.fromEntries(
					ratings.map((r) => [
						r.criterion,
						{
							why: r.why,
							sources: r.evidence.map((e) => ({
								title: sourceData.get(e.source)?.title ?? e.source,
								href: sourceHref(e.source, sourceData.get(e.source)?.kind ?? ''),
							})),
						},
					]),
				),
			};
		}),
		presets: (catalog.presets ?? []).map((preset) => {
			const { data } = entry(presets, preset.id);
			// A preset must weigh exactly the scorecard's criteria; the schema only knows criterion ids.
			const weighed = data.weights.map((w) => w.criterion).sort();
			const expected = [...onScorecard].sort();
			if (weighed.join() !== expected.join()) {
				throw new Error(
					`content/data/presets/${preset.id}.yaml must weigh exactly the scorecard criteria (${expected.join(', ')}); it weighs ${weighed.join(', ')}`,
				);
			}
			const scenario = scenarios.find((s) => s.id === data.scenario);
			return {
				...preset,
				summary: data.summary,
				basis: scenario
					? { title: scenario.data.title, href: scenarioHref(scenario.id) }
					: { title: pageTitle(data.page ?? '/'), href: data.page ?? '/' },
				why: Object.fromEntries(data.weights.map((w) => [w.criterion, w.why])),
			};
		}),
	};
}
