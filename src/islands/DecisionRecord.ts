import { buildDecisionRecord, type DecisionRecord } from '../lib/decision-record/build-record';
import { encodeStoredFields, RECORD_FIELDS_STORAGE_KEY } from '../lib/decision-record/record-fields';
import { loadRecordInputs, PICKER_STORAGE_KEY, type RecordInputs } from '../lib/decision-record/record-link';
import { localIsoDate, recordQuery, toolLinks, withDefaultDate } from '../lib/decision-record/record-page';
import type { DecisionRecordData, RecordFields } from '../lib/decision-record/types';
import { SCORECARD_STORAGE_KEY } from '../lib/scorecard/state-codec';
import { STORAGE_REFUSED_NOTICE } from '../lib/storage/storage-writer';
import { copyText, downloadText, replaceQuery, store, whenStorageRefused } from './browser';
import { items, recordView } from './DecisionRecordView';
import { fillTemplate, h } from './dom';

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

	// The wrapper's two templates, in its order: the page's fixed parts, filled in here once, and the
	// record's, which the view fills in on every change.
	const [page, recordTemplate] = root.querySelectorAll('template');
	const conditions: Record<string, unknown> = {
		problems: loaded.problems.length,
		answered,
		scorecard: inputs.scorecard,
	};
	for (const origin of ['link', 'saved', 'none'] as const) {
		conditions[`answers-${origin}`] = origins.answers === origin;
		conditions[`scorecard-${origin}`] = origins.scorecard === origin;
	}
	const ui = fillTemplate(
		page!,
		conditions,
		{ problems: items(loaded.problems), answered: String(answered) },
		{ ...links },
	);
	const find = (selector: string) => ui.querySelector(selector) as HTMLElement;
	// Live regions exist from the start (and stay), so what is put in them later is announced.
	const notice = find('.dr-notice-slot');
	whenStorageRefused(() => notice.append(h('p', { class: 'dr-notice' }, STORAGE_REFUSED_NOTICE)));
	// The notice of what could not be used is there only when something was refused.
	const box = find('.dr-notice');
	if (box) box.querySelector('button')!.onclick = () => box.remove();
	const feedback = find('.dr-feedback');
	const say = (text: string) => {
		feedback.textContent = text;
	};

	const recordSlot = find('.dr-record-slot');
	/** The record on the page, rebuilt on every change; the Markdown writer reads the same one. */
	let record: DecisionRecord;
	const render = () => {
		record = buildDecisionRecord(inputs, data);
		recordSlot.replaceChildren(recordView(recordTemplate!, record, links));
	};

	/** Applies an edit: the record, the saved fields and the address all follow it. */
	const edit = (key: keyof RecordFields, value: string) => {
		// The status comes from its select, so it is always one of the statuses the select lists.
		inputs.fields = { ...inputs.fields, [key]: value };
		say('');
		render();
		store(RECORD_FIELDS_STORAGE_KEY, encodeStoredFields(inputs.fields));
		// Once edited, the address carries the whole record, so a reload or a bookmark keeps it.
		replaceQuery(recordQuery(inputs, data));
	};
	const copy = async (text: string, what: string) =>
		say(
			(await copyText(text))
				? `Copied the ${what} to the clipboard.`
				: 'The browser did not allow copying; use “Download Markdown” instead.',
		);
	/** The Markdown writer loads only when a reader first asks for it. */
	const markdown = async () => {
		const { recordToMarkdown } = await import('../lib/decision-record/record-markdown');
		return recordToMarkdown(record, { origin: location.origin, shareUrl: shareUrl() });
	};
	const download = async () => {
		const text = await markdown();
		const name = `decision-record-${record.outcome.basis === 'none' ? 'undecided' : record.outcome.chosen.id}.md`;
		downloadText(name, text, 'text/markdown');
		say(`Downloaded ${name}.`);
	};

	// Each control's id is `dr-` and the key of the field it edits. One listener on the form hears
	// them all: a select fires `input` on a change as text and date inputs do.
	const form = find('form') as HTMLFormElement;
	const fieldKey = (control: Element) => control.id.slice(3) as keyof RecordFields;
	for (const control of form.elements as HTMLCollectionOf<HTMLInputElement>) {
		control.value = inputs.fields[fieldKey(control)];
	}
	form.onsubmit = (e) => e.preventDefault();
	form.oninput = (e) => {
		const control = e.target as HTMLInputElement;
		edit(fieldKey(control), control.value);
	};

	// The buttons in the order the wrapper writes them: Copy Markdown, Download Markdown, Copy share
	// link, Print.
	const actions = [
		async () => copy(await markdown(), 'record as Markdown'),
		download,
		() => copy(shareUrl(), 'share link'),
		() => print(),
	];
	find('.dr-actions')
		.querySelectorAll('button')
		.forEach((button, i) => {
			button.onclick = actions[i]!;
		});

	root.replaceChildren(ui);
	render();
}
