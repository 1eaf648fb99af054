import { Component, type ComponentType, h } from 'preact';
import { DECISION_RECORD_PATH, withQuery } from '../lib/routes';
import {
	defaultScorecardState,
	MIN_LANGUAGES,
	type ScorecardState,
	WEIGHT_MAX,
	WEIGHT_MIN,
} from '../lib/scorecard/catalog';
import { buildDecisionTable } from '../lib/scorecard/decision-table';
import { rankingAnnouncement, rankingKey, withLanguage, withScore, withWeight } from '../lib/scorecard/edit-state';
import { loadScorecardState } from '../lib/scorecard/load-scorecard-state';
import { presetAdjusted } from '../lib/scorecard/presets';
import type { ScorecardData } from '../lib/scorecard/scorecard-data';
import { encodeScorecardState, SCORECARD_PARAM, SCORECARD_STORAGE_KEY } from '../lib/scorecard/state-codec';
import { STORAGE_REFUSED_NOTICE } from '../lib/storage/storage-writer';
import { copyText, downloadText, flushAddress, setQueryParam, store, whenStorageRefused } from './browser';
import ScorecardWeights from './ScorecardWeights';

/** The parts the island loads after it comes to life (see `scorecard-later.ts`). */
type LaterParts = typeof import('./scorecard-later');

/**
 * Renders a part that loads after hydration: once its module is there, the part itself; until then,
 * a wrapper whose content the build rendered and hydration keeps as it is (Preact leaves an element's
 * markup alone while hydrating one with `dangerouslySetInnerHTML`). With no part at all (its module
 * failed to load), the wrapper is empty.
 */
function later<P>(Part: ComponentType<P> | undefined, props: P) {
	// The inner HTML is an empty string, never text from the reader or a URL.
	return Part ? (
		<div class="sc-later">{h(Part as ComponentType<object>, props as object)}</div>
	) : (
		<div class="sc-later" dangerouslySetInnerHTML={{ __html: '' }} />
	);
}

interface Props {
	data: ScorecardData;
	/** Given only at build time, so the built page holds every part; the browser loads them after hydrating. */
	later?: LaterParts;
}

interface ViewState {
	sc: ScorecardState;
	/** Notices about a link or saved state that could not be used as it was. */
	problems: string[];
	/** Set once the browser refuses to save, so the reader knows nothing will be remembered. */
	storageNotice: string;
	/** Set once the link or saved state has been read. */
	ready: boolean;
	/** Set once the reader changes something, so merely opening a colleague's link never overwrites their own saved scorecard. */
	touched: boolean;
	/** The outcome of the last action (copy, reset), shown and announced. */
	feedback: string;
	/** The last ranking read out to screen readers. */
	announcement: string;
	/** What the last preset changed, until the reader changes something else. */
	presetNote: string;
	/** The state from before the last preset, which the undo button restores; null when there is none. */
	undo: ScorecardState | null;
	/** The later parts once loaded; null before (the built markup stays), false if they failed to load. */
	parts: LaterParts | null | false;
}

/**
 * The decision scorecard: a thin view over `src/lib/scorecard`. All scoring, ranking, sensitivity
 * and encoding happens there; this component holds the state, wires the controls to it, and keeps
 * the link and the browser's storage up to date. It is a class component so the island needs only
 * Preact's core, not the hooks module (about 1 kB gzip less to download).
 */
export default class Scorecard extends Component<Props, ViewState> {
	override state: ViewState = {
		sc: defaultScorecardState(this.props.data),
		problems: [],
		storageNotice: '',
		ready: false,
		touched: false,
		feedback: '',
		announcement: '',
		presetNote: '',
		undo: null,
		parts: this.props.later ?? null,
	};
	private announceTimer = 0;

	override componentDidMount() {
		whenStorageRefused(() => this.setState({ storageNotice: STORAGE_REFUSED_NOTICE }));
		const loaded = loadScorecardState(
			location.search,
			() => localStorage.getItem(SCORECARD_STORAGE_KEY),
			this.props.data,
		);
		this.setState({ sc: loaded.state, problems: loaded.problems, ready: true });
		// The presets, the score editor and the sensitivity chart arrive after the page has come to life,
		// which keeps the page's first download within its budget.
		import('./scorecard-later').then(
			(m) => this.setState({ parts: m }),
			() =>
				this.setState((s) => ({
					parts: false,
					problems: [
						...s.problems,
						'Part of the scorecard did not load, so its charts and table may be out of date; reloading the page may help.',
					],
				})),
		);
	}

