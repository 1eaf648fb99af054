import { z } from 'astro/zod';
import { idOf, type KnownIds } from './ids';

/** The kinds of page the playbook has; overrides and layouts branch on it. */
export const PAGE_KINDS = ['home', 'guide', 'language', 'scenario', 'tool', 'team', 'reference'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * Fields this project adds to Starlight's docs frontmatter. A language or scenario page names the
 * entry it renders, so the facts panel and the stack table are drawn from data.
 */
export function docsExtension(known: KnownIds) {
	return z.object({
		/** What kind of page this is. */
		kind: z.enum(PAGE_KINDS).default('guide'),
		/** The languages the page is about, by id; a language profile names exactly its own. */
		languages: z.array(idOf('languages', known)).default([]),
		/** The scenarios the page is about, by id; a scenario page names exactly its own. */
		scenarios: z.array(idOf('scenarios', known)).default([]),
		/** The sources the page's prose relies on, by id; listed at the foot of the page. */
		sources: z.array(idOf('sources', known)).default([]),
	});
}
