import { SCORE_MIN, WEIGHT_MAX, WEIGHT_MIN } from './catalog';
import type { Ranking, RankingOption } from './weighted-ranking';

/**
 * Below this many points (on the 0–100 scale) between first and second, the scorecard calls the
 * result too close to call: one score a step different on a lightly weighted criterion moves a total
 * by about that much, so a smaller lead says more about the inputs' precision than about the options.
 */
export const TOO_CLOSE_POINTS = 3;

/** How far the leader is ahead of the runner-up. */
export interface WinnerMargin {
	/** The clear leader's id, or null when first place is shared (or nothing is weighted). */
	leader: string | null;
	/** The best of the rest (one of the tied leaders when first place is shared), or null with one option. */
	runnerUp: string | null;
	/** The gap in points on the 0–100 scale; 0 for a tie. */
	margin: number;
	/** Whether the margin is under TOO_CLOSE_POINTS (ties included). */
	tooClose: boolean;
}

/** The margin between first and second place, and whether it is too close to call. */
export function winnerMargin(ranking: Ranking): WinnerMargin {
	const [first, second] = ranking.entries;
	if (!first || !second) return { leader: first?.id ?? null, runnerUp: null, margin: 0, tooClose: false };
	const margin = first.total - second.total;
	const clear = ranking.leaders.length === 1 && !ranking.unweighted;
	return { leader: clear ? first.id : null, runnerUp: second.id, margin, tooClose: margin < TOO_CLOSE_POINTS };
}

/** The smallest change to a single weight that puts another option ahead of the leader. */
export interface WinnerFlip {
	kind: 'flip';
	/** The criterion whose weight changes. */
	criterion: string;
	/** Its current weight. */
	from: number;
	/** The exact weight at which the leader and the challenger tie; any step beyond it flips the lead. */
	tieAt: number;
	/** tieAt − from: positive to raise the weight, negative to lower it. */
	delta: number;
	/** The option(s) that take the lead just beyond tieAt (more than one if they cross together). */
	newLeaders: string[];
	/** The nearest whole-number weight that flips the lead, since the reader sets weights in whole steps. */
	wholeStep: number;
}

/** The outcome of the sensitivity analysis. */
export type SensitivityResult =
	| WinnerFlip
	/** No single weight within its bounds can put another option ahead. */
	| { kind: 'stable' }
	/** First place is already shared (or nothing is weighted): there is no single winner to flip. */
	| { kind: 'tied' };

/** Bounds a weight may move within. */
export interface WeightBounds {
	min: number;
	max: number;
}

/**
 * For one criterion, the weights it may take (every other weight unchanged) while the current winner
 * stays alone in first place: the open interval (low, high), closed at an end that is a bound.
 */
export interface WinnerRange {
	/** The criterion whose weight moves. */
	criterion: string;
	/** Its current weight, always inside the range. */
	from: number;
	/** The lowest weight that keeps the winner: the lower bound, or the exact weight where a rival draws level. */
	low: number;
	/** The rivals that draw level at `low` and lead below it; empty when nothing catches up down to the bound. */
	lowRivals: string[];
	/** The highest weight that keeps the winner: the upper bound, or the exact weight where a rival draws level. */
	high: number;
	/** The rivals that draw level at `high` and lead above it; empty when nothing catches up up to the bound. */
	highRivals: string[];
}

/** Points closer than this are the same point (they only differ by floating-point rounding). */
const SAME_POINT = 1e-9;

/**
 * The weight range of every criterion over which the current winner keeps first place, exactly; null
 * when first place is shared or nothing is weighted, since then there is no single winner to keep.
 *
 * The gap between the leader L and a rival R is D = Σ w_k (s_Lk − s_Rk). Moving one weight w_c to w
 * changes it to D + (w − w_c)·d_c, with d_c = s_Lc − s_Rc: a straight line, zero at the tie point
 * w = w_c − D / d_c. Where d_c > 0, R leads below that point; where d_c < 0, above it; where d_c = 0,
 * never. The winner's range is where every rival is behind, so its ends are the nearest tie points on
 * either side of the current weight, or the bounds when no tie falls inside them. A tie exactly on a
 * bound is an end too (the winner only shares first place there), with its rivals named.
 */
