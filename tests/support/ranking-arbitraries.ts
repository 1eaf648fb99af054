import fc from 'fast-check';
import type { RankingOption } from '../../src/tools/scorecard/model';

// Random scorecards for the property tests of the ranking and its robustness: three criteria,
// scores on the 1–5 scale, whole-number weights from 0 to 10, and two to four options.

/** The criteria every generated scorecard has. */
export const criteria = ['a', 'b', 'c'];

/** One option's scores, a step from 1 to 5 on each criterion. */
export const scores = fc.record({
	a: fc.integer({ min: 1, max: 5 }),
	b: fc.integer({ min: 1, max: 5 }),
	c: fc.integer({ min: 1, max: 5 }),
});

/** The weights, whole numbers from 0 to 10 as the scorecard's sliders give them. */
export const weights = fc.record({
	a: fc.integer({ min: 0, max: 10 }),
	b: fc.integer({ min: 0, max: 10 }),
	c: fc.integer({ min: 0, max: 10 }),
});

/** Two to four options, with ids `o0`, `o1`… */
export const options = fc
	.array(scores, { minLength: 2, maxLength: 4 })
	.map((list) => list.map((s, i): RankingOption => ({ id: `o${i}`, scores: s })));
