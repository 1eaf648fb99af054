import { Component } from 'preact';
import { buildDecisionRecord, type DecisionRecord as RecordModel } from '../lib/decision-record/build-record';
import {
	defaultRecordFields,
	encodeStoredFields,
	FIELD_LIMITS,
	RECORD_FIELDS_STORAGE_KEY,
} from '../lib/decision-record/record-fields';
import {
	encodeRecordLink,
	type LoadedRecordInputs,
	loadRecordInputs,
	PICKER_STORAGE_KEY,
	RECORD_PARAM,
	type RecordInputs,
} from '../lib/decision-record/record-link';
import { type DecisionRecordData, RECORD_STATUSES, type RecordFields } from '../lib/decision-record/types';
import { encodePickerAnswers } from '../lib/picker/answers-url';
import { encodeScorecardState, SCORECARD_PARAM, SCORECARD_STORAGE_KEY } from '../lib/scorecard/state-codec';

const PICKER_PATH = '/tools/stack-picker/';
const SCORECARD_PATH = '/tools/scorecard/';

interface Props {
	data: DecisionRecordData;
}

interface ViewState {
	/** Set once the address and the saved state have been read; until then only the no-JS note shows. */
	ready: boolean;
	inputs: RecordInputs;
	origins: LoadedRecordInputs['origins'];
	/** Notices about a link or saved state that could not be used as it was. */
	problems: string[];
	/** Set once the reader edits a field, so merely opening a shared record never overwrites their own. */
	touched: boolean;
	/** The outcome of the last action (copy, download), shown and announced. */
	feedback: string;
}

