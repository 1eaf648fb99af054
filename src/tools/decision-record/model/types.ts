import type { PickerData } from '../../picker/model/types';
import type { ScorecardCatalog } from '../../scorecard/model/catalog';

/**
 * The plain, serialisable data a decision record is built from. The Astro wrapper fills it from the
 * collections (see `toDecisionRecordData`); the island receives it as props and unit tests build it
 * from the YAML files.
 */
export interface DecisionRecordData {
	/** Everything the stack picker works from, so the record can rerun its recommendation. */
	picker: PickerData;
	/** The scorecard's criteria and seeded scores, so the record can decode and rank a scorecard. */
	scorecard: ScorecardCatalog;
	/** Each language's profile facts that a record quotes as consequences. */
	languages: RecordLanguage[];
	/** Each scenario's facts that a record quotes as consequences, revisit signals and first hire. */
	scenarios: RecordScenario[];
	/** The hiring checklist's role definition: what to write down before hiring anyone. */
	roleDefinition: { label: string; text: string }[];
}

/** A language as the record needs it. */
export interface RecordLanguage {
	/** The language id, such as `go`. */
	id: string;
	/** The display name. */
	name: string;
	/** What it is best for, as short phrases. */
	bestFor: string[];
	/** Where it is weaker, as short phrases. */
	weakerAt: string[];
	/** What running it means: containers, start-up time and memory. */
	operations: { containers: string; coldStart: string; memory: string };
}

/** A scenario as the record needs it. */
export interface RecordScenario {
	/** The scenario id, such as `fintech-api`. */
	id: string;
	/** Its display name. */
	title: string;
	/** What is being built and what hurts. */
	situation: string;
	/** The id of the language the playbook recommends for it. */
	language: string;
	/** Why the scenario's stack wins. */
	whyItWins: string[];
	/** Risks and failure modes. */
	risks: string[];
	/** Signals that the choice should be looked at again. */
	revisitWhen: string[];
	/** The first backend role to hire. */
	hireFirst: string;
}

/** The statuses MADR uses for a decision. */
export const RECORD_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** What only the reader knows: typed on the record page, saved in the browser, carried in a share link. */
export interface RecordFields {
	/** The product or system the decision is for; empty when not given. */
	product: string;
	/** Constraints the tools do not ask about (budget, deadlines, existing contracts), free text. */
	constraints: string;
	/** The decision date as YYYY-MM-DD; empty when not given. */
	date: string;
	/** Who made the decision, free text. */
	deciders: string;
	/** Where the decision stands. */
	status: RecordStatus;
}
