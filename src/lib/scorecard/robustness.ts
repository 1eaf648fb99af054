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
 * Finds the smallest single weight change that makes the winner lose the lead, exactly.
 *
 * The gap between the leader L and a rival R is D = Σ w_k (s_Lk − s_Rk). Moving one weight w_c by δ
 * changes it to D + δ·d_c, with d_c = s_Lc − s_Rc: a straight line, so the tie point is δ = −D / d_c,
 * and R leads for any δ beyond it. Only rivals and criteria with d_c ≠ 0 can cross, and the tie must
 * fall strictly inside the bounds, since a tie on the bound itself leaves no room to go past it.
 * The smallest |δ| over every criterion and rival is the answer; at that point every other rival is
 * still behind the leader, so whoever crosses there becomes the new leader.
 */
export function smallestWinnerFlip(
	criteria: readonly string[],
	weights: Readonly<Record<string, number>>,
	options: readonly RankingOption[],
	ranking: Ranking,
	bounds: WeightBounds = { min: WEIGHT_MIN, max: WEIGHT_MAX },
): SensitivityResult {
	if (ranking.leaders.length !== 1 || ranking.unweighted) return { kind: 'tied' };
	const leaderId = ranking.leaders[0];
	const leader = options.find((o) => o.id === leaderId)!;
	const gapTo = new Map(ranking.entries.map((e) => [e.id, ranking.entries[0]!.points - e.points]));
	let best: WinnerFlip | null = null;
	for (const criterion of criteria) {
		const from = weights[criterion] ?? 0;
		for (const rival of options) {
			if (rival.id === leaderId) continue;
			// A missing score counts as the scale's minimum, exactly as `weightedPoints` counts it.
			const d = (leader.scores[criterion] ?? SCORE_MIN) - (rival.scores[criterion] ?? SCORE_MIN);
			if (d === 0) continue;
			const delta = -(gapTo.get(rival.id) ?? 0) / d;
			const tieAt = from + delta;
			const inside = delta > 0 ? tieAt < bounds.max : tieAt > bounds.min;
			if (!inside) continue;
			if (best && best.criterion === criterion && Math.abs(best.delta - delta) < 1e-9) {
				best.newLeaders.push(rival.id);
			} else if (!best || Math.abs(delta) < Math.abs(best.delta) - 1e-9) {
				best = { kind: 'flip', criterion, from, tieAt, delta, newLeaders: [rival.id], wholeStep: 0 };
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
