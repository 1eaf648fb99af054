import { markdownText } from '../../../common/markdown/markdown-text';
import { PICKER_PATH, SCORECARD_PATH } from '../../../common/routes';
import type { DecisionRecord } from './build-record';

// The Markdown lives apart from the record builder so the page can load it only when a reader asks
// for a copy or a download; it imports types only.

/** Where the record's links point, and the link that restores the record. */
export interface MarkdownOptions {
	/** The site's origin, such as "https://example.org", so links work outside the site; empty keeps them relative. */
	origin?: string;
	/** The share link that restores this record, added at the end when given. */
	shareUrl?: string;
}

// Every text (the reader's own, which a crafted link controls, and the playbook's) goes through
// `markdownText`, so it shows as itself in any Markdown viewer; only this writer's markup is raw.
const md = markdownText;

/** The record's sections, in MADR order, as Markdown (GitHub flavour, for a repository's docs/decisions/). */
export function recordToMarkdown(record: DecisionRecord, options: MarkdownOptions = {}): string {
	const origin = options.origin ?? '';
	const lines: string[] = [];
	const push = (...more: string[]) => lines.push(...more);
	const list = (items: string[]) => push(...items.map((item) => `- ${md(item)}`), '');

	push(`# ${md(record.title)}`, '');
	push(`- Status: ${record.status}`);
	push(`- Date: ${record.date || 'not set'}`);
	push(`- Deciders: ${md(record.deciders) || 'not named yet'}`, '');

	push('## Context and problem statement', '', md(record.context.problem), '');
	if (record.context.constraints) {
		push(
			'Constraints we work under:',
			'',
			...record.context.constraints.split(/\r?\n/).map((l) => `> ${md(l)}`.trimEnd()),
			'',
		);
	} else {
		push('No further constraints written down.', '');
	}

	push('## Decision drivers', '');
	if (record.missing.answers) {
		push(`The stack picker has not been answered yet: ${origin}/tools/stack-picker/`, '');
	} else {
		push('Answers to the stack picker:', '');
		list(record.drivers.answers.map((a) => `${a.question}: ${a.answer}`));
		if (record.drivers.unanswered.length > 0) push(`Not answered: ${md(record.drivers.unanswered.join(', '))}.`, '');
	}
	push(
		record.missing.scorecard
			? 'Scorecard weights (0–10): no scorecard was found, so every criterion has the default weight.'
			: 'Scorecard weights (0–10):',
		'',
	);
	list(record.drivers.weights.map((w) => `${w.label}: ${w.weight}`));

	push('## Considered options', '');
	const { criteria, ranked } = record.options;
	push(`| Rank | Option | ${criteria.map((c) => md(c.label)).join(' | ')} | Total (0–100) |`);
	push(`| ---: | --- | ${criteria.map(() => '---:').join(' | ')} | ---: |`);
	for (const option of ranked) {
		const scores = criteria.map((c) => `${option.scores[c.id]}${option.edited.includes(c.id) ? '*' : ''}`);
		push(
			`| ${option.rank}${option.tied ? ' (tie)' : ''} | ${md(option.name)} | ${scores.join(' | ')} | ${option.total.toFixed(1)} |`,
		);
	}
	const anyEdited = ranked.some((o) => o.edited.length > 0);
	push(
		'',
		`Scores are steps on a 1–5 scale (5 is best).${anyEdited ? ' * marks a score changed from the playbook’s rating.' : ''}`,
		'',
	);

	const { outcome } = record;
	push('## Decision outcome', '');
	if (outcome.basis === 'none') {
		push('No option is chosen yet.', '');
		list(outcome.because);
		push(`The stack picker: ${origin}${PICKER_PATH}`, '', `The scorecard: ${origin}${SCORECARD_PATH}`, '');
	} else {
		push(`Chosen option: **${md(outcome.chosen.name)}**, because:`, '');
		list(outcome.because);
	}
	if (outcome.provisional && outcome.basis !== 'none') {
		push(
			outcome.basis === 'scorecard'
				? 'Provisional: the stack picker has not been answered, so this rests on the scorecard alone.'
				: 'Provisional: not every picker question is answered yet.',
			'',
		);
	}
	if (outcome.stack.length > 0) {
		push('The stack:', '');
		list(outcome.stack.map((l) => `${l.layer}: ${l.choice}`));
	}
	if (outcome.runnerUp) {
		push(
			`Runner-up: **${md(outcome.runnerUp.name)}**.${outcome.runnerUpBecause.length > 0 ? ' What pulls towards it:' : ''}`,
			'',
		);
		if (outcome.runnerUpBecause.length > 0) list(outcome.runnerUpBecause);
	}
	push('Margin and robustness:', '');
	list(outcome.margin);

	push('### Consequences', '');
	const consequences = [
		...record.consequences.good.map((g) => `Good: ${g}`),
		...record.consequences.bad.map((b) => `Bad: ${b}`),
	];
	if (consequences.length > 0) list(consequences);
	else push('None to weigh until an option is chosen.', '');
	if (record.consequences.operations.length > 0) {
		push('Operational commitments:', '');
		list(record.consequences.operations.map((o) => `${o.label}: ${o.text}`));
	}

	push('## When to revisit', '');
	const revisit = [...record.revisit.signals, ...record.revisit.changes];
	if (revisit.length > 0) list(revisit);
	else push('Answer the stack picker to see which signals and answers would change this decision.', '');

	push('## First role to hire', '', md(record.hire.first), '');
	if (record.hire.from) push(`(From the playbook's scenario “${md(record.hire.from)}”.)`, '');
	push('Before opening the role, write down:', '');
	push(...record.hire.roleDefinition.map((r) => `- **${md(r.label)}:** ${md(r.text)}`), '');
	push(`A job brief for this choice: ${origin}${record.hire.briefHref}`, '');

	if (options.shareUrl) push('---', '', `This record, editable: ${options.shareUrl}`, '');
	return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
