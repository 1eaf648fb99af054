import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { DATA_DIR } from '../../src/data/known-ids';

/** Every entry of one data folder, parsed, keyed by id (the file name), for tests only. */
export function readDataFolder(folder: string): Map<string, unknown> {
	const dir = join(DATA_DIR, folder);
	return new Map(
		readdirSync(dir)
			.filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
			.map((name) => [basename(name, '.yaml'), parse(readFileSync(join(dir, name), 'utf8'))]),
	);
}
