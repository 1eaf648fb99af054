import { z } from 'astro/zod';
import { idOf, type KnownIds } from './ids';

/** The lowest and highest step of every rating scale. */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

/**
 * One rating of a language on one criterion. The scale itself (what each step means) lives on the
 * criterion, so a rating only carries the score, why, and where the claim comes from.
 */
export function ratingSchema(known: KnownIds) {
	return z.object({
		/** The criterion this rating scores, by id (a file in `content/data/criteria/`). */
		criterion: idOf('criteria', known),
		/** The step on the criterion's scale, an integer from 1 (weakest) to 5 (strongest). */
		score: z
			.number()
			.int('must be a whole step of the scale')
			.min(RATING_MIN, `must be on the ${RATING_MIN}–${RATING_MAX} scale`)
			.max(RATING_MAX, `must be on the ${RATING_MIN}–${RATING_MAX} scale`),
		/** One or two sentences on why this step, in the project's own words. */
		why: z.string().min(20, 'needs a short justification (20 characters or more)'),
		/** The sources this rating draws on, by id (files in `content/data/sources/`); at least one. */
		sources: z.array(idOf('sources', known)).min(1, 'must name at least one source'),
	});
}

export type Rating = z.infer<ReturnType<typeof ratingSchema>>;
