import { z } from 'astro/zod';
import { idOf, type KnownIds } from './ids';
import { isoDate } from './iso-date';
import { reportRepeats } from './report-repeats';

/** The lowest and highest step of every rating scale. */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** A whole step on the 1–5 scale, with a message that says so. */
const step = z
	.number()
	.int('must be a whole step of the scale')
	.min(RATING_MIN, `must be on the ${RATING_MIN}–${RATING_MAX} scale`)
	.max(RATING_MAX, `must be on the ${RATING_MIN}–${RATING_MAX} scale`);

/**
 * What one cited source itself says on a criterion: its own label or figure, and where it says it.
 * Shown beside our score, so a reader can see how we got from the source to the step.
 */
function evidenceSchema(known: KnownIds) {
	return z.object({
		/** The source, by id (a file in `content/data/sources/`); it must rate this rating's criterion. */
		source: idOf('sources', known),
		/** The source's own label or figure, kept short, such as "Very large" or "Mature". */
		says: z
			.string()
			.min(2, 'must give the label or figure the source uses')
			.max(80, 'keep the label short (80 characters or fewer)'),
		/** Where in the source it says so: a section, table or column name. */
		where: z.string().min(3, 'must name the section of the source that says it'),
	});
}

/** One change of a rating's score: when, from which step to which, and why. */
const historySchema = z
	.object({
		/** The day the change was made, `YYYY-MM-DD`. */
		date: isoDate,
		/** The score before the change. */
		from: step,
		/** The score after the change. */
		to: step,
		/** Why it moved, in a sentence. */
		why: z.string().min(20, 'needs a short reason (20 characters or more)'),
	})
	.refine((change) => change.from !== change.to, { message: 'a change must move the score', path: ['to'] });

/**
 * One rating of a language on one criterion. The scale itself (what each step means) lives on the
 * criterion, so a rating carries the score, why, the evidence per source, when it was last
 * reviewed and how it has moved.
 */
export function ratingSchema(known: KnownIds) {
	return z
		.object({
			/** The criterion this rating scores, by id (a file in `content/data/criteria/`). */
			criterion: idOf('criteria', known),
			/** The step on the criterion's scale, an integer from 1 (weakest) to 5 (strongest). */
			score: step,
			/** One or two sentences on why this step, in the project's own words. */
			why: z.string().min(20, 'needs a short justification (20 characters or more)'),
			/** Per cited source, its own label and where it says it; at least one. */
			evidence: z.array(evidenceSchema(known)).min(1, 'must cite at least one source with its label'),
			/** The day the rating was last checked against its sources, `YYYY-MM-DD`. */
			reviewed: isoDate,
			/** Every change of the score, oldest first; the newest one ends at the current score. */
			history: z.array(historySchema).default([]),
		})
		.superRefine((rating, ctx) => {
			// A source may only back a rating on a criterion it actually speaks to; a web-usage
			// statistic cannot stand behind a hiring score.
			rating.evidence.forEach((item, i) => {
				const rates = known.sourceRates?.get(item.source);
				if (rates && !rates.has(rating.criterion)) {
					ctx.addIssue({
						code: 'custom',
						path: ['evidence', i, 'source'],
						message: `source "${item.source}" does not rate criterion "${rating.criterion}" (it rates: ${[...rates].sort().join(', ') || 'nothing'})`,
					});
				}
			});
			reportRepeats(
				rating.evidence.map((item, i) => ({ value: item.source, path: ['evidence', i, 'source'] })),
				ctx,
				(source) => `source "${source}" is cited twice`,
			);
			const last = rating.history.at(-1);
			if (last && last.to !== rating.score) {
				ctx.addIssue({
					code: 'custom',
					path: ['history', rating.history.length - 1, 'to'],
					message: `the newest change ends at ${last.to} but the score is ${rating.score}`,
				});
			}
			for (let i = 1; i < rating.history.length; i++) {
				if (rating.history[i]!.date < rating.history[i - 1]!.date) {
					ctx.addIssue({
						code: 'custom',
						path: ['history', i, 'date'],
						message: 'changes must be listed oldest first',
					});
				}
			}
			if (last && last.date > rating.reviewed) {
				ctx.addIssue({
					code: 'custom',
					path: ['reviewed'],
					message: 'a rating changed after its review date must be reviewed again',
				});
			}
		});
}

export type Rating = z.infer<ReturnType<typeof ratingSchema>>;
export type RatingChange = Rating['history'][number];
