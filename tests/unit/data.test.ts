import { describe, expect, test } from 'vitest';
import { readKnownIds } from '../../src/data/known-ids';
import { criterionSchema, languageSchema, scenarioSchema, sourceSchema } from '../../src/schemas';
import { readDataFolder } from '../support/data-files';

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
	const entries = [...readDataFolder(folder)];
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
		const scorecard = [...readDataFolder('criteria')]
			.filter(([, data]) => (data as { scorecard: boolean }).scorecard)
			.map(([id]) => id)
			.sort();
		expect(scorecard).toEqual(['ai-ecosystem', 'hiring', 'long-term-cost', 'operations', 'productivity']);
	});
	test('every source is cited by at least one rating, framework or scenario', () => {
		const cited = new Set<string>();
		const text = JSON.stringify([...readDataFolder('languages').values(), ...readDataFolder('scenarios').values()]);
		for (const id of known.sources) if (text.includes(`"${id}"`)) cited.add(id);
		const articles = [...readDataFolder('sources')]
			.filter(([, d]) => (d as { kind: string }).kind === 'article')
			.map(([id]) => id);
		expect(articles.filter((id) => !cited.has(id))).toEqual([]);
	});
});
