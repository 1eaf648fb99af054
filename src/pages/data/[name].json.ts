import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_FILE_NAMES, type DataFileName } from '../../build/open-data/data-files';
import { openDataFile } from '../../build/open-data/open-data-file';

/** One file per published collection: /data/languages.json, /data/scenarios.json … */
export const getStaticPaths = (() => DATA_FILE_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** The collection's entries as JSON, written at build time (see the "Use the data" page). */
export const GET: APIRoute = async ({ params }) =>
	new Response(`${JSON.stringify(await openDataFile(params.name as DataFileName), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
