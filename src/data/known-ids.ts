import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
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
	const sources = idsIn(dir('sources'));
	return {
		languages: idsIn(dir('languages')),
		scenarios: idsIn(dir('scenarios')),
		criteria: idsIn(dir('criteria')),
		sources,
		sourceRates: readSourceRates(dir('sources'), sources),
	};
}

/**
 * Reads the `rates` list of every source file, so a rating can be checked against what its sources
 * actually speak to. A file that cannot be read is skipped here: the sources collection's own
 * validation reports it with its path.
 */
function readSourceRates(dir: string, ids: ReadonlySet<string>): Map<string, Set<string>> {
	const rates = new Map<string, Set<string>>();
	for (const name of readdirSync(dir)) {
		const id = basename(name, extname(name));
		if (!ids.has(id)) continue;
		try {
			const data = parse(readFileSync(join(dir, name), 'utf8')) as { rates?: unknown };
			const list = Array.isArray(data?.rates) ? data.rates.filter((r): r is string => typeof r === 'string') : [];
			rates.set(id, new Set(list));
		} catch {
			// Left to the collection's validation, which names the file and the field.
		}
	}
	return rates;
}
