import { describe, expect, test } from 'vitest';
import {
	buildDecisionTable,
	defaultScorecardState,
	type Ranking,
	type RankingOption,
	smallestWinnerFlip,
	TOO_CLOSE_POINTS,
	weightedRanking,
	winnerMargin,
} from '../../../src/tools/scorecard/model';
import { scorecardCatalog } from '../../support/playbook-data';
import { tinyCatalog } from '../../support/scorecard-catalog';

function flipFor(weights: Record<string, number>, options: RankingOption[]) {
	const criteria = Object.keys(weights);
	return smallestWinnerFlip(criteria, weights, options, weightedRanking(criteria, weights, options));
}

describe('winnerMargin', () => {
	/** A ranking with the given totals, best first, for margin cases that need exact decimals. */
	const rankingWith = (totals: number[]): Ranking => ({
		entries: totals.map((total, i) => ({ id: `o${i}`, points: total, total, rank: i + 1, tied: false })),
		leaders: ['o0'],
		unweighted: false,
	});

	test(`calls a lead under ${TOO_CLOSE_POINTS} points too close`, () => {
		expect(winnerMargin(rankingWith([62, 59.1]))).toMatchObject({ leader: 'o0', runnerUp: 'o1', tooClose: true });
	});

	test(`does not call a lead of exactly ${TOO_CLOSE_POINTS} points too close`, () => {
		const result = winnerMargin(rankingWith([62, 59]));
		expect(result.margin).toBe(3);
		expect(result.tooClose).toBe(false);
	});

	test('with one option, names it as the leader with no runner-up and nothing too close', () => {
		expect(winnerMargin(rankingWith([62]))).toEqual({ leader: 'o0', runnerUp: null, margin: 0, tooClose: false });
	});

	test('with no option, names no leader', () => {
		expect(winnerMargin(rankingWith([]))).toEqual({ leader: null, runnerUp: null, margin: 0, tooClose: false });
	});

	test('reports no leader and a zero margin for a tie', () => {
		const ranking = weightedRanking(['a'], { a: 1 }, [
			{ id: 'X', scores: { a: 3 } },
			{ id: 'Y', scores: { a: 3 } },
		]);
		expect(winnerMargin(ranking)).toEqual({ leader: null, runnerUp: 'Y', margin: 0, tooClose: true });
	});
});

