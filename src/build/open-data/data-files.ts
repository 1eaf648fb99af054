import { z } from 'astro/zod';
import { criterionSchema, languageSchema, scenarioSchema, sourceSchema } from '../../schemas';
import type { KnownIds } from '../../schemas/ids';

/**
 * The version of the open data files' format, shared by all four files (semantic versioning).
 * The promise, also stated on the "Use the data" page: a patch release fixes a description or a
 * constraint without changing what valid data looks like; a minor release adds entries or optional
 * fields, so a reader written for 1.0.0 keeps working; a major release removes or renames a field
 * or changes what a value means. Raise it in the same change as the schema that needs it.
 */
export const DATA_FORMAT_VERSION = '1.0.0';

/** The four published collections, each with the Zod schema of one of its entries. */
export const DATA_FILES = {
	languages: (known: KnownIds) => languageSchema(known),
	scenarios: (known: KnownIds) => scenarioSchema(known),
	criteria: () => criterionSchema,
	sources: (known: KnownIds) => sourceSchema(known),
} as const satisfies Record<string, (known: KnownIds) => z.ZodType>;

/** The name of a published file, which is also its collection's name. */
export type DataFileName = keyof typeof DATA_FILES;

/** The published names, in the order the reference page lists them. */
export const DATA_FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];

/** One published entry: its id (the data file's name) followed by every field of the entry. */
export type DataEntry = { id: string } & Record<string, unknown>;

/** A published file: the format version, the build date, and the entries under the file's name. */
export type DataFile = { version: string; generated: string } & Record<string, unknown>;

/** A date as JSON writes it in these files: the calendar day when it falls on midnight UTC. */
function isoDate(date: Date): string {
	const iso = date.toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/**
 * A validated entry's data as plain JSON: dates become ISO strings and `undefined` fields are
 * left out, the two things `JSON.stringify` would otherwise decide. Everything else is copied as it
 * is, so a field added to a schema appears in the files without a change here.
 *
 * @param value Any value a collection's schema produced.
 */
export function toJsonValue(value: unknown): unknown {
	if (value instanceof Date) return isoDate(value);
	if (Array.isArray(value)) return value.map(toJsonValue);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value)
				.filter(([, v]) => v !== undefined)
				.map(([k, v]) => [k, toJsonValue(v)]),
		);
	}
	return value;
}

/**
 * Builds one published file from a collection's entries, in the order given.
 *
 * @param name The file's (and collection's) name.
 * @param entries The entries as the collection holds them: an id and the validated data.
 * @param generated When the file was built.
 */
export function dataFile(
	name: DataFileName,
	entries: readonly { id: string; data: unknown }[],
	generated: Date,
): DataFile {
	return {
		version: DATA_FORMAT_VERSION,
		generated: generated.toISOString().slice(0, 10),
		[name]: entries.map(({ id, data }) => ({ id, ...(toJsonValue(data) as Record<string, unknown>) })),
	};
}

/** The address a file and its schema are published at, from the site's root. */
export const dataFileHref = (name: DataFileName) => `/data/${name}.json`;
export const dataSchemaHref = (name: DataFileName) => `/data/${name}.schema.json`;

/**
 * The JSON Schema of one published file, generated from the collection's Zod schema so that the two
 * cannot drift apart. Zod describes the data after validation (`io: 'output'`), which is what the
 * files hold; dates are ISO strings, as `toJsonValue` writes them. Cross references (a rating's
 * criterion, a scenario's language) are plain strings here: the files list every id they may name.
 *
 * @param name The file's name.
 * @param known The ids that exist, which the schemas of languages and scenarios check references against.
 * @param site The site's address, for the schema's `$id`.
 */
export function dataFileSchema(name: DataFileName, known: KnownIds, site: string | URL): Record<string, unknown> {
	const entry = z.toJSONSchema(DATA_FILES[name](known), {
		io: 'output',
		unrepresentable: 'any',
		override: (ctx) => {
			if (ctx.zodSchema._zod.def.type === 'date') {
				ctx.jsonSchema.type = 'string';
				ctx.jsonSchema.format = 'date';
			}
		},
	}) as Record<string, unknown> & { properties: Record<string, unknown>; required?: string[] };
	const { $schema, ...entrySchema } = entry;
	return {
		$schema,
		$id: new URL(dataSchemaHref(name), site).href,
		title: `Backend Stack Playbook: ${name}`,
		description: `The ${name} collection of the Backend Stack Playbook, one object per entry. Format ${DATA_FORMAT_VERSION}; see /reference/data/.`,
		type: 'object',
		properties: {
			version: {
				description:
					'The version of this file format (semantic versioning); the major version is fixed by this schema.',
				type: 'string',
				pattern: `^${DATA_FORMAT_VERSION.split('.')[0]}\\.\\d+\\.\\d+$`,
			},
			generated: { description: 'The day the site was built, as an ISO date.', type: 'string', format: 'date' },
			[name]: {
				type: 'array',
				items: {
					...entrySchema,
					properties: {
						id: {
							description: 'The entry’s id: its data file’s name, a kebab-case slug.',
							type: 'string',
							pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
						},
						...entrySchema.properties,
					},
					required: ['id', ...(entrySchema.required ?? [])],
				},
			},
		},
		required: ['version', 'generated', name],
		additionalProperties: false,
	};
}
