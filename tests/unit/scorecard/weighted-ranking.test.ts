import { describe, expect, test } from 'vitest';
import { weightedPoints, weightedRanking } from '../../../src/tools/scorecard/model';

const criteria = ['a', 'b'];

describe('weightedRanking', () => {
	test('orders options by their weighted sum and normalises totals to 0–100', () => {
		// Weights a=2, b=1 (sum 3, span 3 × 4 = 12). X: 2×5 + 1×1 = 11 → (11 − 3)/12 = 66.7;
		// Y: 2×2 + 1×5 = 9 → 50; Z: 2×1 + 1×1 = 3 → 0.
		const ranking = weightedRanking(criteria, { a: 2, b: 1 }, [
			{ id: 'Y', scores: { a: 2, b: 5 } },
			{ id: 'Z', scores: { a: 1, b: 1 } },
			{ id: 'X', scores: { a: 5, b: 1 } },
		]);
		expect(ranking.entries.map((e) => [e.id, e.points, e.rank])).toEqual([
			['X', 11, 1],
			['Y', 9, 2],
			['Z', 3, 3],
		]);
		expect(ranking.entries.map((e) => e.total)).toEqual([(8 / 12) * 100, 50, 0]);
		expect(ranking.leaders).toEqual(['X']);
		expect(ranking.entries.every((e) => !e.tied)).toBe(true);
	});

	test('gives tied options the same rank, skips the next rank, and keeps their given order', () => {
		// X: 2×5 + 1×1 = 11, Y: 2×3 + 1×5 = 11, Z: 3.
		const ranking = weightedRanking(criteria, { a: 2, b: 1 }, [
			{ id: 'Y', scores: { a: 3, b: 5 } },
			{ id: 'X', scores: { a: 5, b: 1 } },
			{ id: 'Z', scores: { a: 1, b: 1 } },
		]);
		expect(ranking.entries.map((e) => [e.id, e.rank, e.tied])).toEqual([
			['Y', 1, true],
			['X', 1, true],
			['Z', 3, false],
		]);
		expect(ranking.leaders).toEqual(['Y', 'X']);
	});

	test('scores 100 for the top step everywhere and 0 for the bottom step everywhere', () => {
		const ranking = weightedRanking(criteria, { a: 7, b: 3 }, [
			{ id: 'top', scores: { a: 5, b: 5 } },
			{ id: 'bottom', scores: { a: 1, b: 1 } },
		]);
		expect(ranking.entries.map((e) => e.total)).toEqual([100, 0]);
	});

	test('ignores a criterion with weight 0', () => {
		const ranking = weightedRanking(criteria, { a: 0, b: 1 }, [
			{ id: 'X', scores: { a: 5, b: 2 } },
			{ id: 'Y', scores: { a: 1, b: 3 } },
		]);
		expect(ranking.leaders).toEqual(['Y']);
		expect(ranking.entries[0]?.total).toBe(50);
	});

	test('with every weight 0, reports an unweighted ranking in which all options tie at 0', () => {
		const ranking = weightedRanking(criteria, { a: 0, b: 0 }, [
			{ id: 'X', scores: { a: 5, b: 5 } },
			{ id: 'Y', scores: { a: 1, b: 1 } },
		]);
		expect(ranking.unweighted).toBe(true);
		expect(ranking.leaders).toEqual(['X', 'Y']);
		expect(ranking.entries.map((e) => e.total)).toEqual([0, 0]);
	});

	test('weightedPoints is Σ weight × score', () => {
		expect(weightedPoints(['a', 'b', 'c'], { a: 1, b: 2, c: 3 }, { a: 5, b: 4, c: 1 })).toBe(5 + 8 + 3);
	});
});
