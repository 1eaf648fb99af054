const counts = new WeakMap<object, Map<string, number>>();

/**
 * A prefix for element ids that is unique within one page: `base` for the first instance of a
 * component on the page, then `base-2`, `base-3`… `scope` is anything that lives exactly as long as
 * the page's render (Astro's `Astro.request`), so every page starts again at `base`. Two stack
 * pickers on one page thus get distinct ids and radio-group names.
 */
export function instanceId(scope: object, base: string): string {
	const byBase = counts.get(scope) ?? new Map<string, number>();
	counts.set(scope, byBase);
	const n = (byBase.get(base) ?? 0) + 1;
	byBase.set(base, n);
	return n === 1 ? base : `${base}-${n}`;
}
