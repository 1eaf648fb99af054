import { describe, expect, test } from 'vitest';
import { type TitleEntry, titleMatches } from '../../src/search/model/title-matches';

const ENTRIES: TitleEntry[] = [
	{ url: '/languages/go/', title: 'Go', sections: [['concurrency', 'Concurrency with goroutines']] },
	{
		url: '/reference/glossary/',
		title: 'Glossary',
		sections: [
			['goroutine', 'Goroutine'],
			['gil', 'GIL'],
		],
	},
	{ url: '/languages/csharp-dotnet/', title: 'C# and .NET', sections: [] },
	{ url: '/languages/node-typescript/', title: 'Node.js and TypeScript', sections: [['bun', 'Bun.']] },
	{ url: '/scenarios/fintech-api/', title: 'Fintech API', sections: [['idempotency-keys', 'Idempotency keys']] },
];

const urls = (query: string, limit?: number) => titleMatches(ENTRIES, query, limit).map((m) => m.url);

describe('titleMatches', () => {
	test('lists pages whose title starts a word with each typed word, then sections, with their page', () => {
		expect(titleMatches(ENTRIES, 'go')).toEqual([
			{ url: '/languages/go/', title: 'Go' },
			{ url: '/reference/glossary/#goroutine', title: 'Goroutine', page: 'Glossary' },
			{ url: '/languages/go/#concurrency', title: 'Concurrency with goroutines', page: 'Go' },
		]);
	});

	test('a typed word may be the title’s word with a short ending, as a plural is', () => {
		expect(urls('goroutines')).toEqual(['/reference/glossary/#goroutine', '/languages/go/#concurrency']);
		expect(urls('idempotency key')).toEqual(['/scenarios/fintech-api/#idempotency-keys']);
		// Not a longer ending, and not on a word shorter than four letters: "gos" is no form of "Go".
		expect(urls('goroutinesque')).toEqual([]);
		expect(urls('gos')).toEqual([]);
	});

	test('every typed word must match, in any order and any case', () => {
		expect(urls('API FINTECH')).toEqual(['/scenarios/fintech-api/']);
		expect(urls('fintech rust')).toEqual([]);
	});

	test('keeps "#", "+" and dots inside words, and drops a full stop at a word’s end', () => {
		expect(urls('c#')).toEqual(['/languages/csharp-dotnet/']);
		expect(urls('.net')).toEqual(['/languages/csharp-dotnet/']);
		expect(urls('node.js')).toEqual(['/languages/node-typescript/']);
		expect(urls('bun')).toEqual(['/languages/node-typescript/#bun']);
	});

	test('shorter titles first among pages and among sections, and no more than the limit', () => {
		const entries: TitleEntry[] = [
			{ url: '/long/', title: 'Rust in production', sections: [] },
			{ url: '/short/', title: 'Rust', sections: [] },
		];
		expect(titleMatches(entries, 'rust').map((m) => m.url)).toEqual(['/short/', '/long/']);
		expect(urls('go', 2)).toEqual(['/languages/go/', '/reference/glossary/#goroutine']);
		expect(urls('g')).toHaveLength(5);
	});

	test('nothing for an empty query or one of punctuation only', () => {
		expect(titleMatches(ENTRIES, '')).toEqual([]);
		expect(titleMatches(ENTRIES, '  ,; ')).toEqual([]);
	});
});
