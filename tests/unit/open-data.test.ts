import { describe, expect, test } from 'vitest';
import {
	DATA_FILE_NAMES,
	DATA_FILES,
	DATA_FORMAT_VERSION,
	dataFile,
	dataFileHref,
	dataFileSchema,
	dataSchemaHref,
	toJsonValue,
} from '../../src/build/open-data/data-files';
import { jsonSchemaValidator } from '../support/json-schema';
import { dataFolder, knownIds } from '../support/playbook-data';

const known = knownIds();
const SITE = 'https://example.test';

/** A collection's entries as the build holds them: the YAML, validated and defaulted by Zod. */
const entriesOf = (name: (typeof DATA_FILE_NAMES)[number]) =>
	[...dataFolder(name)].map(([id, raw]) => ({ id, data: DATA_FILES[name](known).parse(raw) }));

/**
 * A file built from the real data and its schema's validator, made inside each test: made in the
 * `describe` body, the code under test would run while the file loads, outside any test, and
 * Stryker would re-run every test of the folder against each of its mutants.
 */
const fileAndSchema = (name: (typeof DATA_FILE_NAMES)[number], generated = new Date('2026-11-30T12:00:00Z')) => ({
	validate: jsonSchemaValidator().compile(dataFileSchema(name, known, SITE)),
	file: dataFile(name, entriesOf(name), generated),
});

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
	test('the file built from the real data is valid against the schema', () => {
		const { validate, file } = fileAndSchema(name);
		expect(validate(file) ? [] : validate.errors).toEqual([]);
	});

	test('it carries the format version and the build day', () => {
		const { file } = fileAndSchema(name);
		expect(file).toMatchObject({ version: DATA_FORMAT_VERSION, generated: '2026-11-30' });
		expect(dataFileSchema(name, known, SITE).$id).toBe(`${SITE}/data/${name}.schema.json`);
	});

	test('the schema rejects a field no schema declares, a missing id, and a future major version', () => {
		const { validate, file } = fileAndSchema(name);
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
		expect(schema.title.endsWith(`: ${name}`)).toBe(true);
		expect(schema.description).toContain(name);
		expect(schema.description).toContain(DATA_FORMAT_VERSION);
		expect(schema.description).toContain('/reference/data/');
		for (const field of ['version', 'generated'])
			expect(schema.properties[field]!.description?.trim(), field).toBeTruthy();
		expect(schema.properties[name]!.items!.properties.id.description.trim()).toBeTruthy();
	});

	test('the schema accepts any release of this major version and nothing else as the version', () => {
		const { validate, file } = fileAndSchema(name);
		const major = DATA_FORMAT_VERSION.split('.')[0];
		expect(validate({ ...file, version: `${major}.7.12` })).toBe(true);
		for (const version of [`${major}.0`, `${major}.0.0-beta`, `x${major}.0.0`, `${major}a0b0`]) {
			expect(validate({ ...file, version }), version).toBe(false);
		}
	});

	test('the schema requires a build day as an ISO date, every top-level field, and no other', () => {
		const { validate, file } = fileAndSchema(name);
		expect(validate({ ...file, generated: '30 November 2026' })).toBe(false);
		expect(validate({ ...file, generated: 20261130 })).toBe(false);
		for (const field of ['version', 'generated', name]) {
			const { [field]: _gone, ...without } = file;
			expect(validate(without), field).toBe(false);
		}
		expect(validate({ ...file, extra: true })).toBe(false);
	});

	test('the schema requires each entry’s fields and an id that is a slug', () => {
		const { validate, file } = fileAndSchema(name);
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
	test.each([0, 6, 2.5])('a rating of %s', (score) => {
		const { validate, file } = fileAndSchema('languages', new Date());
		const first = (file.languages as { ratings: { score: number }[] }[])[0]!;
		const bad = structuredClone(file);
		(bad.languages as (typeof first)[])[0]!.ratings[0]!.score = score;
		expect(validate(bad)).toBe(false);
		expect(first.ratings[0]!.score).not.toBe(score);
	});
});

describe('the schemas’ own words', () => {
	test('the title and the top-level descriptions of a schema, one reviewed copy', () => {
		const schema = dataFileSchema('languages', known, SITE) as {
			title: string;
			description: string;
			properties: Record<string, { description?: string; items?: { properties: { id: { description: string } } } }>;
		};
		expect({
			title: schema.title,
			description: schema.description,
			version: schema.properties.version!.description,
			generated: schema.properties.generated!.description,
			id: schema.properties.languages!.items!.properties.id.description,
		}).toMatchInlineSnapshot(`
			{
			  "description": "The languages collection of the Backend Stack Playbook, one object per entry. Format 1.0.0; see /reference/data/.",
			  "generated": "The day the site was built, as an ISO date.",
			  "id": "The entry’s id: its data file’s name, a kebab-case slug.",
			  "title": "Backend Stack Playbook: languages",
			  "version": "The version of this file format (semantic versioning); the major version is fixed by this schema.",
			}
		`);
	});
});
