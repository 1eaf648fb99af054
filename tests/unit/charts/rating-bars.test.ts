import { describe, expect, test } from 'vitest';
import { ratingBars } from '../../../src/charts/model';

const rows = [
	{ id: 'a', label: 'AI ecosystem', score: 5, step: 'Best in class' },
	{ id: 'b', label: 'Hiring', score: 1, step: 'Scarce' },
	{ id: 'c', label: 'Operations', score: 3, step: 'Standard' },
];

describe('ratingBars', () => {
	test('each bar is its rating’s share of the full track', () => {
		const layout = ratingBars(rows, 5);
		expect(layout.bars.map((b) => b.barWidth / layout.trackWidth)).toEqual([1, 0.2, 0.6]);
	});

	test('bars are proportional to one another: a 3 is three times a 1', () => {
		const [five, one, three] = ratingBars(rows, 5).bars;
		expect(three!.barWidth).toBeCloseTo(3 * one!.barWidth, 10);
		expect(five!.barWidth).toBeCloseTo(5 * one!.barWidth, 10);
	});

	test('rows keep their order and do not overlap', () => {
		const layout = ratingBars(rows, 5);
		expect(layout.bars.map((b) => b.id)).toEqual(['a', 'b', 'c']);
		for (let i = 1; i < layout.bars.length; i++) {
			expect(layout.bars[i]!.labelY - layout.fontSize).toBeGreaterThan(layout.bars[i - 1]!.barY + layout.barHeight);
		}
		expect(layout.axisY).toBeGreaterThan(layout.bars.at(-1)!.barY + layout.barHeight);
		expect(layout.height).toBeGreaterThanOrEqual(layout.axisY);
	});

	test('each label line sits just above its bar: inside the row, with room for descenders and no more', () => {
		const layout = ratingBars(rows, 5);
		const pitch = layout.bars[1]!.labelY - layout.bars[0]!.labelY;
		layout.bars.forEach((bar, i) => {
			const rowTop = i * pitch;
			// The label's capitals start within a few units of the row's top, never above it.
			expect(bar.labelY - layout.fontSize - rowTop).toBeGreaterThanOrEqual(0);
			expect(bar.labelY - layout.fontSize - rowTop).toBeLessThanOrEqual(4);
			// Descenders (about a quarter of the font size) clear the bar, which follows within half the font size.
			expect(bar.barY - bar.labelY).toBeGreaterThanOrEqual(layout.fontSize / 4);
			expect(bar.barY - bar.labelY).toBeLessThanOrEqual(layout.fontSize / 2 + 1);
		});
	});

	test('one tick per step, the last at the end of the track', () => {
		const layout = ratingBars(rows, 5);
		expect(layout.ticks.map((t) => t.value)).toEqual([1, 2, 3, 4, 5]);
		expect(layout.ticks.at(-1)!.x).toBe(layout.trackX + layout.trackWidth);
		expect(layout.trackX + layout.trackWidth).toBeLessThanOrEqual(layout.width);
	});

	test.each([0, 6, 2.5, Number.NaN])('refuses a score of %s, which no bar could show truthfully', (score) => {
		expect(() => ratingBars([{ id: 'x', label: 'X', score, step: 'S' }], 5)).toThrow(/"x".*not a step from 1 to 5/);
	});
});
