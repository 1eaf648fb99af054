import { z } from 'astro/zod';

/**
 * The ids an entry may point at, gathered from the data folders before validation. Passing them in
 * keeps every schema a plain function of its inputs, so unit tests can build schemas with test ids.
 */
export interface KnownIds {
	languages: ReadonlySet<string>;
	scenarios: ReadonlySet<string>;
	criteria: ReadonlySet<string>;
	sources: ReadonlySet<string>;
	/**
	 * Which criteria each source rates (its `rates` field), by source id. When given, a rating that
	 * cites a source on a criterion it does not rate fails validation; unit tests may leave it out.
	 */
	sourceRates?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A kebab-case slug, the shape of every entry id (it is the data file's name). */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');

/**
 * A string that must be one of `known`, so that a typo in a cross reference fails validation with
 * the field's path and the unknown id, instead of a broken link at run time.
 */
/** The id kinds a cross reference can point at. */
type IdKind = 'languages' | 'scenarios' | 'criteria' | 'sources';

const SINGULAR: Record<IdKind, string> = {
	languages: 'language',
	scenarios: 'scenario',
	criteria: 'criterion',
	sources: 'source',
};

export function idOf(kind: IdKind, known: KnownIds) {
	return z.string().refine((id) => known[kind].has(id), {
		error: (issue) =>
			`unknown ${SINGULAR[kind]} id "${String(issue.input)}" (known: ${[...known[kind]].sort().join(', ') || 'none'})`,
	});
}
