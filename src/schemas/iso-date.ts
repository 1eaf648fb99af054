import { z } from 'astro/zod';

/** A calendar date written as `YYYY-MM-DD`. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date in ISO form (`2026-11-30`). YAML loaders disagree on unquoted dates (Astro's
 * turns them into `Date` objects, the `yaml` package keeps strings), so both are accepted and the
 * result is always the `YYYY-MM-DD` string, which sorts and compares as text.
 */
export const isoDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
	const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value;
	// A string such as 2026-02-30 matches the pattern but is no real day, so round-trip it.
	const real = ISO_DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
	if (!real) {
		ctx.addIssue({ code: 'custom', message: 'must be a real date written as YYYY-MM-DD' });
		return z.NEVER;
	}
	return text;
});
