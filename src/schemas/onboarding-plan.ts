import { z } from 'astro/zod';
import { idOf, type KnownIds } from './ids';
import { reportDuplicateTickIds, tickItemSchema } from './tick-item';

/** One week of the onboarding plan. */
const onboardingWeekSchema = z.object({
	/** The week's number, 1 to 4. */
	week: z.number().int().min(1),
	/** The week's theme in a few words, such as "Ship one safe production change". */
	theme: z.string().min(5),
	/** What the week is for, in one or two sentences. */
	goal: z.string().min(20),
	/** The concrete tasks of the week. */
	tasks: z.array(tickItemSchema).min(2),
	/** What is true at the end of the week when it went well. */
	doneWhen: z.array(tickItemSchema).min(1),
});

/**
 * The first-month onboarding plan for a new backend engineer, weeks 1 to 4, from
 * `content/data/hiring/onboarding.yaml`.
 */
export function onboardingPlanSchema(known: KnownIds) {
	return z
		.object({
			/** Tells this entry of the `hiring` collection apart from the checklist. */
			kind: z.literal('onboarding'),
			/** The four weeks, in order. */
			weeks: z.array(onboardingWeekSchema).length(4),
			/** The sources the plan draws on, by id. */
			sources: z.array(idOf('sources', known)).min(1),
		})
		.superRefine((plan, ctx) => {
			plan.weeks.forEach((week, i) => {
				if (week.week !== i + 1) {
					ctx.addIssue({
						code: 'custom',
						path: ['weeks', i, 'week'],
						message: `must be ${i + 1}: weeks run 1 to 4 in order`,
					});
				}
			});
			reportDuplicateTickIds(
				plan.weeks.flatMap((week, w) => [
					...week.tasks.map((t, i) => ({ id: t.id, path: ['weeks', w, 'tasks', i, 'id'] })),
					...week.doneWhen.map((d, i) => ({ id: d.id, path: ['weeks', w, 'doneWhen', i, 'id'] })),
				]),
				ctx,
			);
		});
}

export type OnboardingPlan = z.infer<ReturnType<typeof onboardingPlanSchema>>;
