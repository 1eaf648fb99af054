/**
 * The plain, serialisable data the role brief is built from. The Astro wrapper fills it from the
 * collections; the island and the unit tests receive it as props.
 */

/** A language as the brief needs it. */
export interface BriefLanguage {
	/** The language id, such as `go`. */
	id: string;
	/** The display name, such as "Node.js / TypeScript". */
	name: string;
	/** Frameworks and libraries, with what kind of tool each is. */
	frameworks: { name: string; kind: string }[];
	/** What to look for when hiring for it. */
	hiringSignals: string[];
	/** The scenarios it fits, by id, best fit first. */
	scenarios: string[];
}

/** A scenario as the brief needs it. */
export interface BriefScenario {
	/** The scenario id, such as `fintech-api`. */
	id: string;
	/** Its display name. */
	title: string;
	/** What is being built and what hurts. */
	situation: string;
	/** The first backend role the playbook suggests for it. */
	hireFirst: string;
	/** The id of the language the playbook recommends for it. */
	language: string;
}

/** The parts of the hiring checklist the brief reuses. */
export interface BriefChecklist {
	/** Primary mission, critical constraints and seniority signal, each with the blank the brief leaves. */
	roleDefinition: { label: string; briefBlank: string }[];
	/** Must-have and nice-to-have skills, as text that may hold the `{language}` placeholder. */
	skillMatrix: { mustHave: string; niceToHave: string }[];
	/** The interview kit's questions. */
	interviewKit: { stage: string; text: string }[];
}

/** Everything the role brief island receives. */
export interface RoleBriefData {
	languages: BriefLanguage[];
	scenarios: BriefScenario[];
	checklist: BriefChecklist;
	/** The language shown when none (or an unknown one) is asked for. */
	defaultLanguage: string;
}

/** Which brief is shown: a language, and a scenario for context or none. */
export interface BriefSelection {
	languageId: string;
	scenarioId: string | null;
}
