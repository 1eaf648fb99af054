import type { z } from 'astro/zod';

/**
 * Reports, at the path where it repeats, every value that appears more than once in `items`, with
 * the message `describe(value)`; returns the set of values seen, for checks of what is missing.
 * One helper for every "listed twice" rule of the schemas (ratings, evidence, tick ids).
 */
export function reportRepeats(
	items: { value: string; path: (string | number)[] }[],
	ctx: z.RefinementCtx,
	describe: (value: string) => string,
): Set<string> {
	const seen = new Set<string>();
	for (const { value, path } of items) {
		if (seen.has(value)) ctx.addIssue({ code: 'custom', path, message: describe(value) });
		seen.add(value);
	}
	return seen;
}