	override componentDidUpdate(_: Props, previous: ViewState) {
		const { sc, touched, ready } = this.state;
		if (sc === previous.sc || !ready) return;
		if (touched) {
			const encoded = encodeScorecardState(sc);
			store(SCORECARD_STORAGE_KEY, encoded);
			setQueryParam(SCORECARD_PARAM, encoded);
		}
		// Announce the new order politely once the reader stops moving a slider, and only when the
		// order changed: totals shifting under a stable order are not news.
		const { data } = this.props;
		if (
			previous.ready &&
			rankingKey(buildDecisionTable(data, sc)) !== rankingKey(buildDecisionTable(data, previous.sc))
		) {
			clearTimeout(this.announceTimer);
			this.announceTimer = window.setTimeout(() => {
				this.setState({ announcement: rankingAnnouncement(buildDecisionTable(data, this.state.sc)) });
			}, 800);
		}
	}

	override componentWillUnmount() {
		clearTimeout(this.announceTimer);
	}

	update(change: (sc: ScorecardState) => ScorecardState) {
		this.setState((s) => ({ sc: change(s.sc), touched: true, feedback: '', presetNote: '', undo: null }));
	}

	/** Sets a preset's weights, saying what changed and keeping the previous state for the undo. */
	async choosePreset(id: string) {
		const { presetNotice, withPreset } = await import('../lib/scorecard/preset-change');
		this.setState((s) => {
			const sc = withPreset(this.props.data, s.sc, id);
			return { sc, touched: true, feedback: '', undo: s.sc, presetNote: presetNotice(this.props.data, s.sc, sc) };
		});
	}

	undoPreset() {
		this.setState((s) => ({
			sc: s.undo ?? s.sc,
			undo: null,
			presetNote: 'The previous weights are back.',
		}));
	}

	setScore(languageId: string, criterionId: string, score: number | null) {
		this.update((s) => withScore(this.props.data, s, languageId, criterionId, score));
	}

	reset() {
		store(SCORECARD_STORAGE_KEY, null);
		setQueryParam(SCORECARD_PARAM, null);
		// Written at once, so no slider step still waiting can bring the old state back.
		flushAddress();
		this.setState({
			sc: defaultScorecardState(this.props.data),
			touched: false,
			problems: [],
			presetNote: '',
			undo: null,
			feedback: 'Reset to equal weights, the default languages and the playbook’s scores.',
		});
	}

	shareUrl() {
		return `${location.origin}${location.pathname}?${SCORECARD_PARAM}=${encodeScorecardState(this.state.sc)}`;
	}

	/** Copies to the clipboard or downloads the table; the export code loads only when first asked for. */
	async export(as: 'link' | 'markdown' | 'md' | 'csv') {
		const { decisionTableCsv, decisionTableMarkdown } = await import('../lib/scorecard/export-table');
		const table = buildDecisionTable(this.props.data, this.state.sc);
		if (as === 'md' || as === 'csv') {
			const [text, type] =
				as === 'md'
					? [decisionTableMarkdown(table, this.shareUrl()), 'text/markdown']
					: [decisionTableCsv(table), 'text/csv'];
			downloadText(`scorecard.${as}`, text, type);
			return;
		}
		const [text, what] =
			as === 'link'
				? [this.shareUrl(), 'share link']
				: [decisionTableMarkdown(table, this.shareUrl()), 'Markdown table'];
		this.setState({
			feedback: (await copyText(text))
				? `Copied the ${what} to the clipboard.`
				: 'The browser did not allow copying; use a download button instead.',
		});
	}

