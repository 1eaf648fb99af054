import { SCORE_MAX, SCORE_MIN } from './catalog';

/** One option to rank: an id and its score on each criterion. */
export interface RankingOption {
	id: string;
	scores: Readonly<Record<string, number>>;
}

/** An option's place in the ranking. */
export interface RankedOption {
	id: string;
	/** The raw weighted sum, Σ weight × score; options are ordered by it. */
	points: number;
	/**
	 * The normalised total from 0 to 100: 0 is the lowest step on every weighted criterion, 100 the
	 * highest. It is a linear rescaling of `points`, so it never changes the order.
	 */
	total: number;
	/** Competition rank: options with equal points share a rank, and the next rank skips (1, 1, 3). */
	rank: number;
	/** Whether another option has exactly the same points. */
	tied: boolean;
}

/** The ranking of every option, best first. */
export interface Ranking {
	entries: RankedOption[];
	/** The options sharing first place; one id when there is a clear leader. */
	leaders: string[];
	/** True when every weight is 0, so nothing distinguishes the options. */
	unweighted: boolean;
}

/** Σ weight × score over the criteria, for one option. */
export function weightedPoints(
	criteria: readonly string[],
	weights: Readonly<Record<string, number>>,
	scores: Readonly<Record<string, number>>,
): number {
	let points = 0;
	for (const id of criteria) points += (weights[id] ?? 0) * (scores[id] ?? SCORE_MIN);
	return points;
}

/**
 * Ranks options by their weighted sum. Ties are compared on the raw sums, which are whole numbers
 * for whole-number weights and scores, so two options tie exactly or not at all (no rounding).
 * Tied options keep the order they were given in, and share a rank.
 */
export function weightedRanking(
	criteria: readonly string[],
	weights: Readonly<Record<string, number>>,
	options: readonly RankingOption[],
): Ranking {
	const weightSum = criteria.reduce((sum, id) => sum + (weights[id] ?? 0), 0);
	// The fewest points an option can have (every score at the scale's minimum), and how far above it
	// the most lie.
	const floor = weightSum * SCORE_MIN;
	const span = weightSum * (SCORE_MAX - SCORE_MIN);
	const scored = options.map((option, index) => {
		const points = weightedPoints(criteria, weights, option.scores);
		const total = span > 0 ? ((points - floor) / span) * 100 : 0;
		return { id: option.id, points, total, index };
	});
	// Array#sort is stable, so equal points keep the input order.
	scored.sort((a, b) => b.points - a.points);
	const entries = scored.map(({ id, points, total }) => ({
		id,
		points,
		total,
		rank: 1 + scored.filter((other) => other.points > points).length,
		tied: scored.filter((other) => other.points === points).length > 1,
	}));
	return {
		entries,
		leaders: entries.filter((e) => e.rank === 1).map((e) => e.id),
		unweighted: weightSum === 0,
	};
}
