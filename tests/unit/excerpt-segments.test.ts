import { describe, expect, test } from 'vitest';
import { excerptSegments } from '../../src/search/model/excerpt-segments';

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

	test('decodes every named reference Pagefind writes, and numeric ones in either case up to the last code point', () => {
		expect(excerptSegments('&quot;a&quot; &apos;b&apos;&nbsp;c &AMP; &#X23; &#x10FFFF; &#x110000;')).toEqual([
			{ text: '"a" \'b\'\u00a0c & # \u{10ffff} &#x110000;', mark: false },
		]);
	});

	test('finds a mark wherever it starts, and a closing tag only after its opening one', () => {
		expect(excerptSegments('a<mark>b</mark>')).toEqual([
			{ text: 'a', mark: false },
			{ text: 'b', mark: true },
		]);
		expect(excerptSegments('<mark>a</mark>b')).toEqual([
			{ text: 'a', mark: true },
			{ text: 'b', mark: false },
		]);
		expect(excerptSegments('x</mark> y')).toEqual([{ text: 'x</mark> y', mark: false }]);
		expect(excerptSegments('x</mark> <mark>y')).toEqual([{ text: 'x</mark> <mark>y', mark: false }]);
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
