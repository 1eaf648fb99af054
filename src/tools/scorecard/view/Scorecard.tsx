import { useEffect, useRef, useState } from 'preact/hooks';
import {
	copyText,
	downloadText,
	flushAddress,
	savedItem,
	setQueryParam,
	store,
	whenStorageRefused,
} from '../../../common/browser';
import { DECISION_RECORD_PATH, withQuery } from '../../../common/routes';
import { STORAGE_REFUSED_NOTICE } from '../../../common/storage/storage-writer';
import { defaultScorecardState, MIN_LANGUAGES, type ScorecardState, WEIGHT_MAX, WEIGHT_MIN } from '../model/catalog';
import { buildDecisionTable } from '../model/decision-table';
import { rankingAnnouncement, rankingKey, withLanguage, withScore, withWeight } from '../model/edit-state';
import { loadScorecardState } from '../model/load-scorecard-state';
import { presetAdjusted } from '../model/presets';
import type { ScorecardData } from '../model/scorecard-data';
import { encodeScorecardState, SCORECARD_PARAM, SCORECARD_STORAGE_KEY } from '../model/state-codec';
import ScorecardPresets from './ScorecardPresets';
import ScorecardRanking from './ScorecardRanking';
import ScorecardScores from './ScorecardScores';
import ScorecardSensitivity from './ScorecardSensitivity';
import ScorecardTable from './ScorecardTable';
import ScorecardWeights from './ScorecardWeights';

interface Props {
	data: ScorecardData;
}

/** What the scorecard shows and remembers, changed together so that each change is one render. */
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
}

/**
 * The decision scorecard: a thin view over `src/tools/scorecard/model`. All scoring, ranking, sensitivity
 * and encoding happens there; this component holds the state, wires the controls to it, and keeps
 * the link and the browser's storage up to date.
 */
