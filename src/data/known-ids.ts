import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { KnownIds } from '../schemas/ids';

/** Where the data collections live, relative to the project root. */
export const DATA_DIR = 'content/data';

/** The ids in one data folder: the file names without extension, skipping `_`-prefixed drafts. */
function idsIn(dir: string): Set<string> {
	return new Set(
		readdirSync(dir)
			.filter((name) => /\.(ya?ml|json)$/.test(name) && !name.startsWith('_'))
			.map((name) => basename(name, extname(name))),
	);
}

/**
 * Reads which entries exist before the collections are validated, so that a schema can reject a
 * reference to an entry that does not exist (Astro's own `reference()` only fails when a page
 * resolves it, and then without naming the field).
 */
export function readKnownIds(root = process.cwd()): KnownIds {
	const dir = (name: string) => join(root, DATA_DIR, name);
	return {
		languages: idsIn(dir('languages')),
		scenarios: idsIn(dir('scenarios')),
		criteria: idsIn(dir('criteria')),
		sources: idsIn(dir('sources')),
	};
}
