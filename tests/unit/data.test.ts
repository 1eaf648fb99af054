import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { citedSourceIds } from '../../src/build/content/cited-sources';
import { readKnownIds } from '../../src/collections/data-files';
import { criterionSchema, languageSchema, scenarioSchema, sourceSchema } from '../../src/schemas';
import { dataFolder } from '../support/playbook-data';

// The real data files, validated the way the build validates them, so a bad edit fails fast here
// with the file's id in the test name.
const known = readKnownIds();
const folders = {
	languages: languageSchema(known),
	scenarios: scenarioSchema(known),
	criteria: criterionSchema,
	sources: sourceSchema(known),
} as const;

describe.each(Object.entries(folders))('%s data', (folder, schema) => {
	const entries = [...dataFolder(folder)];
	test('has entries', () => expect(entries.length).toBeGreaterThan(0));
	test.each(entries)('%s is valid', (_id, data) => {
		const result = schema.safeParse(data);
		expect(result.error?.issues ?? []).toEqual([]);
	});
});

describe('coverage of the sources', () => {
	test('every language the articles profile has an entry', () => {
		expect([...known.languages].sort()).toEqual(
			['csharp-dotnet', 'go', 'java-kotlin', 'node-typescript', 'php', 'python', 'ruby', 'rust'].sort(),
		);
	});
	test('the three scenarios exist', () => {
		expect([...known.scenarios].sort()).toEqual(['ai-mvp', 'enterprise-data-platform', 'fintech-api']);
	});
	test('the scorecard has the five criteria of the sources', () => {
		const scorecard = [...dataFolder('criteria')]
			.filter(([, data]) => (data as { scorecard: boolean }).scorecard)
			.map(([id]) => id)
			.sort();
		expect(scorecard).toEqual(['ai-ecosystem', 'hiring', 'long-term-cost', 'operations', 'productivity']);
	});
	test('every source is cited by a rating, a framework, a stack, a state panel, other data or a page', () => {
		const data = ['languages', 'scenarios', 'picker', 'hiring'].flatMap((folder) => [...dataFolder(folder).values()]);
		const cited = citedSourceIds([...data, ...docsFrontmatter()]);
		expect([...known.sources].filter((id) => !cited.has(id)).sort()).toEqual([]);
	});
});

/** The frontmatter of every page in `content/docs`, parsed, for the citation check. */
function docsFrontmatter(dir = 'content/docs'): unknown[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return docsFrontmatter(path);
		if (!/\.mdx?$/.test(entry.name)) return [];
		const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'));
		return match ? [parse(match[1]!)] : [];
	});
}

type RatingData = {
	criterion: string;
	evidence?: { source: string; says: string }[];
	reviewed?: unknown;
	history?: unknown[];
};
const languageRatings = [...dataFolder('languages')].flatMap(([id, data]) =>
	((data as { ratings: RatingData[] }).ratings ?? []).map((rating) => [`${id} ${rating.criterion}`, rating] as const),
);

describe('ratings carry their evidence', () => {
	test.each(languageRatings)('%s has evidence from sources that rate it, and a review date', (_name, rating) => {
		expect(rating.evidence?.length ?? 0).toBeGreaterThan(0);
		for (const item of rating.evidence ?? []) {
			expect(
				known.sourceRates?.get(item.source)?.has(rating.criterion),
				`${item.source} rates ${rating.criterion}`,
			).toBe(true);
			expect(item.says.trim()).not.toBe('');
		}
		expect(String(rating.reviewed)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	test('the review of 30 November 2026 recorded its score changes', () => {
		const changed = languageRatings
			.filter(([, r]) => (r.history ?? []).length > 0)
			.map(([name]) => name)
			.sort();
		expect(changed).toEqual(
			[
				'csharp-dotnet ai-ecosystem',
				'csharp-dotnet operations',
				'csharp-dotnet productivity',
				'node-typescript cpu-performance',
				'php hiring',
				'python hiring',
				'ruby productivity',
			].sort(),
		);
	});
});
