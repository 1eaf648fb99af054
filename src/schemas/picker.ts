import { z } from 'astro/zod';
import { idOf, type KnownIds, slug } from './ids';

/** The option value of the team question that means "no strong preference"; every other value is a language id. */
export const NO_TEAM_LANGUAGE = 'none';

/** How far one answer may move a language, either way; bigger weights would drown every other answer. */
const MAX_POINTS = 10;

/** Points per language id, such as `{ python: 2, go: 1 }`; negative points count against a language. */
function languagePoints(known: KnownIds) {
	return z.record(idOf('languages', known), z.number().int().min(-MAX_POINTS).max(MAX_POINTS)).default({});
}

/** Points per scenario id: how strongly an answer describes that scenario's situation. */
function scenarioPoints(known: KnownIds) {
	return z.record(idOf('scenarios', known), z.number().int().min(0).max(MAX_POINTS)).default({});
}

/** One stack layer as the picker shows it: the layer's name and the choice for it. */
export const pickerLayerSchema = z.object({
	/** The layer, such as "Back end" or "Database"; a rule that names an existing layer replaces its choice. */
	layer: z.string().min(1),
	/** The recommended choice for the layer, in a short phrase. */
	choice: z.string().min(3),
});

/** One answer to a question, with what it does to the ranking. */
function optionSchema(known: KnownIds) {
	return z
		.object({
			/** The value in the URL, such as `io-api`; on the team question a language id or `none`. */
			value: slug.max(24),
			/** The answer as the reader sees it. */
			label: z.string().min(2),
			/** Points this answer gives each language (absent languages get none). */
			languages: languagePoints(known),
			/** How strongly this answer matches each scenario's situation. */
			scenarios: scenarioPoints(known),
			/** Why this answer moves the languages it moves, in one sentence; shown as a reason in the result. */
			reason: z.string().min(20).optional(),
		})
		.refine((option) => Object.keys(option.languages).length === 0 || option.reason !== undefined, {
			message: 'an option that gives points must say why (reason)',
			path: ['reason'],
		});
}

/** One question of the picker; its id is the URL parameter that holds the answer. */
function questionSchema(known: KnownIds) {
	return z.object({
		/** The URL key, such as `workload`. */
		id: slug.max(16),
		/** A short name for summaries and reasons, such as "Workload". */
		short: z.string().min(2).max(24),
		/** The question as the reader sees it. */
		label: z.string().min(5),
		/** A sentence that helps answer it, if the question needs one. */
		help: z.string().min(10).optional(),
		/** Whether the option values are language ids (plus `none`), as for the team's strongest language. */
		valuesAreLanguages: z.boolean().default(false),
		/** The possible answers, in display order. */
		options: z.array(optionSchema(known)).min(2),
	});
}

/** Answers by question id, as a condition: every listed question must have one of the listed answers. */
const conditionSchema = z.record(slug, z.array(slug).min(1));

/** A rule that fires on a combination of answers: it can move languages, set a stack layer, or both. */
function ruleSchema(known: KnownIds) {
	return z
		.object({
			/** A stable name for the rule, used in reasons and tests. */
			id: slug,
			/** The answers that make it fire; all must hold. */
			when: conditionSchema,
			/** Only for layer rules: fire only if the recommended language is one of these. */
			primaryIn: z.array(idOf('languages', known)).optional(),
			/** Only for layer rules: fire only if the recommended language is none of these. */
			primaryNotIn: z.array(idOf('languages', known)).optional(),
			/** Points it gives each language when it fires. */
			languages: languagePoints(known),
			/**
			 * Whether it may outweigh the team's own language: a hard blocker rather than a preference (the
			 * framework's example is a core ML product built by a team that only knows PHP).
			 */
			blocker: z.boolean().default(false),
			/** The stack layer it sets when it fires. */
			layer: pickerLayerSchema.optional(),
			/** Why, in one sentence; shown as a reason. */
			reason: z.string().min(20),
		})
		.refine((rule) => !(rule.primaryIn || rule.primaryNotIn) || Object.keys(rule.languages).length === 0, {
			// The primary is decided by the points, so a rule that depends on it must not change them.
			message: 'a rule conditioned on the recommended language cannot give points',
			path: ['languages'],
		})
		.refine((rule) => Object.keys(rule.languages).length > 0 || rule.layer !== undefined, {
			message: 'a rule must give points or set a layer',
			path: ['layer'],
		});
}

