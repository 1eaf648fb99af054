import { z } from 'astro/zod';
import { RATING_MAX, RATING_MIN } from './rating';

/** The meaning of one step of a criterion's scale. */
const stepSchema = z.object({
	/** The score this step stands for, 1 to 5. */
	score: z.number().int().min(RATING_MIN).max(RATING_MAX),
	/** A short name for the step, such as "Thin" or "Best in class". */
	label: z.string().min(1),
	/** What a language at this step is like, in one sentence. */
	meaning: z.string().min(10),
});

/**
 * A criterion languages are rated on. The five with `scorecard: true` are the decision scorecard's
 * rows; the others (CPU-bound and I/O-bound performance, learning curve) appear on profiles and in
 * the comparison table.
 */
export const criterionSchema = z.object({
	/** Display name, such as "AI ecosystem". */
	label: z.string().min(1),
	/** A short label for narrow table headers, such as "AI". */
	short: z.string().min(1).max(14),
	/** The question this criterion answers for a reader, as one sentence. */
	question: z.string().min(10),
	/** What to check when scoring it, from the scorecard of the sources. */
	whatToCheck: z.array(z.string().min(3)).min(1),
	/** Whether the decision scorecard uses it as a row. */
	scorecard: z.boolean(),
	/** Order in tables and on the scorecard, lowest first. */
	order: z.number().int(),
	/** The scale: exactly one step for each score from 1 to 5, in order. */
	scale: z
		.array(stepSchema)
		.length(RATING_MAX - RATING_MIN + 1, 'must define every step from 1 to 5')
		.refine((steps) => steps.every((step, i) => step.score === RATING_MIN + i), {
			message: 'steps must be listed in order 1, 2, 3, 4, 5',
		}),
});

export type Criterion = z.infer<typeof criterionSchema>;
