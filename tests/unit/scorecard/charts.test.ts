import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	buildDecisionTable,
	defaultScorecardState,
	formatWeight,
	type RankingOption,
	rankingChart,
	type ScorecardCatalog,
	sensitivityChart,
	WEIGHT_MAX,
	WEIGHT_MIN,
	weightedPoints,
	weightedRanking,
	winnerWeightRanges,
} from '../../../src/tools/scorecard/model';
import { scorecardCatalog } from '../../support/playbook-data';
import { criteria, options, weights } from '../../support/ranking-arbitraries';
import { tinyCatalog } from '../../support/scorecard-catalog';

// The catalog and the tables are made inside each test: made when the file loads, the product code
// that makes them would run outside any test, and Stryker would re-run every test of the folder
// against each of its mutants.

/** A state with a clear winner on the playbook's data: AI ecosystem left out, the rest equal. */
const noAi = (catalog: ScorecardCatalog) => {
	const state = defaultScorecardState(catalog);
	return { ...state, weights: { ...state.weights, 'ai-ecosystem': 0 } };
};

describe('rankingChart', () => {
	test('draws one bar per language in ranking order, each as long as its total (in percent of 0–100)', () => {
		const catalog = scorecardCatalog();
		for (const state of [defaultScorecardState(catalog), noAi(catalog)]) {
			const table = buildDecisionTable(catalog, state);
			const chart = rankingChart(table);
			expect(chart.bars.map((b) => b.id)).toEqual(table.columns.map((c) => c.id));
			for (const [i, bar] of chart.bars.entries()) {
				expect(bar.length).toBe(table.columns[i]!.total);
				expect(bar.value).toBe(table.columns[i]!.total.toFixed(1));
				expect(bar.first).toBe(table.columns[i]!.rank === 1);
			}
			expect(new Set(chart.bars.map((b) => b.y)).size).toBe(chart.bars.length);
		}
	});

	test('its description is the ranking in words: each bar’s label and value, best first', () => {
		const chart = rankingChart(buildDecisionTable(scorecardCatalog(), noAi(scorecardCatalog())));
		expect(chart.bars.map((b) => b.label)).toEqual([
			'1. Node.js / TypeScript',
			'2. Python',
			'3. Go (tie)',
			'3. Java / Kotlin (tie)',
		]);
		const listed = chart.bars.map((b) => `${b.label} ${b.value}`);
		const at = listed.map((item) => chart.description.indexOf(item));
		expect(at.every((i) => i > 0)).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
	});
});

describe('sensitivityChart', () => {
	test('each row spans its exact winner range on the 0–10 axis, with the current weight marked', () => {
		const catalog = scorecardCatalog();
		const table = buildDecisionTable(catalog, noAi(catalog));
		const chart = sensitivityChart(table)!;
		expect(chart.winner).toBe(table.columns[0]!.name);
		expect(chart.rows).toHaveLength(table.criteria.length);
		for (const row of chart.rows) {
			const range = table.ranges!.find((r) => r.criterion === row.criterion)!;
			expect(row.x0).toBeCloseTo(range.low * 10, 12);
			expect(row.x1).toBeCloseTo(range.high * 10, 12);
			expect(row.mark).toBe(range.from * 10);
			expect(row.tieLow).toBe(range.lowRivals.length > 0);
			expect(row.tieHigh).toBe(range.highRivals.length > 0);
			expect(row.text).toBe(`${formatWeight(range.low)}–${formatWeight(range.high)}, now ${range.from}`);
			expect(row.x0).toBeLessThanOrEqual(row.mark);
			expect(row.mark).toBeLessThanOrEqual(row.x1);
		}
		expect(chart.description.startsWith(`${chart.winner} `)).toBe(true);
	});

	test('orders rows from the narrowest range to the widest', () => {
		const catalog = scorecardCatalog();
		const chart = sensitivityChart(buildDecisionTable(catalog, noAi(catalog)))!;
		const widths = chart.rows.map((r) => r.x1 - r.x0);
		expect(widths).toEqual([...widths].sort((a, b) => a - b));
	});

	test('is null when first place is shared, since there is no single winner to keep', () => {
		const catalog = scorecardCatalog();
		const state = {
			...defaultScorecardState(catalog),
			weights: Object.fromEntries(catalog.criteria.map((c) => [c.id, 0])),
		};
		const table = buildDecisionTable(catalog, state);
		expect(table.ranking.unweighted).toBe(true);
		expect(sensitivityChart(table)).toBeNull();
	});
});

// The ranges' ends must be the exact weights where the winner changes. Brute force: move one weight
// across its bounds in steps of 1/20 and check who leads at each step; the tie points themselves are
// checked by computing the points there.

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

/**
 * A hand-made comparison whose winner ranges take every shape. Weights 5 each: Lead 5·(3 + 2 + 4 + 3)
 * = 60, Rival 5·(1 + 4 + 3 + 3) = 55, Quiet 5·(5 + 1 + 2 + 3) = 55. Moving Agility, Rival draws level
 * at 5 − 5/2 = 2.5 and Quiet at 5 + 5/2 = 7.5 (a tie at both ends); Community only lets Quiet level
 * at 2.5 (one end); Budget ties Quiet on the 0 bound and Rival at 7.5; Docs scores all alike, so it
 * can move anywhere. The criteria are listed widest range first, so the chart has to sort them.
 */
