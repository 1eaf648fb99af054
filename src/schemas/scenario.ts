import { z } from 'astro/zod';
import { idOf, type KnownIds } from './ids';

/** One layer of a scenario's stack: the pick, and what else would do. */
const layerSchema = z.object({
	/** The layer, such as "Back end" or "Database". */
	layer: z.string().min(1),
	/** The recommended choice for this layer. */
	choice: z.string().min(1),
	/** Reasonable alternatives, each with when it would be better. */
	alternatives: z.array(z.string().min(3)),
	/** Why this choice, in one sentence. */
	why: z.string().min(10),
});

/** One practice inside a group: a named technique and what to do about it. */
const practiceSchema = z.object({
	/** The practice, named as an engineer would search for it, such as "Idempotency keys". */
	name: z.string().min(3),
	/** What to do and why, in one to three sentences of our own. */
	detail: z.string().min(20),
});

/**
 * A group of production practices that an expert checks first in this scenario, such as the
 * ledger rules of a payments API. Kept as data so the page shows them as a checklist table.
 */
function practiceGroupSchema(known: KnownIds) {
	return z.object({
		/** The group's heading, such as "Money and ledger correctness". */
		topic: z.string().min(3),
		/** A sentence that says when the group matters. */
		summary: z.string().min(20),
		/** The practices, in the order to adopt them. */
		items: z.array(practiceSchema).min(2),
		/** The primary sources that back the group's facts, by id. */
		sources: z.array(idOf('sources', known)).default([]),
	});
}

/**
 * A startup scenario from the sources, with its stack layer by layer. One file per scenario in
 * `content/data/scenarios/`.
 */
export function scenarioSchema(known: KnownIds) {
	return z.object({
		/** The display name, such as "The lean AI MVP". */
		title: z.string().min(1),
		/** Order in lists, lowest first. */
		order: z.number().int(),
		/** The situation in one or two sentences: what is being built and what hurts. */
		situation: z.string().min(20),
		/** Example products that fit it. */
		examples: z.array(z.string().min(3)).min(1),
		/** The recommended primary language, by id. */
		language: idOf('languages', known),
		/** Languages that are a sound alternative or a specialised option, by id. */
		alternativeLanguages: z.array(idOf('languages', known)),
		/** The stack, layer by layer. */
		stack: z.array(layerSchema).min(3),
		/** Why this stack wins for the situation. */
		whyItWins: z.array(z.string().min(10)).min(1),
		/** Risks and failure modes. */
		risks: z.array(z.string().min(10)).min(1),
		/** Signals that it is time to revisit the choice. */
		revisitWhen: z.array(z.string().min(10)).min(1),
		/** The first backend role to hire, in one sentence. */
		hireFirst: z.string().min(10),
		/** Production practices an expert looks for first, in groups; empty when none are written yet. */
		practices: z.array(practiceGroupSchema(known)).default([]),
		/** The sources this scenario draws on, by id. */
		sources: z.array(idOf('sources', known)).min(1),
	});
}

export type Scenario = z.infer<ReturnType<typeof scenarioSchema>>;
