import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { KnownIds } from '../schemas/ids';

// The one reader of the data files in `content/data/`: the collections (`src/content.config.ts`),
// the schemas' cross-checks (`readKnownIds`), the review-age warning and the tests all find the
// files through `dataFiles`, so they agree on which files are data.

/** Where the data collections live, relative to the project root. */
export const DATA_DIR = 'content/data';

/**
 * Which files of a collection's folder are entries, as the collections' glob loader reads it: YAML
 * files whose name does not start with `_` (a draft kept beside the data).
 */
export const DATA_FILE_PATTERN = '[^_]*.{yaml,yml}';

/** The same rule for one file name. */
export const isDataFile = (name: string): boolean => /\.ya?ml$/.test(name) && !name.startsWith('_');

/** One data file: its id (the file name without extension) and its path from the project root. */
export interface DataFile {
	id: string;
	path: string;
}

/** The data files of one folder of `content/data/`, sorted by id. */
export function dataFiles(folder: string, root = process.cwd()): DataFile[] {
	return readdirSync(join(root, DATA_DIR, folder))
		.filter(isDataFile)
		.sort()
		.map((name) => ({ id: name.replace(/\.ya?ml$/, ''), path: join(DATA_DIR, folder, name) }));
}

/** The folders of `content/data/`, one per collection, sorted. */
export function dataFolders(root = process.cwd()): string[] {
	return readdirSync(join(root, DATA_DIR), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
}

/**
 * Every entry of one folder, parsed, keyed by id. A file that cannot be parsed is left out: the
 * collection's own validation reports it with its path.
 */
export function readDataFolder(folder: string, root = process.cwd()): Map<string, unknown> {
	const entries = new Map<string, unknown>();
	for (const { id, path } of dataFiles(folder, root)) {
		try {
			entries.set(id, parse(readFileSync(join(root, path), 'utf8')));
		} catch {
			// Left to the collection's validation, which names the file and the field.
		}
	}
	return entries;
}

/**
 * Reads which entries exist before the collections are validated, so that a schema can reject a
 * reference to an entry that does not exist (Astro's own `reference()` only fails when a page
 * resolves it, and then without naming the field).
 */
export function readKnownIds(root = process.cwd()): KnownIds {
	const ids = (folder: string) => new Set(dataFiles(folder, root).map((file) => file.id));
	return {
		languages: ids('languages'),
		scenarios: ids('scenarios'),
		criteria: ids('criteria'),
		sources: ids('sources'),
		sourceRates: readSourceRates(root),
	};
}

/**
 * The `rates` list of every source file, so a rating can be checked against what its sources
 * actually speak to.
 */
function readSourceRates(root: string): Map<string, Set<string>> {
	const rates = new Map<string, Set<string>>();
	for (const [id, data] of readDataFolder('sources', root)) {
		const list = (data as { rates?: unknown } | null)?.rates;
		rates.set(id, new Set(Array.isArray(list) ? list.filter((r): r is string => typeof r === 'string') : []));
	}
	return rates;
}