/**
 * The stack picker: its questions, options and rules, and the default stack per language. One file,
 * `content/data/picker/stack-picker.yaml`, so that every reference inside it can be checked together.
 */
export function pickerSchema(known: KnownIds) {
	return z
		.object({
			/** Points every language starts with, before any answer: a tie-breaker, not a verdict. */
			baseline: languagePoints(known),
			/** Extra closeness a scenario gets when its primary language is the recommended one. */
			scenarioLanguageBonus: z.number().int().min(0).max(MAX_POINTS),
			/** The questions, in the order the picker asks them. */
			questions: z.array(questionSchema(known)).min(2),
			/** Rules on combinations of answers. */
			rules: z.array(ruleSchema(known)).default([]),
			/** The stack per language, used when no scenario with the same language is the closest. */
			stacks: z.record(idOf('languages', known), z.array(pickerLayerSchema).min(3)),
			/** Typical answers for each scenario's situation; the static decision table shows them. */
			examples: z
				.array(
					z.object({
						/** The scenario these answers describe. */
						scenario: idOf('scenarios', known),
						/** The answers, by question id. */
						answers: z.record(slug, slug),
					}),
				)
				.default([]),
		})
		.superRefine((picker, ctx) => {
			const questions = new Map(picker.questions.map((q) => [q.id, q]));
			// Question ids and option values are URL keys and values, so they must be unique.
			picker.questions.forEach((question, qi) => {
				if (picker.questions.findIndex((q) => q.id === question.id) !== qi) {
					ctx.addIssue({
						code: 'custom',
						path: ['questions', qi, 'id'],
						message: `duplicate question id "${question.id}"`,
					});
				}
				question.options.forEach((option, oi) => {
					const path = ['questions', qi, 'options', oi, 'value'];
					if (question.options.findIndex((o) => o.value === option.value) !== oi) {
						ctx.addIssue({ code: 'custom', path, message: `duplicate option "${option.value}"` });
					}
					if (question.valuesAreLanguages && option.value !== NO_TEAM_LANGUAGE && !known.languages.has(option.value)) {
						ctx.addIssue({ code: 'custom', path, message: `unknown language id "${option.value}"` });
					}
				});
			});
			// Conditions and examples must name real questions and real answers, or they silently never match.
			const checkAnswers = (answers: Record<string, string[]>, path: (string | number)[]) => {
				for (const [questionId, values] of Object.entries(answers)) {
					const question = questions.get(questionId);
					if (!question) {
						ctx.addIssue({ code: 'custom', path: [...path, questionId], message: `unknown question "${questionId}"` });
						continue;
					}
					for (const value of values) {
						if (!question.options.some((o) => o.value === value)) {
							ctx.addIssue({
								code: 'custom',
								path: [...path, questionId],
								message: `question "${questionId}" has no option "${value}"`,
							});
						}
					}
				}
			};
			picker.rules.forEach((rule, i) => {
				if (picker.rules.findIndex((r) => r.id === rule.id) !== i) {
					ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id "${rule.id}"` });
				}
				checkAnswers(rule.when, ['rules', i, 'when']);
			});
			picker.examples.forEach((example, i) => {
				checkAnswers(Object.fromEntries(Object.entries(example.answers).map(([k, v]) => [k, [v]])), [
					'examples',
					i,
					'answers',
				]);
			});
			for (const language of known.languages) {
				if (!(language in picker.stacks)) {
					ctx.addIssue({ code: 'custom', path: ['stacks'], message: `missing a stack for language "${language}"` });
				}
			}
		});
}

export type PickerConfig = z.infer<ReturnType<typeof pickerSchema>>;
export type PickerQuestion = PickerConfig['questions'][number];
export type PickerOption = PickerQuestion['options'][number];
export type PickerRule = PickerConfig['rules'][number];
export type PickerLayer = z.infer<typeof pickerLayerSchema>;
