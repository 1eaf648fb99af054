import { buildDecisionRecord } from '../lib/decision-record/build-record';
import { encodeStoredFields, FIELD_LIMITS, RECORD_FIELDS_STORAGE_KEY } from '../lib/decision-record/record-fields';
import { loadRecordInputs, PICKER_STORAGE_KEY, type RecordInputs } from '../lib/decision-record/record-link';
import {
	ANSWERS_ORIGIN,
	localIsoDate,
	recordQuery,
	SCORECARD_ORIGIN,
	toolLinks,
	withDefaultDate,
} from '../lib/decision-record/record-page';
import { type DecisionRecordData, RECORD_STATUSES, type RecordFields } from '../lib/decision-record/types';
import { SCORECARD_STORAGE_KEY } from '../lib/scorecard/state-codec';
import { STORAGE_REFUSED_NOTICE } from '../lib/storage/storage-writer';
import { copyText, downloadText, replaceQuery, store, whenStorageRefused } from './browser';
import { link, list, recordView } from './DecisionRecordView';
import { h } from './dom';

// This island is built with plain DOM calls rather than Preact: the record needs both the picker's
// and the scorecard's logic on load, and Preact on top of them would take the page well past its
// JavaScript budget. The view stays thin all the same: every decision is made in
// src/lib/decision-record, and this file only turns the record into elements and wires the inputs.

/**
 * Mounts the decision record in `root`, replacing the server-rendered no-JavaScript note. It reads
 * the picker answers, the scorecard and the reader's own text (address first, then what the browser
 * saved), shows the record, and offers it as Markdown, as a share link and on paper.
 */
export function mountDecisionRecord(root: HTMLElement, data: DecisionRecordData) {
	const loaded = loadRecordInputs(
		location.search,
		{
			picker: () => localStorage.getItem(PICKER_STORAGE_KEY),
			scorecard: () => localStorage.getItem(SCORECARD_STORAGE_KEY),
			fields: () => localStorage.getItem(RECORD_FIELDS_STORAGE_KEY),
		},
		data,
	);
	const { origins } = loaded;
	const inputs: RecordInputs = withDefaultDate(loaded.inputs, localIsoDate(new Date()));
	const links = toolLinks(inputs, data);
	const answered = Object.keys(inputs.answers).length;
	const shareUrl = () => `${location.origin}${location.pathname}?${recordQuery(inputs, data)}`;

	// Live regions exist from the start (and stay), so what is put in them later is announced.
	const notice = h('div', { role: 'status', class: 'dr-notice-slot' });
	whenStorageRefused(() => notice.append(h('p', { class: 'dr-notice' }, STORAGE_REFUSED_NOTICE)));
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
	const render = () => recordSlot.replaceChildren(recordView(buildDecisionRecord(inputs, data), links));

	/** Applies an edit: the record, the saved fields and the address all follow it. */
	const edit = <K extends keyof RecordFields>(key: K, value: RecordFields[K]) => {
		inputs.fields = { ...inputs.fields, [key]: value };
		say('');
		render();
		store(RECORD_FIELDS_STORAGE_KEY, encodeStoredFields(inputs.fields));
		// Once edited, the address carries the whole record, so a reload or a bookmark keeps it.
		replaceQuery(recordQuery(inputs, data));
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

	const copy = async (text: string, what: string) =>
		say(
			(await copyText(text))
				? `Copied the ${what} to the clipboard.`
				: 'The browser did not allow copying; use “Download Markdown” instead.',
		);
	/** The Markdown writer loads only when a reader first asks for it. */
	const markdown = async () => {
		const { recordToMarkdown } = await import('../lib/decision-record/record-markdown');
		const record = buildDecisionRecord(inputs, data);
		return { record, text: recordToMarkdown(record, { origin: location.origin, shareUrl: shareUrl() }) };
	};
	const download = async () => {
		const { record, text } = await markdown();
		const name = `decision-record-${record.outcome.basis === 'none' ? 'undecided' : record.outcome.chosen.id}.md`;
		downloadText(name, text, 'text/markdown');
		say(`Downloaded ${name}.`);
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
						link(links.picker, answered > 0 ? 'Change the answers' : 'Answer the stack picker'),
					),
					h(
						'li',
						null,
						h('strong', null, 'Scorecard:'),
						` ${SCORECARD_ORIGIN[origins.scorecard]}. `,
						link(links.scorecard, inputs.scorecard ? 'Change it on the scorecard' : 'Set your own weights'),
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
