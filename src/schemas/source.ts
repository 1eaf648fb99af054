import { z } from 'astro/zod';

/**
 * A source the playbook draws facts from: one of the five articles, or an external reference they
 * cite (a survey, a usage statistic, a benchmark).
 */
export const sourceSchema = z.object({
	/** The title as the source gives it. */
	title: z.string().min(1),
	/** A short label for inline citations, such as "Mindtech" (at most 24 characters). */
	cite: z.string().min(1).max(24),
	/** Who published it (a company, a site or a survey), without promotion. */
	publisher: z.string().min(1),
	/** Whether it is one of the five articles the playbook is built on, or a reference they cite. */
	kind: z.enum(['article', 'survey', 'statistics', 'benchmark', 'documentation', 'discussion']),
	/** Where to read it, if it has a stable public address. */
	url: z.url().optional(),
	/** When it was published or last updated, as the source states it (free text, such as "March 2026"). */
	date: z.coerce.string().optional(),
	/** What the playbook takes from it, in a sentence or two. */
	usedFor: z.string().min(10),
	/** Where it stands on the questions the sources disagree about, if it takes a side. */
	stance: z.string().optional(),
});

export type Source = z.infer<typeof sourceSchema>;
