import type { DecisionRecord } from '../lib/decision-record/build-record';
import type { ToolLinks } from '../lib/decision-record/record-page';
import { type Child, fillTemplate, h } from './dom';

// The record itself as elements. Its fixed parts (headings, labels, the sentences that never change)
// are server-rendered by the wrapper, src/components/DecisionRecord.astro, in a <template> of the
// record's <article>; this file copies that template and fills in what the record holds. Every
// decision is made in src/lib/decision-record (see DecisionRecord.ts for why this island does
// without Preact).
//
// The template marks what changes (see `fillTemplate` in ./dom): `conditions` below say which
// elements stay, `content` what fills them, and the links go to the two tools and the job brief.

/** List items, one per text. */
export const items = (texts: string[]) => texts.map((text) => h('li', null, text));
/** The rows of a description list: a term and its text each. */
const rows = (pairs: [string, string][]) =>
	pairs.map(([term, text]) => h('div', null, h('dt', null, term), h('dd', null, text)));

/** The record itself, in MADR order (the same sections `recordToMarkdown` writes), from `template`. */
export function recordView(template: HTMLTemplateElement, record: DecisionRecord, links: ToolLinks): Node {
	const { context, drivers, options, outcome, consequences, revisit, hire } = record;
	const decided = outcome.basis !== 'none';
	const provisional = decided && outcome.provisional;
	const revisitItems = [...revisit.signals, ...revisit.changes];
	const conditions: Record<string, unknown> = {
		constraints: context.constraints,
		answered: !record.missing.answers,
		unanswered: !record.missing.answers && drivers.unanswered.length,
		scorecard: !record.missing.scorecard,
		edited: options.ranked.some((o) => o.edited.length > 0),
		decided,
		provisionalScorecard: provisional && outcome.basis === 'scorecard',
		provisionalPicker: provisional && outcome.basis !== 'scorecard',
		stack: outcome.stack.length,
		runnerUp: outcome.runnerUp,
		runnerUpBecause: outcome.runnerUpBecause.length,
		operations: consequences.operations.length,
		revisit: revisitItems.length,
	};
	const content: Record<string, Child> = {
		title: record.title,
		status: record.status,
		date: record.date || 'not set',
		deciders: record.deciders || 'not named yet',
		problem: context.problem,
		constraints: context.constraints,
		answers: rows(drivers.answers.map((a) => [a.question, a.answer])),
		unanswered: `Not answered: ${drivers.unanswered.join(', ')}.`,
		weights: `Scorecard weights (0–10): ${drivers.weights.map((w) => `${w.label} ${w.weight}`).join(' · ')}`,
		columns: ['Rank', 'Option', ...options.criteria.map((c) => c.label), 'Total (0–100)'].map((text) =>
			h('th', { scope: 'col' }, text),
		),
		rows: options.ranked.map((o) =>
			h(
				'tr',
				{ class: decided && o.id === outcome.chosen.id ? 'dr-chosen' : undefined },
				h('td', null, `${o.rank}${o.tied ? ' (tie)' : ''}`),
				h('th', { scope: 'row' }, o.name),
				options.criteria.map((c) => h('td', null, `${o.scores[c.id]}${o.edited.includes(c.id) ? '*' : ''}`)),
				h('td', null, o.total.toFixed(1)),
			),
		),
		chosen: outcome.chosen.name,
		because: items(outcome.because),
		stack: rows(outcome.stack.map((l) => [l.layer, l.choice])),
		runnerUp: outcome.runnerUp?.name,
		runnerUpEnd: outcome.runnerUpBecause.length > 0 ? '. What pulls towards it:' : '.',
		runnerUpBecause: items(outcome.runnerUpBecause),
		margin: items(outcome.margin),
		consequences: [...consequences.good.map((g) => ['Good:', g]), ...consequences.bad.map((b) => ['Bad:', b])].map(
			([tag, text]) => h('li', null, h('strong', null, tag), ` ${text}`),
		),
		operations: rows(consequences.operations.map((o) => [o.label, o.text])),
		revisit: items(revisitItems),
		hire: [
			hire.first,
			hire.from && h('span', { class: 'dr-muted' }, ` (From the playbook’s scenario “${hire.from}”.)`),
		],
		roleDefinition: rows(hire.roleDefinition.map((r) => [r.label, r.text])),
	};
	return fillTemplate(template, conditions, content, { ...links, brief: hire.briefHref });
}
