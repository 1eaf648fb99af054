import { useEffect, useMemo, useState } from 'preact/hooks';
import { copyText, downloadText, replaceQuery, savedItem, store, whenStorageRefused } from '../../../common/browser';
import { PICKER_PATH, SCORECARD_PATH } from '../../../common/routes';
import { STORAGE_REFUSED_NOTICE } from '../../../common/storage/storage-writer';
import { SCORECARD_STORAGE_KEY } from '../../scorecard/model/state-codec';
import { buildDecisionRecord } from '../model/build-record';
import { encodeStoredFields, FIELD_LIMITS, RECORD_FIELDS_STORAGE_KEY } from '../model/record-fields';
import { type InputOrigin, loadRecordInputs, PICKER_STORAGE_KEY, type RecordInputs } from '../model/record-link';
import {
	ANSWERS_ORIGIN,
	localIsoDate,
	recordQuery,
	SCORECARD_ORIGIN,
	toolLinks,
	withDefaultDate,
} from '../model/record-page';
import { type DecisionRecordData, RECORD_STATUSES, type RecordFields } from '../model/types';
import RecordView from './DecisionRecordView';

/** The island's props: plain data, serialised into the page and read back when it hydrates. */
export interface DecisionRecordProps {
	data: DecisionRecordData;
}

/** What the record was built from, as read once when the island comes to life. */
interface Loaded {
	/** Where the picker's answers and the scorecard came from. */
	origins: { answers: InputOrigin; scorecard: InputOrigin };
	/** What the address or the saved state held that could not be used. */
	problems: string[];
}

/** A one-line text field; its id (`dr-` and the field's key) names it for its label. */
const TEXT_FIELDS = [
	{ key: 'product', label: 'Product or system', placeholder: 'e.g. Payments API' },
	{ key: 'deciders', label: 'Deciders', placeholder: 'e.g. CTO, lead engineer' },
] as const;

/**
 * The decision record: reads the picker answers, the scorecard and the reader's own text (address
 * first, then what the browser saved), shows the record, and offers it as Markdown, as a share link
 * and on paper. Every decision is made in `src/tools/decision-record/model`; this view only shows the record
 * and wires the inputs.
 *
 * The build renders only the note below, which is what a reader without JavaScript sees: the
 * record depends on what this browser saved, and controls that do nothing without script would
 * only mislead. Once it runs, the island reads its inputs and shows the whole page.
 */
