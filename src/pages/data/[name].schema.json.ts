import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_FILE_NAMES, type DataFileName, dataFileSchema } from '../../build/open-data/data-files';
import { readKnownIds } from '../../collections/data-files';

/** One JSON Schema per published file: /data/languages.schema.json … */
export const getStaticPaths = (() => DATA_FILE_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** The file's JSON Schema, generated from the collection's Zod schema at build time. */
export const GET: APIRoute = ({ params, site }) => {
	if (!site) throw new Error('Set `site` in astro.config.mjs: the schemas’ $id is an absolute address');
	const schema = dataFileSchema(params.name as DataFileName, readKnownIds(), site);
	return new Response(`${JSON.stringify(schema, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