export function winnerWeightRanges(
	criteria: readonly string[],
	weights: Readonly<Record<string, number>>,
	options: readonly RankingOption[],
	ranking: Ranking,
	bounds: WeightBounds = { min: WEIGHT_MIN, max: WEIGHT_MAX },
): WinnerRange[] | null {
	if (ranking.leaders.length !== 1 || ranking.unweighted) return null;
	const leaderId = ranking.leaders[0];
	const leader = options.find((o) => o.id === leaderId)!;
	const gapTo = new Map(ranking.entries.map((e) => [e.id, ranking.entries[0]!.points - e.points]));
	return criteria.map((criterion) => {
		const from = weights[criterion] ?? 0;
		const range: WinnerRange = { criterion, from, low: bounds.min, lowRivals: [], high: bounds.max, highRivals: [] };
		for (const rival of options) {
			// A missing score counts as the scale's minimum, exactly as `weightedPoints` counts it.
			const d = (leader.scores[criterion] ?? SCORE_MIN) - (rival.scores[criterion] ?? SCORE_MIN);
			// A rival scoring the same here (the leader itself among them) keeps its gap at any weight.
			if (d === 0) continue;
			const tieAt = from - (gapTo.get(rival.id) ?? 0) / d;
			// Lowering the weight favours a rival that is better on it (d < 0 means raising does).
			const [end, rivals, inward] = d > 0 ? (['low', 'lowRivals', 1] as const) : (['high', 'highRivals', -1] as const);
			// How much further in than the current end the tie lies: beyond the end it changes nothing, at
			// the same point it adds a rival (on a bound, the first one), further in it becomes the new end.
			const offset = tieAt - range[end];
			const past = offset * inward;
			if (past < -SAME_POINT) continue;
			if (past <= SAME_POINT) range[rivals].push(rival.id);
			else {
				range[end] = tieAt;
				range[rivals] = [rival.id];
			}
		}
		return range;
	});
}

/**
 * Finds the smallest single weight change that makes the winner lose the lead, exactly: the nearest
 * end of any criterion's winner range (see `winnerWeightRanges`) that is a tie point strictly inside
 * the bounds, since a tie on the bound itself leaves no room to go past it. At that point every other
 * rival is still behind the leader, so whoever crosses there becomes the new leader.
 */
export function smallestWinnerFlip(
	criteria: readonly string[],
	weights: Readonly<Record<string, number>>,
	options: readonly RankingOption[],
	ranking: Ranking,
	bounds: WeightBounds = { min: WEIGHT_MIN, max: WEIGHT_MAX },
): SensitivityResult {
	const ranges = winnerWeightRanges(criteria, weights, options, ranking, bounds);
	if (!ranges) return { kind: 'tied' };
	let best: WinnerFlip | null = null;
	for (const range of ranges) {
		for (const [tieAt, rivals] of [
			[range.low, range.lowRivals],
			[range.high, range.highRivals],
		] as const) {
			// An end without rivals is the bound itself, so this skips it too.
			if (tieAt <= bounds.min || tieAt >= bounds.max) continue;
			const delta = tieAt - range.from;
			if (!best || Math.abs(delta) < Math.abs(best.delta) - SAME_POINT) {
				best = {
					kind: 'flip',
					criterion: range.criterion,
					from: range.from,
					tieAt,
					delta,
					newLeaders: [...rivals],
					wholeStep: 0,
				};
			}
		}
	}
	if (!best) return { kind: 'stable' };
	// Any weight strictly beyond the tie point puts the challenger ahead, so the nearest whole weight
	// is the next integer past it; it stays within the bounds because the tie point lies strictly
	// inside them (and weights, hence bounds, are whole numbers).
	best.wholeStep = best.delta > 0 ? Math.floor(best.tieAt) + 1 : Math.ceil(best.tieAt) - 1;
	return best;
}
