import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { pagefindIndexChunks, pagefindPayload } from '../lib/search/index-chunks';

/**
 * The file, beside Pagefind's own, that gives the search dialog a head start on a first search:
 * where each index chunk's words start, and each page's address and title.
 */
export const SEARCH_MAP_FILE = 'search-map.json';

/** What `search-map.json` holds for each language. */
export interface SearchMap {
	version: 1;
	languages: Record<
		string,
		{
			/** Pagefind's metadata file. */
			meta: string;
			/** The index chunks in order, each as its first word (or a prefix of it) and its file's hash. */
			chunks: [from: string, hash: string][];
			/** Each page's address and title, by the hash Pagefind gives it as a result's `id`. */
			pages: Record<string, [url: string, title: string]>;
		}
	>;
}

/** A Pagefind file, decompressed (Pagefind 1.x gzips each one): a fixed signature, then its content. */
const pagefindFile = (path: string) => gunzipSync(readFileSync(path));

/**
 * Reads the index Pagefind wrote to `outputPath` and returns what `search-map.json` holds. Throws
 * naming the file that could not be read.
 */
export function searchMap(outputPath: string): SearchMap {
	const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { hash: string }>;
	};
	const languages: SearchMap['languages'] = {};
	const fragments = readdirSync(join(outputPath, 'fragment'));
	for (const [language, { hash }] of Object.entries(entry.languages)) {
		let file = `pagefind.${hash}.pf_meta`;
		try {
			const chunks = pagefindIndexChunks(pagefindFile(join(outputPath, file)));
			const pages: Record<string, [string, string]> = {};
			for (const name of fragments.filter((f) => f.startsWith(`${language}_`))) {
				file = `fragment/${name}`;
				const fragment = JSON.parse(new TextDecoder().decode(pagefindPayload(pagefindFile(join(outputPath, file)))));
				if (typeof fragment.url !== 'string') throw new Error('it has no "url"');
				pages[name.replace(/\.pf_fragment$/, '')] = [fragment.url, String(fragment.meta?.title ?? fragment.url)];
			}
			languages[language] = { meta: `pagefind.${hash}.pf_meta`, chunks: chunks.map((c) => [c.from, c.hash]), pages };
		} catch (error) {
			throw new Error(`pagefind/${file}: ${(error as Error).message}`);
		}
	}
	return { version: 1, languages };
}

/**
 * Rebuilds Starlight's Pagefind index with `#` and `+` kept inside words, so that a search for
 * "C#" or "C++" matches those names instead of every word that starts with "c". Starlight offers
 * no way to pass Pagefind options, so this runs after its own indexing (integrations run in order)
 * and overwrites `dist/pagefind/`; it adds about a tenth of a second to the build. Beside the index it
 * writes `search-map.json`, which lets the search dialog fetch a query's index chunk early and show
 * the pages found before their fragments arrive.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'playbook:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				try {
					const { index, errors } = await pagefind.createIndex({ includeCharacters: '#+' });
					if (!index) throw new Error(errors.join('; '));
					const added = await index.addDirectory({ path: fileURLToPath(dir) });
					if (added.errors.length) throw new Error(added.errors.join('; '));
					// Starlight's index goes first, so no stale chunk or metadata file of it is left behind.
					const outputPath = fileURLToPath(new URL('./pagefind/', dir));
					rmSync(outputPath, { recursive: true, force: true });
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length) throw new Error(written.errors.join('; '));
					logger.info(`search index rebuilt for ${added.page_count} pages, keeping "#" and "+" in words`);
					// A head start for the first search only: without the map search works, one round trip slower.
					try {
						writeFileSync(join(outputPath, SEARCH_MAP_FILE), JSON.stringify(searchMap(outputPath)));
					} catch (error) {
						logger.warn(`no ${SEARCH_MAP_FILE}, so the first search waits for Pagefind: ${(error as Error).message}`);
					}
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