/** Today's date in the reader's time zone, as YYYY-MM-DD. */
function today(): string {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Reads one localStorage item; the caller catches, since storage may be disabled. */
const readItem = (key: string) => () => localStorage.getItem(key);

/** Where each input came from, as the reader should read it. */
const ORIGIN_TEXT = {
	answers: { link: 'from this page’s link', saved: 'your last answers in the stack picker', none: 'not answered yet' },
	scorecard: {
		link: 'from this page’s link',
		saved: 'the scorecard saved in this browser',
		none: 'none yet, so every criterion is weighted equally',
	},
} as const;

/** A list of plain texts; nothing here is ever parsed as HTML. */
const Items = ({ items }: { items: string[] }) => (
	<ul>
		{items.map((item) => (
			<li key={item}>{item}</li>
		))}
	</ul>
);

/**
 * The decision record page: a thin view over `src/lib/decision-record`. It reads the picker answers,
 * the scorecard and the reader's own text (address first, then what the browser saved), shows the
 * record, and offers it as Markdown, as a share link and on paper. A class component, like the
 * scorecard, so the island needs only Preact's core.
 */
export default class DecisionRecord extends Component<Props, ViewState> {
	override state: ViewState = {
		ready: false,
		inputs: { answers: {}, scorecard: null, fields: defaultRecordFields() },
		origins: { answers: 'none', scorecard: 'none', fields: 'none' },
		problems: [],
		touched: false,
		feedback: '',
	};

	override componentDidMount() {
		const loaded = loadRecordInputs(
			location.search,
			{
				picker: readItem(PICKER_STORAGE_KEY),
				scorecard: readItem(SCORECARD_STORAGE_KEY),
				fields: readItem(RECORD_FIELDS_STORAGE_KEY),
			},
			this.props.data,
		);
		const fields = loaded.inputs.fields.date ? loaded.inputs.fields : { ...loaded.inputs.fields, date: today() };
		this.setState({
			ready: true,
			inputs: { ...loaded.inputs, fields },
			origins: loaded.origins,
			problems: loaded.problems,
		});
	}

	override componentDidUpdate(_: Props, previous: ViewState) {
		const { inputs, touched } = this.state;
		if (!touched || inputs === previous.inputs) return;
		try {
			localStorage.setItem(RECORD_FIELDS_STORAGE_KEY, encodeStoredFields(inputs.fields));
		} catch {
			// Storage may be full or disabled; the address below still holds the whole record.
		}
		// Once edited, the address carries the whole record, so a reload or a bookmark keeps it.
		history.replaceState(history.state, '', `${location.pathname}?${RECORD_PARAM}=${this.encoded()}`);
	}

	setField<K extends keyof RecordFields>(key: K, value: RecordFields[K]) {
		this.setState((s) => ({
			inputs: { ...s.inputs, fields: { ...s.inputs.fields, [key]: value } },
			touched: true,
			feedback: '',
		}));
	}

	encoded() {
		return encodeRecordLink(this.state.inputs, this.props.data);
	}

	shareUrl() {
		return `${location.origin}${location.pathname}?${RECORD_PARAM}=${this.encoded()}`;
	}

	/** Copies or downloads the record; the Markdown writer loads only when first asked for. */
	async export(as: 'markdown' | 'download' | 'link') {
		const record = buildDecisionRecord(this.state.inputs, this.props.data);
		if (as === 'link') return this.copy(this.shareUrl(), 'share link');
		const { recordToMarkdown } = await import('../lib/decision-record/record-markdown');
		const markdown = recordToMarkdown(record, { origin: location.origin, shareUrl: this.shareUrl() });
		if (as === 'markdown') return this.copy(markdown, 'record as Markdown');
		// A temporary object URL saves the file without a server round trip.
		const link = document.createElement('a');
		link.href = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown' }));
		link.download = `decision-record-${record.outcome.chosen.id}.md`;
		link.click();
		setTimeout(() => URL.revokeObjectURL(link.href), 1000);
		this.setState({ feedback: `Downloaded ${link.download}.` });
	}

	async copy(text: string, what: string) {
		try {
			await navigator.clipboard.writeText(text);
			this.setState({ feedback: `Copied the ${what} to the clipboard.` });
		} catch {
			this.setState({ feedback: 'The browser did not allow copying; use “Download Markdown” instead.' });
		}
	}

	override render() {
		const { data } = this.props;
		const { ready, inputs, origins, problems, feedback } = this.state;
		if (!ready) {
			return (
				<div class="dr">
					<p class="dr-note">
						This page writes your backend decision down as a one-page record from the answers you gave the{' '}
						<a href={PICKER_PATH}>stack picker</a> and the weights you set on the{' '}
						<a href={SCORECARD_PATH}>decision scorecard</a>. Building it needs JavaScript; without it, use those two
						pages and copy their results into your own record with the sections listed above.
					</p>
				</div>
			);
		}
		const record = buildDecisionRecord(inputs, data);
		const { fields } = inputs;
		const pickerQuery = encodePickerAnswers(inputs.answers, data.picker.config.questions);
		const pickerHref = `${PICKER_PATH}${pickerQuery ? `?${pickerQuery}` : ''}`;
		const scorecardHref = inputs.scorecard
			? `${SCORECARD_PATH}?${SCORECARD_PARAM}=${encodeScorecardState(inputs.scorecard)}`
			: SCORECARD_PATH;
		const text = (key: 'product' | 'deciders', label: string, hint: string) => (
			<div class="dr-field">
				<label for={`dr-${key}`}>{label}</label>
				<input
					id={`dr-${key}`}
					type="text"
					maxLength={FIELD_LIMITS[key]}
					value={fields[key]}
					placeholder={hint}
					onInput={(e) => this.setField(key, e.currentTarget.value)}
				/>
			</div>
		);

		return (
			<div class="dr">
				<div role="status" class="dr-notice-slot">
					{problems.length > 0 && (
						<div class="dr-notice">
							<p>
								<strong>Some of what this page was given could not be used.</strong>
							</p>
							<Items items={problems} />
							<button type="button" onClick={() => this.setState({ problems: [] })}>
								Dismiss
							</button>
						</div>
					)}
				</div>

				<section class="dr-panel dr-sources" aria-labelledby="dr-sources-h">
					<h2 id="dr-sources-h">What the record is built from</h2>
					<ul>
						<li>
							<strong>Stack picker answers:</strong> {ORIGIN_TEXT.answers[origins.answers]}
							{` (${record.drivers.answers.length} of ${data.picker.config.questions.length} answered). `}
							<a href={pickerHref}>{record.missing.answers ? 'Answer the stack picker' : 'Change the answers'}</a>
						</li>
						<li>
							<strong>Scorecard:</strong> {ORIGIN_TEXT.scorecard[origins.scorecard]}.{' '}
							<a href={scorecardHref}>{inputs.scorecard ? 'Change it on the scorecard' : 'Set your own weights'}</a>
						</li>
					</ul>
				</section>

				<form class="dr-panel dr-fields" aria-labelledby="dr-fields-h" onSubmit={(e) => e.preventDefault()}>
					<h2 id="dr-fields-h">Your details</h2>
					<p class="dr-hint">Only you know these. They are kept in this browser and in the share link, nowhere else.</p>
					<div class="dr-grid">
						{text('product', 'Product or system', 'e.g. Payments API')}
						{text('deciders', 'Deciders', 'e.g. CTO, lead engineer')}
						<div class="dr-field">
							<label for="dr-date">Date</label>
							<input
								id="dr-date"
								type="date"
								value={fields.date}
								onInput={(e) => this.setField('date', e.currentTarget.value)}
							/>
						</div>
						<div class="dr-field">
							<label for="dr-status">Status</label>
							<select
								id="dr-status"
								value={fields.status}
								onChange={(e) => this.setField('status', e.currentTarget.value as RecordFields['status'])}
							>
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
							value={fields.constraints}
							placeholder="Budget, deadlines, contracts, the cloud you are tied to…"
							onInput={(e) => this.setField('constraints', e.currentTarget.value)}
						/>
					</div>
				</form>

				<div class="dr-actions">
					<button type="button" onClick={() => this.export('markdown')}>
						Copy Markdown
					</button>
					<button type="button" onClick={() => this.export('download')}>
						Download Markdown
					</button>
					<button type="button" onClick={() => this.export('link')}>
						Copy share link
					</button>
					<button type="button" onClick={() => print()}>
						Print
					</button>
				</div>
				<p class="dr-feedback" role="status">
					{feedback}
				</p>

				<RecordView record={record} pickerHref={pickerHref} scorecardHref={scorecardHref} />
			</div>
		);
	}
}

/** The record itself, in MADR order; the same sections `recordToMarkdown` writes. */
function RecordView({
	record,
	pickerHref,
	scorecardHref,
}: {
	record: RecordModel;
	pickerHref: string;
	scorecardHref: string;
}) {
	const { context, drivers, options, outcome, consequences, revisit, hire } = record;
	const revisitItems = [...revisit.signals, ...revisit.changes];
	return (
		<article class="dr-record" aria-labelledby="dr-title">
			<h2 id="dr-title">{record.title}</h2>
			<dl class="dr-meta">
				<div>
					<dt>Status</dt>
					<dd>{record.status}</dd>
				</div>
				<div>
					<dt>Date</dt>
					<dd>{record.date || 'not set'}</dd>
				</div>
				<div>
					<dt>Deciders</dt>
					<dd>{record.deciders || 'not named yet'}</dd>
				</div>
			</dl>

			<h3>Context and problem statement</h3>
			<p>{context.problem}</p>
			{context.constraints ? (
				<>
					<p>Constraints we work under:</p>
					<blockquote class="dr-constraints">{context.constraints}</blockquote>
				</>
			) : (
				<p class="dr-muted">No further constraints written down.</p>
			)}

			<h3>Decision drivers</h3>
			{record.missing.answers ? (
				<p class="dr-missing">
					The stack picker has not been answered yet. <a href={pickerHref}>Answer the stack picker</a> to base the
					decision on your workload, team and market.
				</p>
			) : (
				<>
					<dl class="dr-pairs">
						{drivers.answers.map((a) => (
							<div key={a.question}>
								<dt>{a.question}</dt>
								<dd>{a.answer}</dd>
							</div>
						))}
					</dl>
					{drivers.unanswered.length > 0 && <p class="dr-muted">{`Not answered: ${drivers.unanswered.join(', ')}.`}</p>}
				</>
			)}
			<p>
				{'Scorecard weights (0–10): '}
				{drivers.weights.map((w, i) => `${i > 0 ? ' · ' : ''}${w.label} ${w.weight}`).join('')}
			</p>
			{record.missing.scorecard && (
				<p class="dr-missing">
					No scorecard was found, so every criterion has the default weight.{' '}
					<a href={scorecardHref}>Set your own weights</a> to make these drivers yours.
				</p>
			)}

			<h3 id="dr-options-h">Considered options</h3>
			{/* A scrollable region must take focus, or keyboard users cannot scroll it. */}
			<section class="dr-table-wrap" aria-labelledby="dr-options-h" tabindex={0}>
				<table class="dr-table">
					<thead>
						<tr>
							<th scope="col">Rank</th>
							<th scope="col">Option</th>
							{options.criteria.map((c) => (
								<th scope="col" key={c.id}>
									{c.label}
								</th>
							))}
							<th scope="col">Total (0–100)</th>
						</tr>
					</thead>
					<tbody>
						{options.ranked.map((o) => (
							<tr key={o.id} class={o.id === outcome.chosen.id ? 'dr-chosen' : undefined}>
								<td>{`${o.rank}${o.tied ? ' (tie)' : ''}`}</td>
								<th scope="row">{o.name}</th>
								{options.criteria.map((c) => (
									<td key={c.id}>{`${o.scores[c.id]}${o.edited.includes(c.id) ? '*' : ''}`}</td>
								))}
								<td>{o.total.toFixed(1)}</td>
							</tr>
						))}
					</tbody>
				</table>
			</section>
			<p class="dr-muted">
				Scores are steps on a 1–5 scale (5 is best).
				{options.ranked.some((o) => o.edited.length > 0) && ' * marks a score changed from the playbook’s rating.'}
			</p>

			<h3>Decision outcome</h3>
			<p class="dr-chosen-line">
				Chosen option: <strong>{outcome.chosen.name}</strong>, because:
			</p>
			<Items items={outcome.because} />
			{outcome.provisional && (
				<p class="dr-missing">
					{outcome.basis === 'scorecard'
						? 'Provisional: the stack picker has not been answered, so this rests on the scorecard alone.'
						: 'Provisional: not every picker question is answered yet.'}
				</p>
			)}
			<dl class="dr-pairs" aria-label="The stack">
				{outcome.stack.map((l) => (
					<div key={l.layer}>
						<dt>{l.layer}</dt>
						<dd>{l.choice}</dd>
					</div>
				))}
			</dl>
			{outcome.runnerUp && (
				<p>
					Runner-up: <strong>{outcome.runnerUp.name}</strong>
					{outcome.runnerUpBecause.length > 0 ? '. What pulls towards it:' : '.'}
				</p>
			)}
			{outcome.runnerUpBecause.length > 0 && <Items items={outcome.runnerUpBecause} />}
			<p>Margin and robustness:</p>
			<Items items={outcome.margin} />

			<h4>Consequences</h4>
			<ul class="dr-consequences">
				{consequences.good.map((g) => (
					<li key={g}>
						<strong>Good:</strong> {g}
					</li>
				))}
				{consequences.bad.map((b) => (
					<li key={b}>
						<strong>Bad:</strong> {b}
					</li>
				))}
			</ul>
			{consequences.operations.length > 0 && (
				<>
					<p>Operational commitments:</p>
					<dl class="dr-pairs">
						{consequences.operations.map((o) => (
							<div key={o.label}>
								<dt>{o.label}</dt>
								<dd>{o.text}</dd>
							</div>
						))}
					</dl>
				</>
			)}

			<h3>When to revisit</h3>
			{revisitItems.length > 0 ? (
				<Items items={revisitItems} />
			) : (
				<p class="dr-missing">
					<a href={pickerHref}>Answer the stack picker</a> to see which signals and answers would change this decision.
				</p>
			)}

			<h3>First role to hire</h3>
			<p>
				{hire.first}
				{hire.from && <span class="dr-muted">{` (From the playbook’s scenario “${hire.from}”.)`}</span>}
			</p>
			<p>Before opening the role, write down:</p>
			<dl class="dr-pairs">
				{hire.roleDefinition.map((r) => (
					<div key={r.label}>
						<dt>{r.label}</dt>
						<dd>{r.text}</dd>
					</div>
				))}
			</dl>
			<p class="dr-screen-only">
				<a href={hire.briefHref}>Write the job brief for this role</a>
			</p>
		</article>
	);
}
