import { markdownText as md } from '../../../common/markdown/markdown-text';
import { fillLanguage } from './fill-language';
import type { BriefSelection, RoleBriefData } from './types';

/** A job brief for one language, with the scenario's context when there is one. */
export interface RoleBrief {
	/** The brief's heading, such as "Backend engineer (Go)". */
	title: string;
	/** The language's display name. */
	languageName: string;
	/** The scenario the brief borrows its context from, if any. */
	context: {
		scenarioTitle: string;
		situation: string;
		hireFirst: string;
		/** Set when the scenario's own first pick is another language, so the reader knows the brief adapts it. */
		adaptedFrom: string | null;
	} | null;
	/** The three role-definition blanks the hiring manager fills in. */
	roleDefinition: { label: string; blank: string }[];
	/** The language's frameworks and libraries; the reader keeps the ones the team uses. */
	stack: { name: string; kind: string }[];
	/** Skills a candidate must have: the checklist's, then the language's own hiring signals. */
	mustHave: string[];
	/** Skills that would be a plus. */
	niceToHave: string[];
	/** The interview stages and their questions. */
	interview: { stage: string; question: string }[];
}

/**
 * Builds the brief for a selection. Throws if the selection names a language that is not in
 * `data`; {@link readBriefSelection} never produces one.
 */
export function buildRoleBrief(data: RoleBriefData, selection: BriefSelection): RoleBrief {
	const language = data.languages.find((l) => l.id === selection.languageId);
	if (!language) throw new Error(`No language with id "${selection.languageId}"`);
	const scenario = data.scenarios.find((s) => s.id === selection.scenarioId) ?? null;
	const scenarioLead = scenario && data.languages.find((l) => l.id === scenario.language);
	return {
		title: `Backend engineer (${language.name})`,
		languageName: language.name,
		context: scenario && {
			scenarioTitle: scenario.title,
			situation: scenario.situation,
			hireFirst: scenario.hireFirst,
			adaptedFrom: scenario.language !== language.id ? (scenarioLead?.name ?? scenario.language) : null,
		},
		roleDefinition: data.checklist.roleDefinition.map((part) => ({ label: part.label, blank: part.briefBlank })),
		stack: language.frameworks.map(({ name, kind }) => ({ name, kind })),
		mustHave: [
			...data.checklist.skillMatrix.map((row) => fillLanguage(row.mustHave, language.name)),
			...language.hiringSignals,
		],
		niceToHave: data.checklist.skillMatrix.map((row) => fillLanguage(row.niceToHave, language.name)),
		interview: data.checklist.interviewKit.map((q) => ({ stage: q.stage, question: q.text })),
	};
}

/** The blank above the stack list: a language profile names alternatives, a team uses some. */
export const STACK_BLANK = '[Keep the ones your team uses; add your database, queue and cloud]';

/** The line that says which scenario the context comes from, and whether the brief adapts it. */
export function scenarioContextLine(scenarioTitle: string, adaptedFrom: string | null): string {
	return adaptedFrom
		? `Scenario: ${scenarioTitle} (the playbook's first pick there is ${adaptedFrom}; this brief adapts it).`
		: `Scenario: ${scenarioTitle}.`;
}

/**
 * The brief as Markdown, for pasting into a job board, a doc or an issue. Every text passes through
 * `markdownText`, so it shows as itself in any Markdown viewer; only the headings, bullets and bold
 * labels are this writer's markup.
 */
export function roleBriefMarkdown(brief: RoleBrief): string {
	const lines: string[] = [`# ${md(brief.title)}`, ''];
	if (brief.context) {
		const { scenarioTitle, situation, hireFirst, adaptedFrom } = brief.context;
		lines.push('## Context', '', md(scenarioContextLine(scenarioTitle, adaptedFrom)), '', md(situation), '');
		lines.push(`Who we are looking for first: ${md(hireFirst)}`, '');
	}
	lines.push('## The role', '');
	for (const part of brief.roleDefinition) lines.push(`- **${md(part.label)}:** ${md(part.blank)}`);
	lines.push('', '## Our stack', '', md(STACK_BLANK), '');
	for (const f of brief.stack) lines.push(`- ${md(`${f.name} (${f.kind})`)}`);
	lines.push('', '## Must have', '');
	for (const skill of brief.mustHave) lines.push(`- ${md(skill)}`);
	lines.push('', '## Nice to have', '');
	for (const skill of brief.niceToHave) lines.push(`- ${md(skill)}`);
	lines.push('', '## How we interview', '');
	brief.interview.forEach((q, i) => {
		lines.push(`${i + 1}. **${md(q.stage)}:** ${md(q.question)}`);
	});
	return `${lines.join('\n')}\n`;
}
