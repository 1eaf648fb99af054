import { createAddressUpdater } from '../lib/address/address-updater';
import { buildDecisionRecord, type DecisionRecord } from '../lib/decision-record/build-record';
import { encodeStoredFields, FIELD_LIMITS, RECORD_FIELDS_STORAGE_KEY } from '../lib/decision-record/record-fields';
import {
	encodeRecordLink,
	type InputOrigin,
	loadRecordInputs,
	PICKER_STORAGE_KEY,
	RECORD_PARAM,
	type RecordInputs,
} from '../lib/decision-record/record-link';
import { type DecisionRecordData, RECORD_STATUSES, type RecordFields } from '../lib/decision-record/types';
import { encodePickerAnswers } from '../lib/picker/answers-url';
import { encodeScorecardState, SCORECARD_PARAM, SCORECARD_STORAGE_KEY } from '../lib/scorecard/state-codec';
import { createStorageWriter, STORAGE_REFUSED_NOTICE } from '../lib/storage/storage-writer';
import { type Child, h } from './dom';

// This island is built with plain DOM calls rather than Preact: the record needs both the picker's
// and the scorecard's logic on load, and Preact on top of them would take the page well past its
// JavaScript budget. The view stays thin all the same: every decision is made in
// src/lib/decision-record, and this file only turns the record into elements and wires the inputs.

const PICKER_PATH = '/tools/stack-picker/';
const SCORECARD_PATH = '/tools/scorecard/';

