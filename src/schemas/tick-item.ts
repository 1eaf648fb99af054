import { z } from 'astro/zod';
import { slug } from './ids';
import { reportRepeats } from './report-repeats';

/**
 * One line a reader can tick on a printed or on-screen checklist. The id is what the browser
 * remembers, so it must stay stable when the wording changes.
 */
export const tickItemSchema = z.object({
	/** A kebab-case id, unique within its page; ticks are stored under it. */
	id: slug,
	/** What the line says, in one sentence or phrase. */
	text: z.string().min(3),
});

export type TickItem = z.infer<typeof tickItemSchema>;

/**
 * Reports every tick id that appears more than once in `ids`, at the path where it repeats, so
 * two lines of one page never share a remembered tick.
 */
export function reportDuplicateTickIds(items: { id: string; path: (string | number)[] }[], ctx: z.RefinementCtx): void {
	reportRepeats(
		items.map(({ id, path }) => ({ value: id, path })),
		ctx,
		(id) => `item id "${id}" is used twice on this page`,
	);
}
