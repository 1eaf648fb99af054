import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	type RankingOption,
	smallestWinnerFlip,
	weightedPoints,
	weightedRanking,
} from '../../../src/tools/scorecard/model';
import { criteria, options, weights } from '../../support/ranking-arbitraries';

/** Whether some option has strictly more points than `leader` under `w`. */
const overtaken = (w: Record<string, number>, opts: RankingOption[], leader: string) => {
	const points = (o: RankingOption) => weightedPoints(criteria, w, o.scores);
	const lead = points(opts.find((o) => o.id === leader)!);
	return opts.some((o) => o.id !== leader && points(o) > lead);
};

describe('smallestWinnerFlip, checked against brute force', () => {
	test('the whole-step flip really flips, and no smaller whole-step change to any one weight does', () => {
		fc.assert(
			fc.property(weights, options, (w, opts) => {
				const ranking = weightedRanking(criteria, w, opts);
				const result = smallestWinnerFlip(criteria, w, opts, ranking);
				if (result.kind === 'tied') {
					expect(ranking.leaders.length > 1 || ranking.unweighted).toBe(true);
					return;
				}
				const leader = ranking.leaders[0]!;
				// Every whole-step single-weight change, by size.
				const flips: number[] = [];
				for (const c of criteria)
					for (let v = 0; v <= 10; v++)
						if (v !== w[c as 'a'] && overtaken({ ...w, [c]: v }, opts, leader)) flips.push(Math.abs(v - w[c as 'a']));
				if (result.kind === 'stable') {
					expect(flips).toEqual([]);
					return;
				}
				expect(overtaken({ ...w, [result.criterion]: result.wholeStep }, opts, leader)).toBe(true);
				expect(Math.abs(result.wholeStep - result.from)).toBe(Math.min(...flips));
				// At the exact tie point the challenger draws level with the leader, not past it.
				const atTie = { ...w, [result.criterion]: result.tieAt };
				const lead = weightedPoints(criteria, atTie, opts.find((o) => o.id === leader)!.scores);
				for (const id of result.newLeaders)
					expect(weightedPoints(criteria, atTie, opts.find((o) => o.id === id)!.scores)).toBeCloseTo(lead, 9);
			}),
			{ numRuns: 2000 },
		);
	});
});
