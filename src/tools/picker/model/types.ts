import type { PickerConfig, PickerLayer } from '../../../schemas/picker';

export type { PickerConfig, PickerLayer };

/** The reader's answers by question id; a question without an entry is unanswered. */
export type PickerAnswers = Readonly<Record<string, string>>;

/** A language as the picker needs it: the id, the name to show, and its place in lists. */
export interface PickerLanguage {
	id: string;
	name: string;
	order: number;
}

/** A scenario as the picker needs it: its title, primary language and stack. */
export interface PickerScenario {
	id: string;
	title: string;
	language: string;
	stack: PickerLayer[];
}

/**
 * Everything the picker works from, as plain serialisable data: the Astro wrapper builds it from
 * the collections and passes it to the island as props, and unit tests build it from the YAML files.
 */
export interface PickerData {
	config: PickerConfig;
	/** Every language, in display order (ties in points go to the earlier one). */
	languages: PickerLanguage[];
	/** Every scenario, in display order (ties in closeness go to the earlier one). */
	scenarios: PickerScenario[];
}

/** One answer that drove a reason: the question and the answer, with the labels to show. */
export interface PickerDriver {
	question: string;
	questionLabel: string;
	answer: string;
	answerLabel: string;
}

/** A reason in the result: what an answer or a rule did, and which answers drove it. */
export interface PickerReason {
	/** The language the reason is about. */
	language: string;
	/** Points it gave that language (negative when it counted against it). */
	points: number;
	text: string;
	drivers: PickerDriver[];
	/** Set when the reason comes from a combination rule rather than a single answer. */
	rule?: string;
}

/** One layer of the recommended stack; `reason` and `drivers` are set when a rule chose it. */
export interface PickerStackLayer extends PickerLayer {
	reason?: string;
	drivers?: PickerDriver[];
}

/** A single answer change that would make a different language the recommendation. */
export interface PickerChange {
	question: string;
	questionLabel: string;
	/** The current answer, or null if the question is unanswered. */
	from: string | null;
	to: string;
	toLabel: string;
	/** The language that would then be recommended. */
	primary: string;
}

/** What the picker recommends for a set of answers. */
export interface PickerRecommendation {
	/** How many questions are answered, out of `total`. */
	answered: number;
	total: number;
	/** True until every question is answered: the recommendation may still move. */
	provisional: boolean;
	/** Every language with its points, best first. */
	ranking: { language: string; points: number }[];
	primary: string;
	runnerUp: string;
	/** The stack, layer by layer. */
	stack: PickerStackLayer[];
	/** The scenario whose situation the answers describe best, or null if none is close. */
	scenario: string | null;
	/** Why the primary: every answer or rule that gave it points, strongest first. */
	reasons: PickerReason[];
	/** What pulls towards the runner-up: answers that gave it more points than the primary. */
	runnerUpReasons: PickerReason[];
	/** For each question, the first other answer that would change the recommended language. */
	changes: PickerChange[];
}
