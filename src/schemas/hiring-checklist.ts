import { z } from 'astro/zod';
import { idOf, type KnownIds } from './ids';
import { reportDuplicateTickIds, tickItemSchema } from './tick-item';

/**
 * The placeholder a skill or prompt may contain where the chosen language's name belongs. The
 * checklist shows "your chosen language" there; the role brief shows the language's name.
 */
export const LANGUAGE_PLACEHOLDER = '{language}';

/** One of the three things a role definition must pin down before anyone is interviewed. */
const roleDefinitionPartSchema = tickItemSchema.extend({
	/** A short label, such as "Primary mission". */
	label: z.string().min(3),
	/** The blank a job brief leaves for the hiring manager to fill, in square brackets. */
	briefBlank: z.string().regex(/^\[.+\]$/, 'must be a fill-in blank in square brackets, such as "[Your cloud]"'),
});

/** One row of the skill matrix: a must-have skill and the nice-to-have that extends it. */
const skillRowSchema = z.object({
	/** The area both skills belong to, such as "Data". */
	area: z.string().min(2),
	/** The skill a candidate cannot be hired without. */
	mustHave: tickItemSchema,
	/** The skill that makes a strong candidate stronger but is not required. */
	niceToHave: tickItemSchema,
});

/** One question of the interview kit, with what good and poor answers sound like. */
const interviewQuestionSchema = tickItemSchema.extend({
	/** The interview stage it belongs to, such as "Technical screen". */
	stage: z.string().min(3),
	/** What the interviewer is trying to learn, in one sentence. */
	probes: z.string().min(10),
	/** What a strong answer sounds like. */
	strongAnswer: z.string().min(20),
	/** What a weak answer sounds like. */
	weakAnswer: z.string().min(20),
});

/** One level of the scoring rubric. */
const rubricLevelSchema = z.object({
	/** The score an interviewer writes down; levels run 1, 2, 3 … without gaps. */
	score: z.number().int().min(1),
	/** The level's name, such as "Strong yes". */
	label: z.string().min(2),
	/** The anchor: what an answer at this level looks like, so two interviewers score alike. */
	anchor: z.string().min(20),
});

/**
 * The backend hiring checklist: the role definition, the skill matrix, the interview kit and the
 * scoring rubric. The checklist page and the role brief both read it, from
 * `content/data/hiring/checklist.yaml`.
 */
export function hiringChecklistSchema(known: KnownIds) {
	return z
		.object({
			/** Tells this entry of the `hiring` collection apart from the onboarding plan. */
			kind: z.literal('checklist'),
			/** Primary mission, critical constraints and seniority signal, in that order. */
			roleDefinition: z.array(roleDefinitionPartSchema).length(3),
			/** Must-have versus nice-to-have skills, one row per area. */
			skillMatrix: z.array(skillRowSchema).min(3),
			/** The questions of the interview kit, in the order they are asked. */
			interviewKit: z.array(interviewQuestionSchema).min(4),
			/** The scoring rubric, lowest level first. */
			rubric: z.array(rubricLevelSchema).min(3).max(5),
			/** The sources the checklist draws on, by id. */
			sources: z.array(idOf('sources', known)).min(1),
		})
		.superRefine((checklist, ctx) => {
			reportDuplicateTickIds(
				[
					...checklist.roleDefinition.map((item, i) => ({ id: item.id, path: ['roleDefinition', i, 'id'] })),
					...checklist.skillMatrix.flatMap((row, i) => [
						{ id: row.mustHave.id, path: ['skillMatrix', i, 'mustHave', 'id'] },
						{ id: row.niceToHave.id, path: ['skillMatrix', i, 'niceToHave', 'id'] },
					]),
					...checklist.interviewKit.map((q, i) => ({ id: q.id, path: ['interviewKit', i, 'id'] })),
				],
				ctx,
			);
			// Interviewers write a number down; a gap or a repeat in the scale makes two scores ambiguous.
			checklist.rubric.forEach((level, i) => {
				if (level.score !== i + 1) {
					ctx.addIssue({
						code: 'custom',
						path: ['rubric', i, 'score'],
						message: `must be ${i + 1}: levels run from 1 upwards without gaps`,
					});
				}
			});
		});
}

export type HiringChecklist = z.infer<ReturnType<typeof hiringChecklistSchema>>;