	override render() {
		const { data } = this.props;
		const { sc: state, problems, ready, feedback, announcement, presetNote, undo } = this.state;
		const table = buildDecisionTable(data, state);
		const encoded = encodeScorecardState(state);
		const setWeight = (id: string, weight: number) => this.update((s) => withWeight(s, id, weight));
		const toggleLanguage = (id: string, on: boolean) => this.update((s) => withLanguage(data, s, id, on));
		const onlyMinimum = state.languages.length <= MIN_LANGUAGES;
		const parts = this.state.parts || undefined;

		return (
			<div class="scorecard" data-ready={ready && this.state.parts !== null ? '' : undefined}>
				<div role="status" class="sc-notice-slot">
					{this.state.storageNotice && <p class="sc-notice">{this.state.storageNotice}</p>}
					{problems.length > 0 && (
						<div class="sc-notice">
							<p>
								<strong>Some settings could not be used.</strong>
							</p>
							<ul>
								{problems.map((problem) => (
									<li key={problem}>{problem}</li>
								))}
							</ul>
							<button type="button" onClick={() => this.setState({ problems: [] })}>
								Dismiss
							</button>
						</div>
					)}
				</div>

				<section class="sc-section sc-weights">
					<h2 id="sc-weights-h">1. Weigh the criteria</h2>
					<p class="sc-hint">
						{WEIGHT_MIN} leaves a criterion out; {WEIGHT_MAX} makes it count most.
					</p>
					{later(parts?.Presets, {
						presets: data.presets,
						criteria: data.criteria,
						active: state.preset,
						adjusted: presetAdjusted(data, state),
						note: presetNote,
						onPreset: (id) => this.choosePreset(id),
						onUndo: undo ? () => this.undoPreset() : null,
					})}
					<ScorecardWeights criteria={data.criteria} weights={state.weights} onWeight={setWeight} />
				</section>

				<section class="sc-section sc-ranking">
					<h2 id="sc-ranking-h">2. Ranking</h2>
					<p class="sc-verdict">{table.verdict}</p>
					{later(parts?.Ranking, { table })}
					<p class="sc-hint">
						Totals run from 0 (the lowest step on every criterion) to 100 (the top step everywhere).
					</p>
					<p class="sc-robust">
						<strong>How robust is it?</strong> {table.robustness}
					</p>
					{later(parts?.Sensitivity, { table })}
				</section>

				<section class="sc-section sc-languages">
					<h2 id="sc-languages-h">3. Choose the languages</h2>
					<fieldset aria-labelledby="sc-languages-h" aria-describedby="sc-languages-hint" class="sc-checks">
						{data.languages.map((l) => {
							const on = state.languages.includes(l.id);
							return (
								<label key={l.id}>
									<input
										type="checkbox"
										checked={on}
										disabled={on && onlyMinimum}
										onChange={(e) => toggleLanguage(l.id, e.currentTarget.checked)}
									/>{' '}
									{l.name}
								</label>
							);
						})}
					</fieldset>
					<p class="sc-hint" id="sc-languages-hint">
						Compare at least {MIN_LANGUAGES}.
					</p>
				</section>

				<section class="sc-section sc-scores">
					<h2 id="sc-scores-h">4. Check the scores</h2>
					<p class="sc-hint">
						Each score starts from the playbook’s rating. Change any you know better for your team, market or product.
					</p>
					{later(parts?.Scores, { data, state, table, onScore: (l, c, v) => this.setScore(l, c, v) })}
				</section>

				<section class="sc-section sc-result">
					<h2 id="sc-table-h">5. Your decision table</h2>
					{later(parts?.Table, { table, labelledBy: 'sc-table-h' })}
					<div class="sc-actions">
						<button type="button" onClick={() => this.export('link')}>
							Copy share link
						</button>
						<button type="button" onClick={() => this.export('markdown')}>
							Copy Markdown
						</button>
						<button type="button" onClick={() => this.export('md')}>
							Download Markdown
						</button>
						<button type="button" onClick={() => this.export('csv')}>
							Download CSV
						</button>
						<button type="button" onClick={() => print()}>
							Print
						</button>
						<button type="button" onClick={() => this.reset()}>
							Reset
						</button>
					</div>
					<p class="sc-feedback" role="status">
						{feedback}
					</p>
					{/* DECISION RECORD HOOK: the decision record page decodes this `?s=` with decodeScorecardState. */}
					<p class="sc-next">
						<a href={withQuery(DECISION_RECORD_PATH, `${SCORECARD_PARAM}=${encoded}`)}>Write the decision record</a>{' '}
						with this scorecard as its evidence.
					</p>
				</section>

				<p class="sr-only" aria-live="polite">
					{announcement}
				</p>
			</div>
		);
	}
}