const shapes = () => {
	const catalog: ScorecardCatalog = {
		criteria: [
			{ id: 'c', label: 'Community' },
			{ id: 'b', label: 'Budget' },
			{ id: 'a', label: 'Agility' },
			{ id: 'd', label: 'Docs' },
		],
		languages: [
			{ id: 'l', name: 'Lead', seeded: { a: 3, b: 2, c: 4, d: 3 } },
			{ id: 'r', name: 'Rival', seeded: { a: 1, b: 4, c: 3, d: 3 } },
			{ id: 'q', name: 'Quiet', seeded: { a: 5, b: 1, c: 2, d: 3 } },
		],
		defaultLanguages: ['l', 'r', 'q'],
	};
	return buildDecisionTable(catalog, defaultScorecardState(catalog));
};

describe('sensitivityChart on a hand-made comparison', () => {
	test('draws one row per criterion, narrowest range first, 40 px apart, with its label and range text', () => {
		const chart = sensitivityChart(shapes())!;
		expect(chart.winner).toBe('Lead');
		expect(chart.rows.map((r) => [r.label, r.text, r.x0, r.x1, r.mark, r.tieLow, r.tieHigh, r.y])).toEqual([
			['Agility', '2.5–7.5, now 5', 25, 75, 50, true, true, 0],
			['Community', '2.5–10, now 5', 25, 100, 50, true, false, 40],
			['Budget', '0–7.5, now 5', 0, 75, 50, true, true, 80],
			['Docs', '0–10, now 5', 0, 100, 50, false, false, 120],
		]);
		expect(chart.height).toBe(160);
	});

	test('says in words which weights keep the winner first, row by row in the rows’ order, for screen readers and print', () => {
		const chart = sensitivityChart(shapes())!;
		const parts = chart.description.slice(chart.description.indexOf(': ') + 2).split('; ');
		expect(parts).toHaveLength(chart.rows.length);
		chart.rows.forEach((row, i) => {
			expect(parts[i]!.startsWith(`${row.label} `)).toBe(true);
			expect(parts[i]!.endsWith(`(now ${row.mark / 10})`) || parts[i]!.endsWith(`(now ${row.mark / 10}).`)).toBe(true);
		});
		// An end that is a tie is named; an end on the axis's bound is not, unless both are bounds.
		expect(parts[0]).toMatch(/2\.5.*7\.5/);
		expect(parts[1]).toContain('2.5');
		expect(parts[1]).not.toContain('10');
		expect(parts[3]).toMatch(/\b0\b.*\b10\b/);
	});

	test('says "below" alone for a range that only ends in a tie at its top', () => {
		// Weights 1/9 on the tiny catalog: Alpha 1·5 + 9·1 = 14, Beta 1·1 + 9·4 = 37. Speed can fall to 0
		// (Beta still leads) and rise until Alpha draws level at 1 + 23/4 = 6.75; cost can fall to 9 − 23/3 ≈ 1.33.
		const state = { ...defaultScorecardState(tinyCatalog), weights: { speed: 1, cost: 9 } };
		const chart = sensitivityChart(buildDecisionTable(tinyCatalog, state))!;
		const [speed, cost] = chart.description.slice(chart.description.indexOf(': ') + 2).split('; ');
		expect(speed).toContain('6.75');
		expect(speed).not.toMatch(/\b0\b/);
		expect(cost).toContain('1.33');
		// The word for an upper end and the word for a lower end differ.
		const word = (part: string) => part.split(' ')[1];
		expect(word(speed!)).not.toBe(word(cost!));
		// It is the word that ends a range tied at both ends ("… and below 7.5").
		const agility = sensitivityChart(shapes())!.description.split(': ')[1]!.split('; ')[0]!;
		expect(agility.split(' and ')[1]!.split(' ')[0]).toBe(word(speed!));
	});

	test('the charts’ descriptions, one reviewed copy', () => {
		const state = { ...defaultScorecardState(tinyCatalog), weights: { speed: 1, cost: 9 } };
		expect({
			ranking: rankingChart(shapes()).description,
			'ranges of every shape': sensitivityChart(shapes())!.description,
			'ranges ending at one side': sensitivityChart(buildDecisionTable(tinyCatalog, state))!.description,
		}).toMatchInlineSnapshot(`
			{
			  "ranges ending at one side": "Beta stays first while one weight moves and the others stay as they are: Speed below 6.75 (now 1); Cost above 1.33 (now 9).",
			  "ranges of every shape": "Lead stays first while one weight moves and the others stay as they are: Agility above 2.5 and below 7.5 (now 5); Community above 2.5 (now 5); Budget above 0 and below 7.5 (now 5); Docs at any weight from 0 to 10 (now 5).",
			  "ranking": "Ranking, best first, in points out of 100: 1. Lead 50.0; 2. Rival (tie) 43.8; 2. Quiet (tie) 43.8.",
			}
		`);
	});
});

describe('rankingChart on a hand-made comparison', () => {
	test('puts each bar 40 px below the last, and is as tall as its rows', () => {
		const chart = rankingChart(shapes());
		expect(chart.bars.map((b) => [b.label, b.y])).toEqual([
			['1. Lead', 0],
			['2. Rival (tie)', 40],
			['2. Quiet (tie)', 80],
		]);
		expect(chart.height).toBe(120);
	});
});