describe('smallestWinnerFlip', () => {
	test('treats a missing score as the scale minimum, as the ranking does, so the tie point is a real tie', () => {
		// L: 6·5 + 5·1 (b missing, so 1) = 35; R: 6·4 + 5·2 = 34. Lowering a to 5 ties them: 25 + 5 = 20 + 10.
		const weights = { a: 6, b: 5 };
		const options = [
			{ id: 'L', scores: { a: 5 } },
			{ id: 'R', scores: { a: 4, b: 2 } },
		];
		const flip = flipFor(weights, options);
		if (flip.kind !== 'flip') throw new Error(`expected a flip, got ${flip.kind}`);
		expect(flip.newLeaders).toEqual(['R']);
		const atTie = weightedRanking(['a', 'b'], { ...weights, [flip.criterion]: flip.tieAt }, options);
		expect(atTie.entries[0]!.points).toBeCloseTo(atTie.entries[1]!.points, 9);
		expect(flip).toMatchObject({ criterion: 'a', tieAt: 5, delta: -1, wholeStep: 4 });
	});

	test('finds the exact tie point when lowering a weight is the smallest change', () => {
		// L = 5·5 + 5·1 = 30, R = 5·1 + 5·4 = 25, gap 5. Lowering a (d = 4) ties at 5 − 5/4 = 3.75;
		// raising b (d = −3) ties at 5 + 5/3 ≈ 6.67. So: lower a below 3.75; in whole steps, 3
		// (L = 15 + 5 = 20 < R = 3 + 20 = 23, while at 4 L still leads 25 to 24).
		const result = flipFor({ a: 5, b: 5 }, [
			{ id: 'L', scores: { a: 5, b: 1 } },
			{ id: 'R', scores: { a: 1, b: 4 } },
		]);
		expect(result).toEqual({
			kind: 'flip',
			criterion: 'a',
			from: 5,
			tieAt: 3.75,
			delta: -1.25,
			newLeaders: ['R'],
			wholeStep: 3,
		});
	});

	test('finds a fractional tie point exactly (a third of a step)', () => {
		// L = 2·4 + 5·2 = 18, R = 2·1 + 5·3 = 17, gap 1. Lowering a (d = 3) ties at 2 − 1/3;
		// raising b (d = −1) ties at 6. The smaller change is a, a third of a step down.
		const result = flipFor({ a: 2, b: 5 }, [
			{ id: 'L', scores: { a: 4, b: 2 } },
			{ id: 'R', scores: { a: 1, b: 3 } },
		]);
		expect(result.kind).toBe('flip');
		if (result.kind !== 'flip') return;
		expect(result.criterion).toBe('a');
		expect(result.delta).toBeCloseTo(-1 / 3, 12);
		expect(result.tieAt).toBeCloseTo(5 / 3, 12);
		expect(result.wholeStep).toBe(1);
	});

	test('picks the rival that crosses first when raising a weight', () => {
		// Weights a=4, b=1. L = 4·5 + 1·1 = 21; R1 = 4·4 + 1·3 = 19 (gap 2); R2 = 4·1 + 1·5 = 9 (gap 12).
		// Lowering a: R1 (d = 1) ties at a = 2, R2 (d = 4) at a = 1. Raising b: R1 (d = −2) ties at
		// b = 2, R2 (d = −4) at b = 4. The smallest change is b up by 1, and R1 takes the lead; in whole
		// steps b = 3 (at b = 2 they tie at 22).
		const result = flipFor({ a: 4, b: 1 }, [
			{ id: 'L', scores: { a: 5, b: 1 } },
			{ id: 'R1', scores: { a: 4, b: 3 } },
			{ id: 'R2', scores: { a: 1, b: 5 } },
		]);
		expect(result).toMatchObject({ kind: 'flip', criterion: 'b', from: 1, tieAt: 2, delta: 1, newLeaders: ['R1'] });
		expect(result.kind === 'flip' && result.wholeStep).toBe(3);
	});

	test('names every rival that crosses at the same point', () => {
		// R1 and R2 have the same scores: L = 6·5 + 4·1 = 34, R = 6·1 + 4·5 = 26, gap 8;
		// lowering a ties at 4, raising b at 6: equal changes, and the first criterion wins the tie.
		const result = flipFor({ a: 6, b: 4 }, [
			{ id: 'L', scores: { a: 5, b: 1 } },
			{ id: 'R1', scores: { a: 1, b: 5 } },
			{ id: 'R2', scores: { a: 1, b: 5 } },
		]);
		expect(result).toMatchObject({ kind: 'flip', criterion: 'a', tieAt: 4, newLeaders: ['R1', 'R2'], wholeStep: 3 });
	});

	test('a tie exactly on a bound is not a flip, since no weight lies beyond it', () => {
		// L = 5·3 + 0·1 = 15, R = 5·1 + 0·2 = 5, gap 10. Lowering a ties at 0 (the lower bound);
		// raising b ties at 10 (the upper bound). Neither can be passed, so the winner is stable.
		const result = flipFor({ a: 5, b: 0 }, [
			{ id: 'L', scores: { a: 3, b: 1 } },
			{ id: 'R', scores: { a: 1, b: 2 } },
		]);
		expect(result).toEqual({ kind: 'stable' });
	});

	test('a leader better on every criterion cannot be overtaken by one weight', () => {
		const result = flipFor({ a: 1, b: 1 }, [
			{ id: 'L', scores: { a: 5, b: 5 } },
			{ id: 'R', scores: { a: 1, b: 1 } },
		]);
		expect(result).toEqual({ kind: 'stable' });
	});

	test('respects custom bounds', () => {
		const options = [
			{ id: 'L', scores: { a: 5, b: 1 } },
			{ id: 'R', scores: { a: 1, b: 4 } },
		];
		const weights = { a: 5, b: 5 };
		const ranking = weightedRanking(['a', 'b'], weights, options);
		// The flips tie at a = 3.75 and b ≈ 6.67: bounds 4–6 exclude both.
		expect(smallestWinnerFlip(['a', 'b'], weights, options, ranking, { min: 4, max: 6 })).toEqual({ kind: 'stable' });
	});

	test.each([
		['a shared first place', 1, [4, 4]],
		['every weight 0', 0, [5, 1]],
	])('with %s there is no winner, so nothing to flip', (_case, weight, [x, y]) => {
		const options = [
			{ id: 'X', scores: { a: x! } },
			{ id: 'Y', scores: { a: y! } },
		];
		expect(flipFor({ a: weight }, options)).toEqual({ kind: 'tied' });
	});

	test('the exact flip agrees with a brute-force search over fine weight steps', () => {
		// Every step of 0.01 on every criterion; the first that puts a rival strictly ahead must lie
		// just beyond the computed tie point.
		const options = [
			{ id: 'L', scores: { a: 5, b: 2, c: 3 } },
			{ id: 'R1', scores: { a: 3, b: 4, c: 2 } },
			{ id: 'R2', scores: { a: 2, b: 3, c: 5 } },
		];
		const weights = { a: 6, b: 3, c: 4 };
		const result = flipFor(weights, options);
		let bestDelta = Number.POSITIVE_INFINITY;
		for (const criterion of ['a', 'b', 'c'] as const) {
			for (let step = -1000; step <= 1000; step++) {
				const w = { ...weights, [criterion]: weights[criterion] + step / 100 };
				if (w[criterion] < 0 || w[criterion] > 10) continue;
				const pts = options.map((o) => w.a * o.scores.a + w.b * o.scores.b + w.c * o.scores.c);
				if (pts.slice(1).some((p) => p > pts[0]! + 1e-9) && Math.abs(step / 100) < Math.abs(bestDelta))
					bestDelta = step / 100;
			}
		}
		expect(result.kind).toBe('flip');
		if (result.kind !== 'flip') return;
		expect(Math.abs(result.delta)).toBeLessThanOrEqual(Math.abs(bestDelta));
		expect(Math.abs(bestDelta) - Math.abs(result.delta)).toBeLessThanOrEqual(0.01);
	});
});

