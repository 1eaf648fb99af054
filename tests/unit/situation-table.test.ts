import { describe, expect, test } from 'vitest';
import { glossarySegments } from '../../src/build/content/glossary-segments';
import { readKnownIds } from '../../src/collections/data-files';
import { type KnownIds, situationTableSchema } from '../../src/schemas';
import { dataFolder } from '../support/playbook-data';
import { issues } from '../support/schema-issues';

const known: KnownIds = {
	languages: new Set(['go', 'rust']),
	scenarios: new Set(),
	criteria: new Set(),
	sources: new Set(),
};
const schema = situationTableSchema(known);

/** The smallest valid row; each rejection case below breaks one thing in it. */
const row = () => ({
	situation: 'A latency-sensitive API on the JVM',
	language: 'go',
	why: 'Simple concurrency and small binaries.',
});
/** The issues of validating `data`, as "path: message" lines. */
const issuesOf = (data: unknown) => issues(schema.safeParse(data));

describe('situation table schema', () => {
	test('accepts a row with a glossary term, a framework and a second language', () => {
		const full = {
			...row(),
			glossary: [{ term: 'JVM', anchor: 'jvm' }],
			framework: 'Gin',
			alongside: { language: 'rust', when: 'only for a narrow hot path' },
		};
		expect(issuesOf({ rows: [full] })).toEqual([]);
	});

	test('names the field of an unknown language, here or alongside', () => {
		expect(issuesOf({ rows: [{ ...row(), language: 'cobol' }] })).toEqual([
			expect.stringMatching(/^rows\.0\.language: unknown language id "cobol"/),
		]);
		const alongside = { language: 'zig', when: 'only for a narrow hot path' };
		expect(issuesOf({ rows: [{ ...row(), alongside }] })).toEqual([
			expect.stringMatching(/^rows\.0\.alongside\.language: unknown language id "zig"/),
		]);
	});

	test('rejects a glossary term the situation does not contain', () => {
		expect(issuesOf({ rows: [{ ...row(), glossary: [{ term: 'CLR', anchor: 'clr' }] }] })).toEqual([
			expect.stringMatching(/^rows\.0\.glossary\.0\.term: "CLR" does not appear in the situation/),
		]);
	});

	test('rejects an empty table and a row without its reason', () => {
		expect(issuesOf({ rows: [] })).toEqual([expect.stringMatching(/^rows: /)]);
		const { why: _, ...noWhy } = row();
		expect(issuesOf({ rows: [noWhy] })).toEqual([expect.stringMatching(/^rows\.0\.why: /)]);
	});
});

describe('the situation table in content/data/situations/', () => {
	const data = dataFolder('situations').get('at-a-glance');
	const languages = dataFolder('languages') as Map<string, { frameworks: { name: string }[] }>;

	test('is valid against the known ids', () => {
		expect(situationTableSchema(readKnownIds()).safeParse(data).error?.issues ?? []).toEqual([]);
	});

	test("names only frameworks that the row's language profile lists", () => {
		const { rows } = situationTableSchema(readKnownIds()).parse(data);
		for (const { language, framework } of rows) {
			if (!framework) continue;
			const listed = languages.get(language)?.frameworks.map((f) => f.name) ?? [];
			expect(listed, `${language}: ${framework}`).toContain(framework);
		}
	});
});

describe('glossarySegments', () => {
	test('splits a phrase around each term, in the order they stand', () => {
		expect(
			glossarySegments('an existing JVM or CLR estate', [
				{ term: 'CLR', anchor: 'clr' },
				{ term: 'JVM', anchor: 'jvm' },
			]),
		).toEqual([
			{ text: 'an existing ' },
			{ text: 'JVM', anchor: 'jvm' },
			{ text: ' or ' },
			{ text: 'CLR', anchor: 'clr' },
			{ text: ' estate' },
		]);
	});

	test('links only the first occurrence, and leaves text without terms whole', () => {
		expect(glossarySegments('JVM and JVM', [{ term: 'JVM', anchor: 'jvm' }])).toEqual([
			{ text: 'JVM', anchor: 'jvm' },
			{ text: ' and JVM' },
		]);
		expect(glossarySegments('no terms here', [])).toEqual([{ text: 'no terms here' }]);
	});

	test('skips a missing term and one inside a term already linked', () => {
		const terms = [
			{ term: 'Java virtual machine', anchor: 'jvm' },
			{ term: 'virtual', anchor: 'virtual' },
			{ term: 'CLR', anchor: 'clr' },
		];
		expect(glossarySegments('the Java virtual machine', terms)).toEqual([
			{ text: 'the ' },
			{ text: 'Java virtual machine', anchor: 'jvm' },
		]);
	});
});