export default function Scorecard({ data }: Props) {
	const [view, setView] = useState<ViewState>(() => ({
		sc: defaultScorecardState(data),
		problems: [],
		storageNotice: '',
		ready: false,
		touched: false,
		feedback: '',
		announcement: '',
		presetNote: '',
		undo: null,
	}));
	/** Merges a change into the view state, computed from the latest state when given as a function. */
	const patch = (change: Partial<ViewState> | ((v: ViewState) => Partial<ViewState>)) =>
		setView((v) => ({ ...v, ...(typeof change === 'function' ? change(v) : change) }));
	const { sc: state, problems, ready, touched, feedback, announcement, presetNote, undo } = view;

	useEffect(() => {
		whenStorageRefused(() => patch({ storageNotice: STORAGE_REFUSED_NOTICE }));
		const loaded = loadScorecardState(location.search, () => savedItem(SCORECARD_STORAGE_KEY), data);
		patch({ sc: loaded.state, problems: loaded.problems, ready: true });
	}, [data]);

	/** The state and readiness the last change was saved and announced for. */
	const previous = useRef({ sc: state, ready });
	/** The state on screen, which a delayed announcement reads when it fires. */
	const latest = useRef(state);
	latest.current = state;
	const announceTimer = useRef(0);
	useEffect(() => () => clearTimeout(announceTimer.current), []);

	useEffect(() => {
		const before = previous.current;
		previous.current = { sc: state, ready };
		if (state === before.sc || !ready) return;
		if (touched) {
			const encoded = encodeScorecardState(state);
			store(SCORECARD_STORAGE_KEY, encoded);
			setQueryParam(SCORECARD_PARAM, encoded);
		}
		// Announce the new order politely once the reader stops moving a slider, and only when the
		// order changed: totals shifting under a stable order are not news.
		if (
			before.ready &&
			rankingKey(buildDecisionTable(data, state)) !== rankingKey(buildDecisionTable(data, before.sc))
		) {
			clearTimeout(announceTimer.current);
			announceTimer.current = window.setTimeout(() => {
				patch({ announcement: rankingAnnouncement(buildDecisionTable(data, latest.current)) });
			}, 800);
		}
	}, [data, state, ready, touched]);

	const update = (change: (sc: ScorecardState) => ScorecardState) =>
		patch((v) => ({ sc: change(v.sc), touched: true, feedback: '', presetNote: '', undo: null }));

	/** Sets a preset's weights, saying what changed and keeping the previous state for the undo. */
	const choosePreset = async (id: string) => {
		const { presetNotice, withPreset } = await import('../model/preset-change');
		patch((v) => {
			const sc = withPreset(data, v.sc, id);
			return { sc, touched: true, feedback: '', undo: v.sc, presetNote: presetNotice(data, v.sc, sc) };
		});
	};

	const undoPreset = () =>
		patch((v) => ({ sc: v.undo ?? v.sc, undo: null, presetNote: 'The previous weights are back.' }));

	const reset = () => {
		store(SCORECARD_STORAGE_KEY, null);
		setQueryParam(SCORECARD_PARAM, null);
		// Written at once, so no slider step still waiting can bring the old state back.
		flushAddress();
		patch({
			sc: defaultScorecardState(data),
			touched: false,
			problems: [],
			presetNote: '',
			undo: null,
			feedback: 'Reset to equal weights, the default languages and the playbook’s scores.',
		});
	};

	const shareUrl = () => `${location.origin}${location.pathname}?${SCORECARD_PARAM}=${encodeScorecardState(state)}`;

	/** Copies to the clipboard or downloads the table; the export code loads only when first asked for. */
	const exportAs = async (as: 'link' | 'markdown' | 'md' | 'csv') => {
		const { decisionTableCsv, decisionTableMarkdown } = await import('../model/export-table');
		const table = buildDecisionTable(data, state);
		if (as === 'md' || as === 'csv') {
			const [text, type] =
				as === 'md'
					? [decisionTableMarkdown(table, shareUrl()), 'text/markdown']
					: [decisionTableCsv(table), 'text/csv'];
			downloadText(`scorecard.${as}`, text, type);
			return;
		}
		const [text, what] =
			as === 'link' ? [shareUrl(), 'share link'] : [decisionTableMarkdown(table, shareUrl()), 'Markdown table'];
		patch({
			feedback: (await copyText(text))
				? `Copied the ${what} to the clipboard.`
				: 'The browser did not allow copying; use a download button instead.',
		});
	};

	const table = buildDecisionTable(data, state);
	const encoded = encodeScorecardState(state);
	const setWeight = (id: string, weight: number) => update((s) => withWeight(s, id, weight));
	const toggleLanguage = (id: string, on: boolean) => update((s) => withLanguage(data, s, id, on));
	const onlyMinimum = state.languages.length <= MIN_LANGUAGES;

	return (
		<div class="scorecard" data-ready={ready ? '' : undefined}>
			<div role="status" class="sc-notice-slot">
				{view.storageNotice && <p class="sc-notice">{view.storageNotice}</p>}
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
						<button type="button" onClick={() => patch({ problems: [] })}>
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
				<ScorecardPresets
					presets={data.presets}
					criteria={data.criteria}
					active={state.preset}
					adjusted={presetAdjusted(data, state)}
					note={presetNote}
					onPreset={choosePreset}
					onUndo={undo ? undoPreset : null}
				/>
				<ScorecardWeights criteria={data.criteria} weights={state.weights} onWeight={setWeight} />
			</section>

			<section class="sc-section sc-ranking">
				<h2 id="sc-ranking-h">2. Ranking</h2>
				<p class="sc-verdict">{table.verdict}</p>
				<ScorecardRanking table={table} />
				<p class="sc-hint">Totals run from 0 (the lowest step on every criterion) to 100 (the top step everywhere).</p>
				<p class="sc-robust">
					<strong>How robust is it?</strong> {table.robustness}
				</p>
				<ScorecardSensitivity table={table} />
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
				<ScorecardScores
					data={data}
					state={state}
					table={table}
					onScore={(l, c, v) => update((s) => withScore(data, s, l, c, v))}
				/>
			</section>

			<section class="sc-section sc-result">
				<h2 id="sc-table-h">5. Your decision table</h2>
				<ScorecardTable table={table} labelledBy="sc-table-h" />
				<div class="sc-actions">
					<button type="button" onClick={() => exportAs('link')}>
						Copy share link
					</button>
					<button type="button" onClick={() => exportAs('markdown')}>
						Copy Markdown
					</button>
					<button type="button" onClick={() => exportAs('md')}>
						Download Markdown
					</button>
					<button type="button" onClick={() => exportAs('csv')}>
						Download CSV
					</button>
					<button type="button" onClick={() => print()}>
						Print
					</button>
					<button type="button" onClick={reset}>
						Reset
					</button>
				</div>
				<p class="sc-feedback" role="status">
					{feedback}
				</p>
				{/* DECISION RECORD HOOK: the decision record page decodes this `?s=` with decodeScorecardState. */}
				<p class="sc-next">
					<a href={withQuery(DECISION_RECORD_PATH, `${SCORECARD_PARAM}=${encoded}`)}>Write the decision record</a> with
					this scorecard as its evidence.
				</p>
			</section>

			<p class="sr-only" aria-live="polite">
				{announcement}
			</p>
		</div>
	);
}
