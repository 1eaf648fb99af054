import { z } from 'astro/zod';
import { idOf, type KnownIds, slug } from './ids';

/** A word in a situation that links to its entry on the glossary page. */
const glossaryTermSchema = z.object({
	/** The term as the situation spells it, such as "JVM"; its first occurrence becomes the link. */
	term: z.string().min(1),
	/** The term's anchor on the glossary page, such as `jvm` for `/reference/glossary/#jvm`. */
	anchor: slug,
});

/** One row of the home page's table: a situation and the language to start with in it. */
function situationRowSchema(known: KnownIds) {
	return z
		.object({
			/** The reader's situation, in a phrase they would recognise. */
			situation: z.string().min(10),
			/** Terms in `situation` to link to the glossary; each must appear in it. */
			glossary: z.array(glossaryTermSchema).default([]),
			/** The language to start with, by id; its name and profile link come from its data file. */
			language: idOf('languages', known),
			/** The framework to start with, named after the language ("with FastAPI"), if the row names one. */
			framework: z.string().min(1).optional(),
			/** A second language for a narrow part of the work, and when to reach for it. */
			alongside: z
				.object({
					/** The second language, by id. */
					language: idOf('languages', known),
					/** When it earns its place, read after its name ("only for a narrow hot path"). */
					when: z.string().min(5),
				})
				.optional(),
			/** Why this language fits the situation, in a sentence. */
			why: z.string().min(10),
		})
		.superRefine((row, ctx) => {
			row.glossary.forEach((entry, i) => {
				if (!row.situation.includes(entry.term)) {
					ctx.addIssue({
						code: 'custom',
						path: ['glossary', i, 'term'],
						message: `"${entry.term}" does not appear in the situation "${row.situation}"`,
					});
				}
			});
		});
}

/**
 * The home page's situation → language table (`content/data/situations/`), held as data so the
 * languages it names, and their links, cannot drift from the language files.
 */
export function situationTableSchema(known: KnownIds) {
	return z.object({
		/** The rows, in the order the table shows them. */
		rows: z.array(situationRowSchema(known)).min(1),
	});
}

/** The validated situation table. */
export type SituationTable = z.infer<ReturnType<typeof situationTableSchema>>;
/** One validated row of the situation table. */
export type SituationRow = SituationTable['rows'][number];
