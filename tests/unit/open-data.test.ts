import { describe, expect, test } from 'vitest';
import { readKnownIds } from '../../src/data/known-ids';
import {
	DATA_FILE_NAMES,
	DATA_FILES,
	DATA_FORMAT_VERSION,
	dataFile,
	dataFileHref,
	dataFileSchema,
	dataSchemaHref,
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

	test('leaves an undefined field out altogether, not as a key without a value', () => {
		const json = toJsonValue({ kept: null, gone: undefined, nested: { gone: undefined } }) as Record<string, unknown>;
		expect(Object.keys(json)).toEqual(['kept', 'nested']);
		expect(Object.keys(json.nested as object)).toEqual([]);
	});
});

describe('the files’ addresses', () => {
	test('each file and its schema sit side by side under /data/', () => {
		expect(dataFileHref('languages')).toBe('/data/languages.json');
		expect(dataSchemaHref('languages')).toBe('/data/languages.schema.json');
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

	test('the schema names the collection and describes every field it adds', () => {
		const schema = dataFileSchema(name, known, SITE) as {
			title: string;
			description: string;
			properties: Record<string, { description?: string; items?: { properties: { id: { description: string } } } }>;
		};
		expect(schema.title).toBe(`Backend Stack Playbook: ${name}`);
		expect(schema.description).toContain(`The ${name} collection`);
		expect(schema.description).toContain(`Format ${DATA_FORMAT_VERSION}`);
		expect(schema.description).toContain('/reference/data/');
		expect(schema.properties.version!.description).toMatch(/semantic versioning/);
		expect(schema.properties.generated!.description).toMatch(/ISO date/);
		expect(schema.properties[name]!.items!.properties.id.description).toMatch(/kebab-case/);
	});

	test('the schema accepts any release of this major version and nothing else as the version', () => {
		const major = DATA_FORMAT_VERSION.split('.')[0];
		expect(validate({ ...file, version: `${major}.7.12` })).toBe(true);
		for (const version of [`${major}.0`, `${major}.0.0-beta`, `x${major}.0.0`, `${major}a0b0`]) {
			expect(validate({ ...file, version }), version).toBe(false);
		}
	});

	test('the schema requires a build day as an ISO date, every top-level field, and no other', () => {
		expect(validate({ ...file, generated: '30 November 2026' })).toBe(false);
		expect(validate({ ...file, generated: 20261130 })).toBe(false);
		for (const field of ['version', 'generated', name]) {
			const { [field]: _gone, ...without } = file;
			expect(validate(without), field).toBe(false);
		}
		expect(validate({ ...file, extra: true })).toBe(false);
	});

	test('the schema requires each entry’s fields and an id that is a slug', () => {
		const entries = file[name] as Record<string, unknown>[];
		const required = (
			dataFileSchema(name, known, SITE).properties as Record<string, { items: { required: string[] } }>
		)[name]!.items.required;
		expect(required[0]).toBe('id');
		expect(required.length).toBeGreaterThan(1);
		for (const field of required.slice(1)) {
			const { [field]: _gone, ...without } = entries[0]!;
			expect(validate({ ...file, [name]: [without] }), field).toBe(false);
		}
		expect(validate({ ...file, [name]: [{ ...entries[0], id: 'Not a slug' }] })).toBe(false);
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
