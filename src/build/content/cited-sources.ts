/**
 * The source ids a set of data values cites: every string under a `source` key and every string in a
 * `sources` list, at any depth. Ratings' evidence, frameworks, stacks, state panels, scenarios, the
 * picker, the hiring data and pages' frontmatter all cite sources this way, so one walk covers them.
 */
export function citedSourceIds(values: Iterable<unknown>): Set<string> {
	const cited = new Set<string>();
	const walk = (value: unknown): void => {
		if (value === null || typeof value !== 'object') return;
		// An array is an object whose keys are its indexes (never "source" or "sources"), so the same
		// loop walks its items.
		for (const [key, child] of Object.entries(value)) {
			if (key === 'source' && typeof child === 'string') cited.add(child);
			else if (key === 'sources' && Array.isArray(child)) {
				for (const id of child) if (typeof id === 'string') cited.add(id);
			}
			walk(child);
		}
	};
	for (const value of values) walk(value);
	return cited;
}
