import { z } from 'astro/zod';
import { idOf, type KnownIds } from './ids';
import { WEIGHT_MAX, WEIGHT_MIN } from './weight';

/** One weight of a preset, with the reason for it. */
function presetWeightSchema(known: KnownIds) {
	return z.object({
		/** The criterion it weighs, by id (a scorecard criterion). */
		criterion: idOf('criteria', known),
		/** Its weight on the scorecard's scale, a whole number from 0 (ignore) to 10 (counts most). */
		weight: z.number().int().min(WEIGHT_MIN).max(WEIGHT_MAX),
		/** Why this weight, in one sentence the reader sees next to the preset. */
		why: z.string().min(20),
	});
}

/**
 * A scorecard preset: a named set of weights a reader can start from, one file per preset in
 * `content/data/presets/` (the file name is the id that share links carry). Each comes from a scenario
 * or from a page of the playbook, and says why each weight is what it is. `src/tools/scorecard/data.ts`
 * checks that a preset weighs every scorecard criterion.
 */
export function presetSchema(known: KnownIds) {
	return z
		.object({
			/** The name on the preset's button, such as "Fintech API". */
			label: z.string().min(1).max(40),
			/** Order among the presets, lowest first. */
			order: z.number().int(),
			/** The scenario the weights come from, by id; give this or `page`. */
			scenario: idOf('scenarios', known).optional(),
			/** The site path of the page the weights come from, such as "/decide/priorities/"; give this or `scenario`. */
			page: z
				.string()
				.regex(/^\/(?:[a-z0-9-]+\/)*$/, 'must be a site path such as /decide/priorities/')
				.optional(),
			/** The situation the preset is for, in one sentence. */
			summary: z.string().min(20),
			/** One weight per scorecard criterion, each with its reason. */
			weights: z
				.array(presetWeightSchema(known))
				.min(1)
				.refine((weights) => new Set(weights.map((w) => w.criterion)).size === weights.length, {
					error: 'weighs a criterion twice',
				}),
		})
		.refine((preset) => (preset.scenario === undefined) !== (preset.page === undefined), {
			error: 'needs exactly one of `scenario` or `page`, the place its weights come from',
		});
}

/** A validated preset. */
export type Preset = z.infer<ReturnType<typeof presetSchema>>;
