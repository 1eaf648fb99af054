import type { ScorecardData } from '../lib/scorecard';
import { getCriteria, getLanguages, getSources, languageHref, sourceHref } from './collections';

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
	const [criteria, languages, sources] = await Promise.all([getCriteria(true), getLanguages(), getSources()]);
	const sourceTitle = new Map(sources.map((s) => [s.id, s.data.title]));
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
								title: sourceTitle.get(e.source) ?? e.source,
								href: sourceHref(e.source),
							})),
						},
					]),
				),
			};
		}),
		defaultLanguages: DEFAULT_SCORECARD_LANGUAGES,
	};
}
