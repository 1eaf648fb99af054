import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { byOrder } from '../common/by-order';

/** All languages, in display order. */
export async function getLanguages(): Promise<CollectionEntry<'languages'>[]> {
	return (await getCollection('languages')).sort(byOrder);
}

/** All scenarios, in display order. */
export async function getScenarios(): Promise<CollectionEntry<'scenarios'>[]> {
	return (await getCollection('scenarios')).sort(byOrder);
}

/** All criteria, in display order; pass `scorecardOnly` for the scorecard's five rows. */
export async function getCriteria(scorecardOnly = false): Promise<CollectionEntry<'criteria'>[]> {
	const all = (await getCollection('criteria')).sort(byOrder);
	return scorecardOnly ? all.filter((c) => c.data.scorecard) : all;
}

/** The scorecard's presets, in display order. */
export async function getPresets(): Promise<CollectionEntry<'presets'>[]> {
	return (await getCollection('presets')).sort(byOrder);
}

/** All sources, articles first, then the references they cite. */
export async function getSources(): Promise<CollectionEntry<'sources'>[]> {
	const rank = (s: CollectionEntry<'sources'>) => (s.data.kind === 'article' ? 0 : 1);
	return (await getCollection('sources')).sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

/** The home page's situation → language table, from `content/data/situations/at-a-glance.yaml`. */
export async function getSituationTable(): Promise<CollectionEntry<'situations'>['data']> {
	const entry = await getEntry('situations', 'at-a-glance');
	if (!entry) throw new Error('content/data/situations/at-a-glance.yaml is missing');
	return entry.data;
}

/**
 * Looks up an entry that validation has already proven to exist; throws with the id if it does not,
 * which can only happen if a page passes a literal id by mistake.
 */
export async function mustGet<C extends 'languages' | 'scenarios' | 'criteria' | 'sources'>(
	collection: C,
	id: string,
): Promise<CollectionEntry<C>> {
	const entry = await getEntry(collection, id);
	if (!entry) throw new Error(`No ${collection} entry with id "${id}"`);
	return entry as CollectionEntry<C>;
}

// The routes are plain code in src/common/routes.ts, so islands and src/lib can use them too.
export { glossaryHref, languageHref, scenarioHref, sourceHref } from '../common/routes';
