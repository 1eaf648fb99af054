import { describe, expect, test } from 'vitest';
import { excerptSegments } from '../../src/lib/search/excerpt-segments';

describe('excerptSegments', () => {
	test('splits an excerpt into plain and marked runs, in order', () => {
		expect(excerptSegments('Go has <mark>goroutines</mark> and <mark>channels</mark>.')).toEqual([
			{ text: 'Go has ', mark: false },
			{ text: 'goroutines', mark: true },
			{ text: ' and ', mark: false },
			{ text: 'channels', mark: true },
			{ text: '.', mark: false },
		]);
	});

	test('decodes character references, so "C#" and "<T>" read as written', () => {
		expect(excerptSegments('&lt;T&gt; in <mark>C&#35;</mark> &amp; F&#x23;')).toEqual([
			{ text: '<T> in ', mark: false },
			{ text: 'C#', mark: true },
			{ text: ' & F#', mark: false },
		]);
	});

	test('keeps any other tag as visible text, never as markup', () => {
		const segments = excerptSegments('<img src=x onerror=alert(1)> <mark><b>x</b></mark>');
		expect(segments.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)> <b>x</b>');
		expect(segments.filter((s) => s.mark)).toEqual([{ text: '<b>x</b>', mark: true }]);
	});

	test('an unclosed mark, an unknown reference and an empty excerpt stay as text', () => {
		expect(excerptSegments('a <mark>b')).toEqual([{ text: 'a <mark>b', mark: false }]);
		expect(excerptSegments('&bogus; &#99999999;')).toEqual([{ text: '&bogus; &#99999999;', mark: false }]);
		expect(excerptSegments('')).toEqual([]);
	});
});
