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
import type { ScorecardData } from './model';

/**
 * The languages a first-time reader compares: the two defaults the sources argue about (Python and
 * Node.js/TypeScript), the usual second language (Go) and the enterprise default (Java/Kotlin).
 */
export const DEFAULT_SCORECARD_LANGUAGES = ['python', 'node-typescript', 'go', 'java-kotlin'];

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
	const criterionIds = new Set(criteria.map((c) => c.id));
	return {
		criteria: criteria.map((c) => ({
			id: c.id,
			label: c.data.label,
			question: c.data.question,
			whatToCheck: c.data.whatToCheck,
			scale: c.data.scale,
		})),
		languages: languages.map((lang) => {
			const ratings = lang.data.ratings.filter((r) => criterionIds.has(r.criterion));
			return {
				id: lang.id,
				name: lang.data.name,
				href: languageHref(lang.id),
				seeded: Object.fromEntries(ratings.map((r) => [r.criterion, r.score])),
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
		defaultLanguages: DEFAULT_SCORECARD_LANGUAGES,
		presets: presets.map((preset) => {
			// A preset must weigh exactly the scorecard's criteria; the schema only knows criterion ids.
			const weighed = preset.data.weights.map((w) => w.criterion).sort();
			const expected = [...criterionIds].sort();
			if (weighed.join() !== expected.join()) {
				throw new Error(
					`content/data/presets/${preset.id}.yaml must weigh exactly the scorecard criteria (${expected.join(', ')}); it weighs ${weighed.join(', ')}`,
				);
			}
			const scenario = scenarios.find((s) => s.id === preset.data.scenario);
			return {
				id: preset.id,
				label: preset.data.label,
				summary: preset.data.summary,
				basis: scenario
					? { title: scenario.data.title, href: scenarioHref(scenario.id) }
					: { title: pageTitle(preset.data.page ?? '/'), href: preset.data.page ?? '/' },
				weights: Object.fromEntries(preset.data.weights.map((w) => [w.criterion, w.weight])),
				why: Object.fromEntries(preset.data.weights.map((w) => [w.criterion, w.why])),
			};
		}),
	};
}