describe('the default scorecard on the playbook’s data', () => {
	// Equal weights of 5 over Python (5,5,4,3,4 = 21), Node.js (3,5,5,4,4 = 21), Java (4,3,4,3,5 = 19)
	// and Go (3,3,3,5,4 = 18): totals (21 − 5)/20 = 80, 80, 70, 65. Python and Node.js tie, which is
	// the sources' own disagreement about the default choice: the reader's weights decide it.
	const defaultTable = () => {
		const catalog = scorecardCatalog();
		return buildDecisionTable(catalog, defaultScorecardState(catalog));
	};

	test('ties Python and Node.js at 80, ahead of Java/Kotlin (70) and Go (65)', () => {
		const table = defaultTable();
		expect(table.columns.map((c) => [c.id, c.total, c.rank])).toEqual([
			['python', 80, 1],
			['node-typescript', 80, 1],
			['java-kotlin', 70, 3],
			['go', 65, 4],
		]);
		expect(table.margin).toMatchObject({ leader: null, margin: 0, tooClose: true });
	});

	test('says that any weight favouring one of the tied leaders decides it', () => {
		const table = defaultTable();
		expect(table.sensitivity).toEqual({ kind: 'tied' });
		expect(table.ranges).toBeNull();
		// The same sentence as for any shared first place.
		const tie = buildDecisionTable(tinyCatalog, {
			...defaultScorecardState(tinyCatalog),
			languages: ['alpha', 'gamma'],
			weights: { speed: 1, cost: 1 },
		});
		expect(table.robustness).toBe(tie.robustness);
	});
});
