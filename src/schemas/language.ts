import { z } from 'astro/zod';
import { idOf, type KnownIds } from './ids';
import { isoDate } from './iso-date';
import { ratingSchema } from './rating';
import { reportRepeats } from './report-repeats';

/** One dated fact of a profile's "state in late 2026" panel, with the primary sources behind it. */
function stateFactSchema(known: KnownIds) {
	return z.object({
		/** What the fact is about, such as "Current stable" or "Support window". */
		label: z.string().min(2),
		/** The fact itself, in the project's words, with its "as of" where it can change. */
		value: z.string().min(3),
		/** The primary sources (release notes, official docs) that state it; at least one. */
		sources: z.array(idOf('sources', known)).min(1, 'a dated fact needs a primary source'),
	});
}

/** The names of the layers of a profile's production stack, in the order they are shown. */
export const STACK_LAYERS = ['http', 'database', 'jobs', 'testing', 'observability'] as const;
export type StackLayer = (typeof STACK_LAYERS)[number];

/** One layer of a concrete production stack: the usual tools, and the sources that describe them. */
function stackLayerSchema(known: KnownIds) {
	return z.object({
		/** The tools a team would usually pick for this layer, such as "Axum or Actix Web on Tokio". */
		choice: z.string().min(3),
		/** The sources that name these tools, by id; tool names are not figures, so this may be empty. */
		sources: z.array(idOf('sources', known)).default([]),
	});
}

/** A framework or library a profile recommends, with when to pick it. */
function frameworkSchema(known: KnownIds) {
	return z.object({
		/** Its name, such as "FastAPI". */
		name: z.string().min(1),
		/** What kind of tool it is, such as "async API framework" or "ORM". */
		kind: z.string().min(1),
		/** When a team should pick it over the alternatives, in one sentence. */
		pickWhen: z.string().min(10),
		/** The sources that name it; a tool name is not a figure, so this may be empty. */
		sources: z.array(idOf('sources', known)).default([]),
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
			/** A runtime's ways to start faster (native images, snapshots, ahead-of-time compilation). */
			coldStartOptions: z
				.array(
					z.object({
						/** The option's name, such as "GraalVM native image". */
						name: z.string().min(2),
						/** What it does and what it costs, in a sentence. */
						note: z.string().min(10),
						/** The primary sources that describe it; at least one. */
						sources: z.array(idOf('sources', known)).min(1, 'must name at least one source'),
					}),
				)
				.min(1, 'name at least one cold-start option, even if it is "nothing needed"'),
			/** A concrete production stack, layer by layer. */
			stack: z.object({
				/** The HTTP framework. */
				http: stackLayerSchema(known),
				/** Database access: driver, query builder or ORM, and migrations. */
				database: stackLayerSchema(known),
				/** Background jobs and queues. */
				jobs: stackLayerSchema(known),
				/** Testing tools. */
				testing: stackLayerSchema(known),
				/** Logs, metrics and traces. */
				observability: stackLayerSchema(known),
			}),
			/** The "state in late 2026" panel: versions, support windows and the past year's changes. */
			state: z.object({
				/** The day these facts were true, `YYYY-MM-DD`. */
				asOf: isoDate,
				/** Current stable and long-term-support versions and support windows. */
				versions: z.array(stateFactSchema(known)).min(1),
				/** What changed in the last year that matters for a backend choice. */
				changes: z.array(stateFactSchema(known)).min(1),
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
			const seen = reportRepeats(
				language.ratings.map((rating, i) => ({ value: rating.criterion, path: ['ratings', i, 'criterion'] })),
				ctx,
				(criterion) => `criterion "${criterion}" is rated twice`,
			);
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
