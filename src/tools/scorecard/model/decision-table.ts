import { listNames } from '../../../common/list-names';
import { effectiveScores, type ScorecardCatalog, type ScorecardState, WEIGHT_MAX, WEIGHT_MIN } from './catalog';
import {
	type SensitivityResult,
	smallestWinnerFlip,
	TOO_CLOSE_POINTS,
	type WinnerMargin,
	type WinnerRange,
	winnerMargin,
	winnerWeightRanges,
} from './robustness';
import { type Ranking, weightedRanking } from './weighted-ranking';

/** One column of the decision table: a compared language and how it came out. */
export interface DecisionColumn {
	id: string;
	name: string;
	/** Its score per criterion id, edits applied. */
	scores: Record<string, number>;
	/** Criterion ids whose score the reader changed from the playbook's. */
	edited: string[];
	/** Normalised total, 0–100. */
	total: number;
	rank: number;
	tied: boolean;
}

/** The whole result of a scorecard, ready to render as HTML, Markdown or CSV. */
export interface DecisionTable {
	criteria: { id: string; label: string; weight: number }[];
	/** The compared languages in ranking order, best first. */
	columns: DecisionColumn[];
	ranking: Ranking;
	margin: WinnerMargin;
	sensitivity: SensitivityResult;
	/** Each criterion's weight range that keeps the winner first, or null without a single winner. */
	ranges: WinnerRange[] | null;
	/** One or two sentences on the outcome, in plain text. */
	verdict: string;
	/** One sentence on how robust the outcome is, in plain text. */
	robustness: string;
}

/** Formats a total or margin with one decimal, the precision the scorecard shows everywhere. */
export const formatPoints = (points: number) => points.toFixed(1);

/** Formats a weight that may be fractional (a tie point) with at most two decimals, no trailing zeros. */
export const formatWeight = (weight: number) => String(Math.round(weight * 100) / 100);

// Re-exported: the scorecard's callers found it here before it moved to src/common/list-names.ts.
export { listNames };

/** Ranks the compared languages for a state and works out the margin and the smallest flip. */
export function buildDecisionTable(catalog: ScorecardCatalog, state: ScorecardState): DecisionTable {
	const criterionIds = catalog.criteria.map((c) => c.id);
	const options = state.languages.map((id) => ({ id, scores: effectiveScores(catalog, state, id) }));
	const ranking = weightedRanking(criterionIds, state.weights, options);
	const margin = winnerMargin(ranking);
	const sensitivity = smallestWinnerFlip(criterionIds, state.weights, options, ranking);
	const nameOf = (id: string) => catalog.languages.find((l) => l.id === id)?.name ?? id;
	// The flip's criterion is one of `criterionIds`, so the catalog always has its label.
	const labelOf = (id: string) => catalog.criteria.find((c) => c.id === id)!.label;

	const columns = ranking.entries.map((entry) => {
		const seeded = catalog.languages.find((l) => l.id === entry.id)?.seeded ?? {};
		const scores = options.find((o) => o.id === entry.id)!.scores;
		return {
			id: entry.id,
			name: nameOf(entry.id),
			scores,
			edited: criterionIds.filter((c) => scores[c] !== seeded[c]),
			total: entry.total,
			rank: entry.rank,
			tied: entry.tied,
		};
	});

	const [first, second] = columns;
	let verdict: string;
	if (!first) {
		verdict = 'No language is compared yet. Add at least two to compare them.';
	} else if (!second) {
		verdict = `Only ${first.name} is compared. Add at least one more language to compare it with.`;
	} else if (ranking.unweighted) {
		verdict = 'Every weight is 0, so nothing separates the languages. Give at least one criterion a weight.';
	} else if (margin.leader === null) {
		verdict = `${listNames(ranking.leaders.map(nameOf))} tie for first place at ${formatPoints(first.total)} points.`;
	} else if (margin.tooClose) {
		verdict = `Too close to call: ${first.name} leads ${second.name} by only ${formatPoints(margin.margin)} points (under ${TOO_CLOSE_POINTS}).`;
	} else {
		verdict = `${first.name} leads with ${formatPoints(first.total)} points, ${formatPoints(margin.margin)} ahead of ${second.name}.`;
	}

	let robustness: string;
	if (!first) {
		robustness = 'With no language there is nothing to rank.';
	} else if (!second) {
		robustness = `With one language there is no other to put ahead of it.`;
	} else if (sensitivity.kind === 'tied') {
		robustness = 'With first place shared, any change to a weight that favours one of the leaders decides it.';
	} else if (sensitivity.kind === 'stable') {
		robustness = `No single weight change within ${WEIGHT_MIN}–${WEIGHT_MAX} puts another language ahead of ${first.name}.`;
	} else {
		const raise = sensitivity.delta > 0;
		const direction = raise ? 'Raising' : 'Lowering';
		const beyond = raise ? 'above' : 'below';
		const whole = ` (in whole steps: ${sensitivity.wholeStep})`;
		robustness = `${direction} the weight of ${labelOf(sensitivity.criterion)} from ${sensitivity.from} to ${beyond} ${formatWeight(sensitivity.tieAt)}${whole} puts ${listNames(sensitivity.newLeaders.map(nameOf))} ahead of ${first.name}; that is the smallest single change that does.`;
	}

	return {
		criteria: catalog.criteria.map((c) => ({ id: c.id, label: c.label, weight: state.weights[c.id] ?? 0 })),
		columns,
		ranking,
		margin,
		sensitivity,
		ranges: winnerWeightRanges(criterionIds, state.weights, options, ranking),
		verdict,
		robustness,
	};
}
