import { describe, expect, test } from 'vitest';
import { citedSourceIds } from '../../src/build/content/cited-sources';
import { formatDay } from '../../src/build/content/format-day';
import { ratingChanges } from '../../src/build/content/rating-changes';
import { isReviewStale, staleRatings } from '../../src/build/content/review-age';

describe('review age', () => {
	test.each([
		['reviewed today', '2026-11-30', '2026-11-30', false],
		['reviewed exactly twelve months ago', '2025-11-30', '2026-11-30', false],
		['reviewed twelve months and a day ago', '2025-11-29', '2026-11-30', true],
		['reviewed on 29 February, checked on 28 February a year later', '2024-02-29', '2025-02-28', false],
		['reviewed on 29 February, checked on 1 March a year later', '2024-02-29', '2025-03-01', true],
		['reviewed on 31 March, checked on 31 March a year later', '2025-03-31', '2026-03-31', false],
		['reviewed on 31 March, checked on 1 April a year later', '2025-03-31', '2026-04-01', true],
	])('a rating %s is stale: %s', (_case, reviewed, today, stale) => {
		expect(isReviewStale(reviewed, today)).toBe(stale);
	});

	test('accepts a Date for today and another limit in months', () => {
		expect(isReviewStale('2026-05-30', new Date('2026-11-30T23:59:00Z'), 6)).toBe(false);
		expect(isReviewStale('2026-05-29', new Date('2026-11-30T00:00:00Z'), 6)).toBe(true);
	});

	test('names every stale rating with its language and criterion', () => {
		const languages = [
			{
				id: 'python',
				ratings: [
					{ criterion: 'hiring', reviewed: '2024-01-01' },
					{ criterion: 'ai', reviewed: '2026-11-30' },
				],
			},
			{ id: 'go', ratings: [{ criterion: 'ops', reviewed: '2025-06-01' }] },
		];
		expect(staleRatings(languages, '2026-11-30')).toEqual([
			{ language: 'python', criterion: 'hiring', reviewed: '2024-01-01' },
			{ language: 'go', criterion: 'ops', reviewed: '2025-06-01' },
		]);
	});
});

describe('rating changes', () => {
	const labels = new Map([
		['hiring', 'Hiring reality'],
		['cpu', 'CPU-bound performance'],
	]);
	const languages = [
		{
			id: 'python',
			name: 'Python',
			ratings: [
				{ criterion: 'hiring', history: [{ date: '2026-11-30', from: 5, to: 4, why: 'Newer change.' }] },
				{ criterion: 'cpu', history: [{ date: '2025-03-01', from: 1, to: 2, why: 'Older change.' }] },
			],
		},
		{
			id: 'go',
			name: 'Go',
			ratings: [{ criterion: 'cpu', history: [{ date: '2026-11-30', from: 3, to: 4, why: 'Same day.' }] }],
		},
	];

	test('lists every change newest first, keeping input order within a day', () => {
		const rows = ratingChanges(languages, labels);
		expect(rows.map((r) => `${r.date} ${r.language} ${r.criterion} ${r.from}→${r.to}`)).toEqual([
			'2026-11-30 python hiring 5→4',
			'2026-11-30 go cpu 3→4',
			'2025-03-01 python cpu 1→2',
		]);
		expect(rows[0]).toMatchObject({ languageName: 'Python', criterionLabel: 'Hiring reality', why: 'Newer change.' });
	});

	test('sorts any input order newest first, and keeps the input order of each day', () => {
		const change = (date: string, why: string) => ({ date, from: 1, to: 2, why });
		const rows = ratingChanges(
			[
				{
					id: 'x',
					name: 'X',
					ratings: [
						{
							criterion: 'cpu',
							history: [
								change('2024-01-01', 'a'),
								change('2025-01-01', 'b'),
								change('2025-01-01', 'c'),
								change('2026-01-01', 'd'),
								change('2025-01-01', 'e'),
								change('2024-01-01', 'f'),
								change('2026-01-01', 'g'),
							],
						},
					],
				},
			],
			labels,
		);
		expect(rows.map((r) => r.why).join('')).toBe('dgbceaf');
		expect(rows[0]!.criterionLabel).toBe('CPU-bound performance');
	});

	test('a rating without history adds no row', () => {
		expect(ratingChanges([{ id: 'x', name: 'X', ratings: [{ criterion: 'cpu', history: [] }] }], labels)).toEqual([]);
	});
});

describe('cited sources', () => {
	test('finds ids under source keys and in sources lists at any depth, and nothing else', () => {
		const cited = citedSourceIds([
			{ ratings: [{ evidence: [{ source: 'a', says: 'b' }] }], frameworks: [{ sources: ['c'] }] },
			{ state: { versions: [{ sources: ['d'], value: 'e' }] } },
			{ title: 'f', sources: 'not-a-list', source: 7 },
		]);
		expect([...cited].sort()).toEqual(['a', 'c', 'd']);
	});

	test('skips empty values, other lists and anything in a sources list that is not an id', () => {
		const cited = citedSourceIds([
			null,
			'text',
			{ note: null, tags: ['not-a-source'], sources: ['e', 7, null, { source: 'f' }] },
			[[{ source: 'g' }]],
		]);
		expect([...cited].sort()).toEqual(['e', 'f', 'g']);
	});
});

describe('format day', () => {
	test('writes an ISO day the British way, whatever the time zone', () => {
		expect(formatDay('2026-11-30')).toBe('30 November 2026');
		expect(formatDay('2026-01-01')).toBe('1 January 2026');
	});
});
