import { describe, expect, test } from 'vitest';
import { readKnownIds } from '../../src/data/known-ids';
import {
	DATA_FILE_NAMES,
	DATA_FILES,
	DATA_FORMAT_VERSION,
	dataFile,
	dataFileSchema,
	toJsonValue,
} from '../../src/lib/open-data/data-files';
import { readDataFolder } from '../support/data-files';
import { jsonSchemaValidator } from '../support/json-schema';

const known = readKnownIds();
const SITE = 'https://example.test';

/** A collection's entries as the build holds them: the YAML, validated and defaulted by Zod. */
const entriesOf = (name: (typeof DATA_FILE_NAMES)[number]) =>
	[...readDataFolder(name)].map(([id, raw]) => ({ id, data: DATA_FILES[name](known).parse(raw) }));

describe('toJsonValue', () => {
	test('writes a midnight-UTC date as its day, any other instant in full, and drops undefined', () => {
		expect(
			toJsonValue({
				a: new Date('2026-11-30'),
				b: new Date('2026-11-30T10:00:00Z'),
				c: undefined,
				d: [1, { e: undefined }],
			}),
		).toEqual({ a: '2026-11-30', b: '2026-11-30T10:00:00.000Z', d: [1, {}] });
	});
});

describe.each(DATA_FILE_NAMES)('the %s file and its schema', (name) => {
	const validate = jsonSchemaValidator().compile(dataFileSchema(name, known, SITE));
	const file = dataFile(name, entriesOf(name), new Date('2026-11-30T12:00:00Z'));

	test('the file built from the real data is valid against the schema', () => {
		expect(validate(file) ? [] : validate.errors).toEqual([]);
	});

	test('it carries the format version and the build day', () => {
		expect(file).toMatchObject({ version: DATA_FORMAT_VERSION, generated: '2026-11-30' });
		expect(dataFileSchema(name, known, SITE).$id).toBe(`${SITE}/data/${name}.schema.json`);
	});

	test('the schema rejects a field no schema declares, a missing id, and a future major version', () => {
		const entries = file[name] as Record<string, unknown>[];
		const extra = { ...file, [name]: [{ ...entries[0], surprise: 1 }] };
		const { id: _id, ...withoutId } = entries[0]!;
		const noId = { ...file, [name]: [withoutId] };
		const major = { ...file, version: '2.0.0' };
		for (const bad of [extra, noId, major]) expect(validate(bad)).toBe(false);
	});

	test('a field added to the Zod schema appears in the JSON Schema without other changes', () => {
		const fields = Object.keys(
			(dataFileSchema(name, known, SITE).properties as Record<string, { items: { properties: object } }>)[name]!.items
				.properties,
		);
		const zodShape = Object.keys((DATA_FILES[name](known) as unknown as { shape: object }).shape);
		expect(fields).toEqual(['id', ...zodShape]);
	});
});

describe('a language file rejects what the Zod schema rejects', () => {
	const validate = jsonSchemaValidator().compile(dataFileSchema('languages', known, SITE));
	const file = dataFile('languages', entriesOf('languages'), new Date());
	const first = (file.languages as { ratings: { score: number }[] }[])[0]!;

	test.each([0, 6, 2.5])('a rating of %s', (score) => {
		const bad = structuredClone(file);
		(bad.languages as (typeof first)[])[0]!.ratings[0]!.score = score;
		expect(validate(bad)).toBe(false);
		expect(first.ratings[0]!.score).not.toBe(score);
	});
});
