import { z } from 'astro/zod';
import { idOf, type KnownIds } from './ids';
import { ratingSchema } from './rating';

/** A framework or library a profile recommends, with when to pick it. */
function frameworkSchema(known: KnownIds) {
	return z.object({
		/** Its name, such as "FastAPI". */
		name: z.string().min(1),
		/** What kind of tool it is, such as "async API framework" or "ORM". */
		kind: z.string().min(1),
		/** When a team should pick it over the alternatives, in one sentence. */
		pickWhen: z.string().min(10),
		/** The sources that name it. */
		sources: z.array(idOf('sources', known)).min(1, 'must name at least one source'),
	});
}

/**
 * A backend language profile: the facts a profile page, the comparison table, the stack picker and
 * the scorecard share. One file per language in `content/data/languages/`.
 */
export function languageSchema(known: KnownIds) {
	return z
		.object({
			/** The display name, such as "Node.js / TypeScript". */
			name: z.string().min(1),
			/** A short name for tight spaces, such as "Node.js". */
			short: z.string().min(1).max(16),
			/** One line on what the language is for a startup, in the project's words. */
			tagline: z.string().min(10),
			/** Order in lists and tables, lowest first. */
			order: z.number().int(),
			/** What it is best for, as short phrases. */
			bestFor: z.array(z.string().min(3)).min(1),
			/** Where it is weaker, as short phrases. */
			weakerAt: z.array(z.string().min(3)).min(1),
			/** One rating per criterion, each on the criterion's 1–5 scale. */
			ratings: z.array(ratingSchema(known)).min(1),
			/** The main frameworks and libraries, with when to pick each. */
			frameworks: z.array(frameworkSchema(known)).min(1),
			/** The AI/ML and data libraries the sources name for it. */
			aiLibraries: z.array(z.string().min(1)),
			/** Runtime and operations notes: containers, cold starts, memory. */
			operations: z.object({
				/** Image size and build notes for containers. */
				containers: z.string().min(10),
				/** How fast it starts, which matters for serverless. */
				coldStart: z.string().min(10),
				/** Memory footprint under load. */
				memory: z.string().min(10),
			}),
			/** Situations where it is the right call. */
			chooseWhen: z.array(z.string().min(3)).min(1),
			/** Situations where it is the wrong call. */
			avoidWhen: z.array(z.string().min(3)).min(1),
			/** The scenarios it fits, by id (files in `content/data/scenarios/`). */
			scenarios: z.array(idOf('scenarios', known)),
			/** What to look for when hiring for it, as short phrases. */
			hiringSignals: z.array(z.string().min(3)).min(1),
		})
		.superRefine((language, ctx) => {
			// Every criterion is rated exactly once, so tables and the scorecard never meet a gap.
			const seen = new Set<string>();
			language.ratings.forEach((rating, i) => {
				if (seen.has(rating.criterion)) {
					ctx.addIssue({
						code: 'custom',
						path: ['ratings', i, 'criterion'],
						message: `criterion "${rating.criterion}" is rated twice`,
					});
				}
				seen.add(rating.criterion);
			});
			for (const criterion of known.criteria) {
				if (!seen.has(criterion)) {
					ctx.addIssue({
						code: 'custom',
						path: ['ratings'],
						message: `missing a rating for criterion "${criterion}"`,
					});
				}
			}
		});
}

export type Language = z.infer<ReturnType<typeof languageSchema>>;
