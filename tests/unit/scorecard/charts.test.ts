import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	buildDecisionTable,
	defaultScorecardState,
	type RankingOption,
	rankingChart,
	sensitivityChart,
	WEIGHT_MAX,
	WEIGHT_MIN,
	weightedPoints,
	weightedRanking,
	winnerWeightRanges,
} from '../../../src/lib/scorecard';
import { realScorecardCatalog } from '../../support/scorecard-catalog';

const catalog = realScorecardCatalog();

describe('rankingChart', () => {
	test('draws one bar per language in ranking order, each as long as its total (in percent of 0–100)', () => {
		const table = buildDecisionTable(catalog, defaultScorecardState(catalog));
		const chart = rankingChart(table);
		expect(chart.bars.map((b) => b.id)).toEqual(table.columns.map((c) => c.id));
		for (const [i, bar] of chart.bars.entries()) {
			expect(bar.length).toBe(table.columns[i]!.total);
			expect(bar.value).toBe(table.columns[i]!.total.toFixed(1));
		}
		// The defaults from the data: Python 85, Node.js 80, Java/Kotlin 70, Go 65.
		expect(chart.bars.map((b) => b.length)).toEqual([85, 80, 70, 65]);
		expect(chart.bars.map((b) => b.first)).toEqual([true, false, false, false]);
		expect(new Set(chart.bars.map((b) => b.y)).size).toBe(chart.bars.length);
	});

	test('its description is the ranking in words, ties marked', () => {
		const state = {
			...defaultScorecardState(catalog),
			weights: { ...defaultScorecardState(catalog).weights, 'ai-ecosystem': 0 },
		};
		const chart = rankingChart(buildDecisionTable(catalog, state));
		expect(chart.description).toBe(
			'Ranking, best first, in points out of 100: 1. Node.js / TypeScript 87.5; 2. Python 81.3; 3. Go (tie) 68.8; 3. Java / Kotlin (tie) 68.8.',
		);
	});
});

describe('sensitivityChart', () => {
	test('marks the current weight and spans the exact range that keeps the winner first', () => {
		const table = buildDecisionTable(catalog, defaultScorecardState(catalog));
		const chart = sensitivityChart(table)!;
		expect(chart.winner).toBe('Python');
		// AI ecosystem is the most sensitive weight: below 2.5 Node.js / TypeScript leads (see robustness tests).
		const [first] = chart.rows;
		expect(first).toMatchObject({ criterion: 'ai-ecosystem', weight: 5, x0: 25, x1: 100, mark: 50, tieLow: true });
		expect(first!.text).toBe('2.5–10, now 5');
		for (const row of chart.rows) {
			expect(row.x0).toBeLessThanOrEqual(row.mark);
			expect(row.mark).toBeLessThanOrEqual(row.x1);
		}
		expect(chart.description).toMatch(
			/^Python stays first while one weight moves and the others stay as they are: AI ecosystem above 2\.5 \(now 5\);/,
		);
	});

	test('orders rows from the narrowest range to the widest', () => {
		const chart = sensitivityChart(buildDecisionTable(catalog, defaultScorecardState(catalog)))!;
		const widths = chart.rows.map((r) => r.x1 - r.x0);
		expect(widths).toEqual([...widths].sort((a, b) => a - b));
	});

	test('is null when first place is shared, since there is no single winner to keep', () => {
		const state = {
			...defaultScorecardState(catalog),
			languages: ['go', 'java-kotlin'],
			weights: { 'ai-ecosystem': 0, productivity: 5, hiring: 5, operations: 5, 'long-term-cost': 5 },
		};
		const table = buildDecisionTable(catalog, state);
		expect(table.ranking.leaders.length).toBeGreaterThan(1);
		expect(sensitivityChart(table)).toBeNull();
	});
});

// The ranges' ends must be the exact weights where the winner changes. Brute force: move one weight
// across its bounds in steps of 1/20 and check who leads at each step; the tie points themselves are
// checked by computing the points there.
const criteria = ['a', 'b', 'c'];
const scores = fc.record({
	a: fc.integer({ min: 1, max: 5 }),
	b: fc.integer({ min: 1, max: 5 }),
	c: fc.integer({ min: 1, max: 5 }),
});
const weights = fc.record({
	a: fc.integer({ min: 0, max: 10 }),
	b: fc.integer({ min: 0, max: 10 }),
	c: fc.integer({ min: 0, max: 10 }),
});
const options = fc
	.array(scores, { minLength: 2, maxLength: 4 })
	.map((list) => list.map((s, i): RankingOption => ({ id: `o${i}`, scores: s })));

/** Whether `leader` is alone in first place with weights `w`. */
const leadsAlone = (w: Record<string, number>, opts: RankingOption[], leader: string) => {
	const r = weightedRanking(criteria, w, opts);
	return r.leaders.length === 1 && r.leaders[0] === leader && !r.unweighted;
};

describe('winnerWeightRanges, checked against brute force', () => {
	test('the winner leads alone strictly inside each range and not beyond its tie ends', () => {
		fc.assert(
			fc.property(weights, options, (w, opts) => {
				const ranking = weightedRanking(criteria, w, opts);
				const ranges = winnerWeightRanges(criteria, w, opts, ranking);
				if (ranking.leaders.length !== 1 || ranking.unweighted) {
					expect(ranges).toBeNull();
					return;
				}
				const leader = ranking.leaders[0]!;
				for (const range of ranges!) {
					const at = (v: number) => ({ ...w, [range.criterion]: v });
					expect(range.low).toBeLessThanOrEqual(range.from);
					expect(range.from).toBeLessThanOrEqual(range.high);
					// Every step of 1/20 of a weight across the bounds: inside the range the winner leads
					// alone; outside it, it does not.
					for (let i = 0; i <= 200; i++) {
						const v = WEIGHT_MIN + (i * (WEIGHT_MAX - WEIGHT_MIN)) / 200;
						const inside =
							(range.lowRivals.length > 0 ? v > range.low + 1e-9 : v >= range.low - 1e-9) &&
							(range.highRivals.length > 0 ? v < range.high - 1e-9 : v <= range.high + 1e-9);
						const outside = v < range.low - 1e-9 || v > range.high + 1e-9;
						if (inside) expect(leadsAlone(at(v), opts, leader), `${range.criterion}=${v}`).toBe(true);
						if (outside) expect(leadsAlone(at(v), opts, leader), `${range.criterion}=${v}`).toBe(false);
					}
					// At a tie end the named rivals draw exactly level with the winner (up to float rounding).
					const points = (v: number, id: string) =>
						weightedPoints(criteria, at(v), opts.find((o) => o.id === id)!.scores);
					for (const id of range.lowRivals) expect(points(range.low, id)).toBeCloseTo(points(range.low, leader), 9);
					for (const id of range.highRivals) expect(points(range.high, id)).toBeCloseTo(points(range.high, leader), 9);
					// An end without rivals is the bound itself.
					if (range.lowRivals.length === 0) expect(range.low).toBe(WEIGHT_MIN);
					if (range.highRivals.length === 0) expect(range.high).toBe(WEIGHT_MAX);
				}
			}),
			{ numRuns: 200 },
		);
	}, 60_000);
});
