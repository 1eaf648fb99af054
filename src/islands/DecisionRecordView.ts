import type { DecisionRecord } from '../lib/decision-record/build-record';
import type { ToolLinks } from '../lib/decision-record/record-page';
import { type Child, h } from './dom';

// The record itself as elements, built with the small DOM builder in ./dom (see DecisionRecord.ts
// for why this island does without Preact). Every decision is made in src/lib/decision-record.

/** A bulleted list of plain text items. */
export const list = (items: string[]) =>
	h(
		'ul',
		null,
		items.map((item) => h('li', null, item)),
	);
const pairs = (rows: [string, string][], label?: string) =>
	h(
		'dl',
		{ class: 'dr-pairs', 'aria-label': label },
		rows.map(([term, text]) => h('div', null, h('dt', null, term), h('dd', null, text))),
	);
const missing = (...children: Child[]) => h('p', { class: 'dr-missing' }, ...children);
const muted = (text: string) => h('p', { class: 'dr-muted' }, text);
export const link = (href: string, text: string) => h('a', { href }, text);

/** The record itself, in MADR order; the same sections `recordToMarkdown` writes. */
export function recordView(record: DecisionRecord, links: ToolLinks): HTMLElement {
	const { picker: pickerHref, scorecard: scorecardHref } = links;
	const { context, drivers, options, outcome, consequences, revisit, hire } = record;
	const decided = outcome.basis !== 'none';
	const revisitItems = [...revisit.signals, ...revisit.changes];
	const anyEdited = options.ranked.some((o) => o.edited.length > 0);
	return h(
		'article',
		{ class: 'dr-record', 'aria-labelledby': 'dr-title' },
		h('h2', { id: 'dr-title' }, record.title),
		h(
			'dl',
			{ class: 'dr-meta' },
			(
				[
					['Status', record.status],
					['Date', record.date || 'not set'],
					['Deciders', record.deciders || 'not named yet'],
				] as const
			).map(([term, text]) => h('div', null, h('dt', null, term), h('dd', null, text))),
		),

		h('h3', null, 'Context and problem statement'),
		h('p', null, context.problem),
		context.constraints
			? [h('p', null, 'Constraints we work under:'), h('blockquote', { class: 'dr-constraints' }, context.constraints)]
			: muted('No further constraints written down.'),

		h('h3', null, 'Decision drivers'),
		record.missing.answers
			? missing(
					'The stack picker has not been answered yet. ',
					link(pickerHref, 'Answer the stack picker'),
					' to base the decision on your workload, team and market.',
				)
			: [
					pairs(drivers.answers.map((a) => [a.question, a.answer])),
					drivers.unanswered.length > 0 && muted(`Not answered: ${drivers.unanswered.join(', ')}.`),
				],
		h('p', null, `Scorecard weights (0–10): ${drivers.weights.map((w) => `${w.label} ${w.weight}`).join(' · ')}`),
		record.missing.scorecard &&
			missing(
				'No scorecard was found, so every criterion has the default weight. ',
				link(scorecardHref, 'Set your own weights'),
				' to make these drivers yours.',
			),

		h('h3', { id: 'dr-options-h' }, 'Considered options'),
		// A scrollable region must take focus, or keyboard users cannot scroll it.
		h(
			'section',
			{ class: 'dr-table-wrap', 'aria-labelledby': 'dr-options-h', tabindex: 0 },
			h(
				'table',
				{ class: 'dr-table' },
				h(
					'thead',
					null,
					h(
						'tr',
						null,
						['Rank', 'Option', ...options.criteria.map((c) => c.label), 'Total (0–100)'].map((text) =>
							h('th', { scope: 'col' }, text),
						),
					),
				),
				h(
					'tbody',
					null,
					options.ranked.map((o) =>
						h(
							'tr',
							{ class: decided && o.id === outcome.chosen.id ? 'dr-chosen' : undefined },
							h('td', null, `${o.rank}${o.tied ? ' (tie)' : ''}`),
							h('th', { scope: 'row' }, o.name),
							options.criteria.map((c) => h('td', null, `${o.scores[c.id]}${o.edited.includes(c.id) ? '*' : ''}`)),
							h('td', null, o.total.toFixed(1)),
						),
					),
				),
			),
		),
		muted(
			`Scores are steps on a 1–5 scale (5 is best).${anyEdited ? ' * marks a score changed from the playbook’s rating.' : ''}`,
		),

		h('h3', null, 'Decision outcome'),
		decided
			? [
					h('p', { class: 'dr-chosen-line' }, 'Chosen option: ', h('strong', null, outcome.chosen.name), ', because:'),
					list(outcome.because),
				]
			: [
					missing(
						'No option is chosen yet. ',
						link(pickerHref, 'Answer the stack picker'),
						' or ',
						link(scorecardHref, 'weigh the criteria on the scorecard'),
						'.',
					),
					list(outcome.because),
				],
		decided &&
			outcome.provisional &&
			missing(
				outcome.basis === 'scorecard'
					? 'Provisional: the stack picker has not been answered, so this rests on the scorecard alone.'
					: 'Provisional: not every picker question is answered yet.',
			),
		outcome.stack.length > 0 &&
			pairs(
				outcome.stack.map((l) => [l.layer, l.choice]),
				'The stack',
			),
		outcome.runnerUp &&
			h(
				'p',
				null,
				'Runner-up: ',
				h('strong', null, outcome.runnerUp.name),
				outcome.runnerUpBecause.length > 0 ? '. What pulls towards it:' : '.',
			),
		outcome.runnerUpBecause.length > 0 && list(outcome.runnerUpBecause),
		h('p', null, 'Margin and robustness:'),
		list(outcome.margin),

		h('h4', null, 'Consequences'),
		decided
			? h(
					'ul',
					null,
					[...consequences.good.map((g) => ['Good:', g]), ...consequences.bad.map((b) => ['Bad:', b])].map(
						([tag, text]) => h('li', null, h('strong', null, tag), ` ${text}`),
					),
				)
			: muted('None to weigh until an option is chosen.'),
		consequences.operations.length > 0 && [
			h('p', null, 'Operational commitments:'),
			pairs(consequences.operations.map((o) => [o.label, o.text])),
		],

		h('h3', null, 'When to revisit'),
		revisitItems.length > 0
			? list(revisitItems)
			: missing(
					link(pickerHref, 'Answer the stack picker'),
					' to see which signals and answers would change this decision.',
				),

		h('h3', null, 'First role to hire'),
		h(
			'p',
			null,
			hire.first,
			hire.from && h('span', { class: 'dr-muted' }, ` (From the playbook’s scenario “${hire.from}”.)`),
		),
		h('p', null, 'Before opening the role, write down:'),
		pairs(hire.roleDefinition.map((r) => [r.label, r.text])),
		h('p', { class: 'dr-screen-only' }, link(hire.briefHref, 'Write the job brief for this role')),
	);
}
