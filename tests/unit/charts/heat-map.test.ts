import { describe, expect, test } from 'vitest';
import { heatMap } from '../../../src/charts/model';

const columns = [
	{ id: 'ai', label: 'AI/ML' },
	{ id: 'ops', label: 'Ops' },
];
const rows = [
	{ id: 'python', label: 'Python', scores: [5, 3] },
	{ id: 'go', label: 'Go', scores: [3, 5] },
	{ id: 'rust', label: 'Rust', scores: [2, 4] },
];

describe('heatMap', () => {
	test('every cell carries its score and a shade equal to it, in table order', () => {
		const layout = heatMap(columns, rows, 5);
		expect(layout.rows.map((r) => r.id)).toEqual(['python', 'go', 'rust']);
		expect(layout.rows.map((r) => r.cells.map((c) => [c.column, c.score, c.level]))).toEqual([
			[
				['ai', 5, 5],
				['ops', 3, 3],
			],
			[
				['ai', 3, 3],
				['ops', 5, 5],
			],
			[
				['ai', 2, 2],
				['ops', 4, 4],
			],
		]);
	});

	test('cells tile the grid without gaps or overlaps, inside the drawing', () => {
		const layout = heatMap(columns, rows, 5);
		layout.rows.forEach((row, r) => {
			row.cells.forEach((cell, c) => {
				expect(cell.x).toBe(layout.gridX + c * layout.cell);
				expect(cell.y).toBe(layout.gridY + r * layout.cell);
				expect(cell.x + layout.cell).toBeLessThanOrEqual(layout.width);
				expect(cell.y + layout.cell).toBeLessThanOrEqual(layout.height);
			});
		});
		expect(layout.columns.map((c) => c.x)).toEqual([layout.gridX + layout.cell / 2, layout.gridX + 1.5 * layout.cell]);
		// Column labels run upwards from just above the grid.
		for (const column of layout.columns) {
			expect(column.y).toBeLessThan(layout.gridY);
			expect(column.y).toBeGreaterThan(layout.gridY - layout.fontSize);
		}
	});

	test('refuses a row with a missing score, and a score off the scale', () => {
		expect(() => heatMap(columns, [{ id: 'go', label: 'Go', scores: [3] }], 5)).toThrow(/"go" has 1 scores for 2/);
		expect(() => heatMap(columns, [{ id: 'go', label: 'Go', scores: [3, 7] }], 5)).toThrow(/"go" × "ops"/);
		for (const score of [0, 2.5, Number.NaN, 6]) {
			expect(() => heatMap(columns, [{ id: 'go', label: 'Go', scores: [score, 3] }], 5), String(score)).toThrow(
				/"go" × "ai".*\b1\b.*\b5\b/,
			);
		}
		expect(heatMap(columns, [{ id: 'go', label: 'Go', scores: [1, 5] }], 5).rows[0]!.cells.map((c) => c.level)).toEqual(
			[1, 5],
		);
	});
});
