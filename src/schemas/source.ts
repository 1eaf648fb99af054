import { z } from 'astro/zod';
import { idOf, type KnownIds } from './ids';
import { isoDate } from './iso-date';

/** The ids of the five articles the playbook is built on; every other source is a reference. */
export const SEED_ARTICLES = [
	'thirstysprout-2026',
	'operating-model-2026',
	'mindtech-2026',
	'startup-backend-2026',
	'dev-partner-2026',
] as const;

/**
 * A source the playbook draws facts from: one of the five articles, an external reference they
 * cite (a survey, a usage statistic, a benchmark), or a primary source we checked ourselves
 * (release notes, official documentation).
 */
export function sourceSchema(known: KnownIds) {
	return z
		.object({
			/** The title as the source gives it. */
			title: z.string().min(1),
			/** A short label for inline citations, such as "Mindtech" (at most 24 characters); its name in prose too. */
			cite: z.string().min(1).max(24),
			/** Who published it (a company, a site or a survey), without promotion. */
			publisher: z.string().min(1),
			/** What kind of source it is; `documentation` covers official docs and release notes. */
			kind: z.enum(['article', 'survey', 'statistics', 'benchmark', 'documentation', 'discussion', 'news']),
			/** Where to read it, if it has a stable public address. */
			url: z.url().optional(),
			/** When it was published or last updated, as the source states it (free text, such as "March 2026"). */
			date: z.coerce.string().optional(),
			/** The day we last read it, `YYYY-MM-DD`; required when the source has a `url`. */
			accessed: isoDate.optional(),
			/** What the playbook takes from it, in a sentence or two. */
			usedFor: z.string().min(10),
			/** Where it stands on the questions the sources disagree about, if it takes a side. */
			stance: z.string().optional(),
			/**
			 * The criteria it speaks to, by id. A rating may cite it only on these; a source that rates
			 * none (a release note, a usage statistic) backs facts, not scores.
			 */
			rates: z.array(idOf('criteria', known)).default([]),
		})
		.superRefine((source, ctx) => {
			if (source.url && !source.accessed) {
				ctx.addIssue({
					code: 'custom',
					path: ['accessed'],
					message: 'a source with a url needs the date we read it (accessed: YYYY-MM-DD)',
				});
			}
		});
}

export type Source = z.infer<ReturnType<typeof sourceSchema>>;