export default function DecisionRecord({ data }: DecisionRecordProps) {
	/** Null until the island has read its inputs in the browser. */
	const [loaded, setLoaded] = useState<Loaded | null>(null);
	const [inputs, setInputs] = useState<RecordInputs | null>(null);
	const [problemsShown, setProblemsShown] = useState(true);
	const [storageRefused, setStorageRefused] = useState(false);
	/** The outcome of the last action (copy, download), shown and announced. */
	const [feedback, setFeedback] = useState('');

	useEffect(() => {
		whenStorageRefused(() => setStorageRefused(true));
		const read = loadRecordInputs(
			location.search,
			{
				picker: () => savedItem(PICKER_STORAGE_KEY),
				scorecard: () => savedItem(SCORECARD_STORAGE_KEY),
				fields: () => savedItem(RECORD_FIELDS_STORAGE_KEY),
			},
			data,
		);
		setLoaded({ origins: read.origins, problems: read.problems });
		setInputs(withDefaultDate(read.inputs, localIsoDate(new Date())));
	}, [data]);

	/** The record on the page, rebuilt on every edit; the Markdown writer reads the same one. */
	const record = useMemo(() => inputs && buildDecisionRecord(inputs, data), [inputs, data]);

	if (!loaded || !inputs || !record) {
		return (
			<div class="dr">
				<p class="dr-note">
					This page writes your backend decision down as a one-page record from the answers you gave the{' '}
					<a href={PICKER_PATH}>stack picker</a> and the weights you set on the{' '}
					<a href={SCORECARD_PATH}>decision scorecard</a>. Building it needs JavaScript; without it, use those two pages
					and copy their results into your own record with the sections listed above.
				</p>
			</div>
		);
	}

	const { origins, problems } = loaded;
	// The answers and the scorecard never change on this page, so neither do the links back to the tools.
	const links = toolLinks(inputs, data);
	const answered = Object.keys(inputs.answers).length;
	const questionCount = data.picker.config.questions.length;
	const shareUrl = () => `${location.origin}${location.pathname}?${recordQuery(inputs, data)}`;

	/** Applies an edit: the record, the saved fields and the address all follow it. */
	const edit = (key: keyof RecordFields, value: string) => {
		// The status comes from its select, so it is always one of the statuses the select lists.
		const next = { ...inputs, fields: { ...inputs.fields, [key]: value } };
		setInputs(next);
		setFeedback('');
		store(RECORD_FIELDS_STORAGE_KEY, encodeStoredFields(next.fields));
		// Once edited, the address carries the whole record, so a reload or a bookmark keeps it.
		replaceQuery(recordQuery(next, data));
	};
	/** Calls `edit` with the value of the control that fired `event`. */
	const onEdit = (key: keyof RecordFields) => (event: { currentTarget: { value: string } }) =>
		edit(key, event.currentTarget.value);

	const copy = async (text: string, what: string) =>
		setFeedback(
			(await copyText(text))
				? `Copied the ${what} to the clipboard.`
				: 'The browser did not allow copying; use “Download Markdown” instead.',
		);
	/** The Markdown writer loads only when a reader first asks for it. */
	const markdown = async () => {
		const { recordToMarkdown } = await import('../model/record-markdown');
		return recordToMarkdown(record, { origin: location.origin, shareUrl: shareUrl() });
	};
	const download = async () => {
		const text = await markdown();
		const name = `decision-record-${record.outcome.basis === 'none' ? 'undecided' : record.outcome.chosen.id}.md`;
		downloadText(name, text, 'text/markdown');
		setFeedback(`Downloaded ${name}.`);
	};
	const actions: [string, () => unknown][] = [
		['Copy Markdown', async () => copy(await markdown(), 'record as Markdown')],
		['Download Markdown', download],
		['Copy share link', () => copy(shareUrl(), 'share link')],
		['Print', () => print()],
	];

	return (
		<div class="dr" data-ready="">
			{/* Live regions are there from the start (and stay), so what is put in them later is announced. */}
			<div role="status" class="dr-notice-slot">
				{problems.length > 0 && problemsShown && (
					<div class="dr-notice">
						<p>
							<strong>Some of what this page was given could not be used.</strong>
						</p>
						<ul>
							{problems.map((problem) => (
								<li key={problem}>{problem}</li>
							))}
						</ul>
						<button type="button" onClick={() => setProblemsShown(false)}>
							Dismiss
						</button>
					</div>
				)}
				{storageRefused && <p class="dr-notice">{STORAGE_REFUSED_NOTICE}</p>}
			</div>
			<section class="dr-panel dr-sources" aria-labelledby="dr-sources-h">
				<h2 id="dr-sources-h">What the record is built from</h2>
				<ul>
					<li>
						<strong>Stack picker answers:</strong> {ANSWERS_ORIGIN[origins.answers]} ({answered} of {questionCount}{' '}
						answered). <a href={links.picker}>{answered ? 'Change the answers' : 'Answer the stack picker'}</a>
					</li>
					<li>
						<strong>Scorecard:</strong> {SCORECARD_ORIGIN[origins.scorecard]}.{' '}
						<a href={links.scorecard}>{inputs.scorecard ? 'Change it on the scorecard' : 'Set your own weights'}</a>
					</li>
				</ul>
			</section>
			<form class="dr-panel dr-fields" aria-labelledby="dr-fields-h" onSubmit={(e) => e.preventDefault()}>
				<h2 id="dr-fields-h">Your details</h2>
				<p class="dr-hint">Only you know these. They are kept in this browser and in the share link, nowhere else.</p>
				<div class="dr-grid">
					{TEXT_FIELDS.map(({ key, label, placeholder }) => (
						<div class="dr-field" key={key}>
							<label for={`dr-${key}`}>{label}</label>
							<input
								id={`dr-${key}`}
								type="text"
								maxLength={FIELD_LIMITS[key]}
								placeholder={placeholder}
								value={inputs.fields[key]}
								onInput={onEdit(key)}
							/>
						</div>
					))}
					<div class="dr-field">
						<label for="dr-date">Date</label>
						<input id="dr-date" type="date" value={inputs.fields.date} onInput={onEdit('date')} />
					</div>
					<div class="dr-field">
						<label for="dr-status">Status</label>
						<select id="dr-status" value={inputs.fields.status} onInput={onEdit('status')}>
							{RECORD_STATUSES.map((status) => (
								<option key={status} value={status}>
									{status}
								</option>
							))}
						</select>
					</div>
				</div>
				<div class="dr-field">
					<label for="dr-constraints">Constraints the tools did not ask about</label>
					<textarea
						id="dr-constraints"
						rows={3}
						maxLength={FIELD_LIMITS.constraints}
						placeholder="Budget, deadlines, contracts, the cloud you are tied to…"
						value={inputs.fields.constraints}
						onInput={onEdit('constraints')}
					/>
				</div>
			</form>
			<div class="dr-actions">
				{actions.map(([label, act]) => (
					<button type="button" key={label} onClick={act}>
						{label}
					</button>
				))}
			</div>
			<p class="dr-feedback" role="status">
				{feedback}
			</p>
			<RecordView record={record} links={links} />
		</div>
	);
}