/** Today's date in the reader's time zone, as YYYY-MM-DD. */
function today(): string {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Reads one localStorage item; the loader catches, since storage may be disabled. */
const readItem = (key: string) => () => localStorage.getItem(key);

const ANSWERS_ORIGIN: Record<InputOrigin, string> = {
	link: 'from this page’s link',
	saved: 'your last answers in the stack picker',
	none: 'not answered yet',
};
const SCORECARD_ORIGIN: Record<InputOrigin, string> = {
	link: 'from this page’s link',
	saved: 'the scorecard saved in this browser',
	none: 'none yet, so every criterion is weighted equally',
};

const list = (items: string[]) =>
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
const link = (href: string, text: string) => h('a', { href }, text);

/** The record itself, in MADR order; the same sections `recordToMarkdown` writes. */
function recordView(record: DecisionRecord, pickerHref: string, scorecardHref: string): HTMLElement {
	const { context, drivers, options, outcome, consequences, revisit, hire } = record;
	const revisitItems = [...revisit.signals, ...revisit.changes];
	const anyEdited = options.ranked.some((o) => o.edited.length > 0);
	const decided = outcome.basis !== 'none';
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

/**
 * Mounts the decision record in `root`, replacing the server-rendered no-JavaScript note. It reads
 * the picker answers, the scorecard and the reader's own text (address first, then what the browser
 * saved), shows the record, and offers it as Markdown, as a share link and on paper.
 */
export function mountDecisionRecord(root: HTMLElement, data: DecisionRecordData) {
	const loaded = loadRecordInputs(
		location.search,
		{
			picker: readItem(PICKER_STORAGE_KEY),
			scorecard: readItem(SCORECARD_STORAGE_KEY),
			fields: readItem(RECORD_FIELDS_STORAGE_KEY),
		},
		data,
	);
	const { origins } = loaded;
	const inputs: RecordInputs = {
		...loaded.inputs,
		fields: { ...loaded.inputs.fields, date: loaded.inputs.fields.date || today() },
	};
	const pickerQuery = encodePickerAnswers(inputs.answers, data.picker.config.questions);
	const pickerHref = `${PICKER_PATH}${pickerQuery ? `?${pickerQuery}` : ''}`;
	const scorecardHref = inputs.scorecard
		? `${SCORECARD_PATH}?${SCORECARD_PARAM}=${encodeScorecardState(inputs.scorecard)}`
		: SCORECARD_PATH;
	const answered = Object.keys(inputs.answers).length;
	const shareUrl = () => `${location.origin}${location.pathname}?${RECORD_PARAM}=${encodeRecordLink(inputs, data)}`;

	// Live regions exist from the start (and stay), so what is put in them later is announced.
	const notice = h('div', { role: 'status', class: 'dr-notice-slot' });
	if (loaded.problems.length > 0) {
		const box = h(
			'div',
			{ class: 'dr-notice' },
			h('p', null, h('strong', null, 'Some of what this page was given could not be used.')),
			list(loaded.problems),
			h('button', { type: 'button', on: { click: () => box.remove() } }, 'Dismiss'),
		);
		notice.append(box);
	}
	const feedback = h('p', { class: 'dr-feedback', role: 'status' });
	const say = (text: string) => {
		feedback.textContent = text;
	};

	const recordSlot = h('div', { class: 'dr-record-slot' });
	const storage = createStorageWriter(
		() => localStorage,
		() => notice.append(h('p', { class: 'dr-notice' }, STORAGE_REFUSED_NOTICE)),
	);
	const address = createAddressUpdater((url) => history.replaceState(history.state, '', url));
	// A reader who leaves right after typing still leaves the latest record in the history entry.
	addEventListener('pagehide', () => address.flush());
	const render = () =>
		recordSlot.replaceChildren(recordView(buildDecisionRecord(inputs, data), pickerHref, scorecardHref));

	/** Applies an edit: the record, the saved fields and the address all follow it. */
	const edit = <K extends keyof RecordFields>(key: K, value: RecordFields[K]) => {
		inputs.fields = { ...inputs.fields, [key]: value };
		say('');
		render();
		// Storage may be full or disabled: the writer says so once; the address holds the whole record.
		storage.write(RECORD_FIELDS_STORAGE_KEY, encodeStoredFields(inputs.fields));
		// Once edited, the address carries the whole record, so a reload or a bookmark keeps it. It is
		// written at most a few times a second, not on every keystroke (Safari limits the calls).
		address.update(`${location.pathname}?${RECORD_PARAM}=${encodeRecordLink(inputs, data)}`);
	};
	const typedValue = (event: Event) => (event.currentTarget as HTMLInputElement).value;
	const field = (key: keyof RecordFields, label: string, control: HTMLElement) =>
		h('div', { class: 'dr-field' }, h('label', { for: `dr-${key}` }, label), control);
	const text = (key: 'product' | 'deciders', label: string, placeholder: string) =>
		field(
			key,
			label,
			h('input', {
				id: `dr-${key}`,
				type: 'text',
				maxlength: FIELD_LIMITS[key],
				placeholder,
				value: inputs.fields[key],
				on: { input: (e) => edit(key, typedValue(e)) },
			}),
		);

	const copy = async (text: string, what: string) => {
		try {
			await navigator.clipboard.writeText(text);
			say(`Copied the ${what} to the clipboard.`);
		} catch {
			say('The browser did not allow copying; use “Download Markdown” instead.');
		}
	};
	/** The Markdown writer loads only when a reader first asks for it. */
	const markdown = async () => {
		const { recordToMarkdown } = await import('../lib/decision-record/record-markdown');
		const record = buildDecisionRecord(inputs, data);
		return { record, text: recordToMarkdown(record, { origin: location.origin, shareUrl: shareUrl() }) };
	};
	const download = async () => {
		const { record, text } = await markdown();
		// A temporary object URL saves the file without a server round trip.
		const file = h('a', {
			href: URL.createObjectURL(new Blob([text], { type: 'text/markdown' })),
			download: `decision-record-${record.outcome.basis === 'none' ? 'undecided' : record.outcome.chosen.id}.md`,
		});
		file.click();
		setTimeout(() => URL.revokeObjectURL(file.href), 1000);
		say(`Downloaded ${file.download}.`);
	};
	const button = (label: string, action: () => unknown) =>
		h('button', { type: 'button', on: { click: () => void action() } }, label);

	root.replaceChildren(
		h(
			'div',
			{ class: 'dr', 'data-ready': true },
			notice,
			h(
				'section',
				{ class: 'dr-panel dr-sources', 'aria-labelledby': 'dr-sources-h' },
				h('h2', { id: 'dr-sources-h' }, 'What the record is built from'),
				h(
					'ul',
					null,
					h(
						'li',
						null,
						h('strong', null, 'Stack picker answers:'),
						` ${ANSWERS_ORIGIN[origins.answers]} (${answered} of ${data.picker.config.questions.length} answered). `,
						link(pickerHref, answered > 0 ? 'Change the answers' : 'Answer the stack picker'),
					),
					h(
						'li',
						null,
						h('strong', null, 'Scorecard:'),
						` ${SCORECARD_ORIGIN[origins.scorecard]}. `,
						link(scorecardHref, inputs.scorecard ? 'Change it on the scorecard' : 'Set your own weights'),
					),
				),
			),
			h(
				'form',
				{ class: 'dr-panel dr-fields', 'aria-labelledby': 'dr-fields-h', on: { submit: (e) => e.preventDefault() } },
				h('h2', { id: 'dr-fields-h' }, 'Your details'),
				h(
					'p',
					{ class: 'dr-hint' },
					'Only you know these. They are kept in this browser and in the share link, nowhere else.',
				),
				h(
					'div',
					{ class: 'dr-grid' },
					text('product', 'Product or system', 'e.g. Payments API'),
					text('deciders', 'Deciders', 'e.g. CTO, lead engineer'),
					field(
						'date',
						'Date',
						h('input', {
							id: 'dr-date',
							type: 'date',
							value: inputs.fields.date,
							on: { input: (e) => edit('date', typedValue(e)) },
						}),
					),
					field(
						'status',
						'Status',
						h(
							'select',
							{
								id: 'dr-status',
								value: inputs.fields.status,
								on: { change: (e) => edit('status', typedValue(e) as RecordFields['status']) },
							},
							RECORD_STATUSES.map((status) => h('option', { value: status }, status)),
						),
					),
				),
				field(
					'constraints',
					'Constraints the tools did not ask about',
					h('textarea', {
						id: 'dr-constraints',
						rows: 3,
						maxlength: FIELD_LIMITS.constraints,
						placeholder: 'Budget, deadlines, contracts, the cloud you are tied to…',
						value: inputs.fields.constraints,
						on: { input: (e) => edit('constraints', typedValue(e)) },
					}),
				),
			),
			h(
				'div',
				{ class: 'dr-actions' },
				button('Copy Markdown', async () => copy((await markdown()).text, 'record as Markdown')),
				button('Download Markdown', download),
				button('Copy share link', () => copy(shareUrl(), 'share link')),
				button('Print', () => print()),
			),
			feedback,
			recordSlot,
		),
	);
	render();
}
