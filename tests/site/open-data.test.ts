import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DATA_FILE_NAMES, DATA_FILES, DATA_FORMAT_VERSION, toJsonValue } from '../../src/build/open-data/data-files';
import { readKnownIds } from '../../src/collections/data-files';
import { readDataFolder } from '../support/data-files';
import { jsonSchemaValidator } from '../support/json-schema';
import { DIST } from '../support/site-pages';

const known = readKnownIds();
const readJson = (file: string) => JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8'));

describe.each(DATA_FILE_NAMES)('/data/%s.json as built', (name) => {
	const file = readJson(`${name}.json`);
	const schema = readJson(`${name}.schema.json`);

	test('is valid against /data/<name>.schema.json', () => {
		const validate = jsonSchemaValidator().compile(schema);
		expect(validate(file) ? [] : validate.errors).toEqual([]);
	});

	test('states its format version and the day it was built', () => {
		expect(file.version).toBe(DATA_FORMAT_VERSION);
		expect(file.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(Date.parse(file.generated)).toBeLessThanOrEqual(Date.now());
	});

	test('holds exactly the entries of the YAML files, every field as the schema reads it', () => {
		// The YAML read here, not through Astro, and validated by the same Zod schema the collection uses.
		const expected = Object.fromEntries(
			[...readDataFolder(name)].map(([id, raw]) => [
				id,
				{ id, ...(toJsonValue(DATA_FILES[name](known).parse(raw)) as object) },
			]),
		);
		const actual = Object.fromEntries((file[name] as { id: string }[]).map((entry) => [entry.id, entry]));
		expect((file[name] as unknown[]).length).toBe(Object.keys(actual).length);
		expect(actual).toEqual(expected);
	});
});

describe('the open data files’ order', () => {
	test('languages, scenarios and criteria come in the site’s display order', () => {
		for (const name of ['languages', 'scenarios', 'criteria'] as const) {
			const orders = (readJson(`${name}.json`)[name] as { order: number }[]).map((e) => e.order);
			expect(orders).toEqual([...orders].sort((a, b) => a - b));
		}
	});
});
