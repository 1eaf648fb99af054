import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchMap } from '../../src/integrations/search-index';

describe('searchMap, over an index Pagefind wrote', () => {
	let dir: string;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'search-map-'));
		const { index } = await pagefind.createIndex({});
		if (!index) throw new Error('Pagefind did not start');
		await index.addCustomRecord({
			url: '/languages/go/',
			content: 'Goroutines and channels.',
			language: 'en',
			meta: { title: 'Go' },
		});
		await index.addCustomRecord({
			url: '/languages/rust/',
			content: 'Ownership and borrowing.',
			language: 'en',
			meta: { title: 'Rust' },
		});
		await index.writeFiles({ outputPath: dir });
	}, 30_000);
	afterAll(async () => {
		await pagefind.close();
		rmSync(dir, { recursive: true, force: true });
	});

	test('names the metadata file, the chunks in order, and each page’s address and title by result id', () => {
		const map = searchMap(dir);
		const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
		const en = map.languages.en;
		expect(map.version).toBe(1);
		expect(Object.keys(map.languages)).toEqual(['en']);
		expect(en?.meta).toBe(`pagefind.${entry.languages.en.hash}.pf_meta`);
		expect(en?.chunks.map(([, hash]) => `${hash}.pf_index`)).toEqual(readdirSync(join(dir, 'index')));
		expect(Object.values(en?.pages ?? {}).sort()).toEqual([
			['/languages/go/', 'Go'],
			['/languages/rust/', 'Rust'],
		]);
		expect(
			Object.keys(en?.pages ?? {})
				.map((id) => `${id}.pf_fragment`)
				.sort(),
		).toEqual(readdirSync(join(dir, 'fragment')).sort());
	});

	test('fails naming the file when a fragment or the metadata is not what Pagefind 1.x writes', () => {
		const [fragment] = readdirSync(join(dir, 'fragment'));
		const fragmentPath = join(dir, 'fragment', fragment as string);
		const original = readFileSync(fragmentPath);
		writeFileSync(fragmentPath, gzipSync(Buffer.from('pagefind_dcd{"meta":{}}')));
		expect(() => searchMap(dir)).toThrow(new RegExp(`^pagefind/fragment/${fragment}: .*"url"`));
		writeFileSync(fragmentPath, original);

		const metaName = searchMap(dir).languages.en?.meta as string;
		writeFileSync(join(dir, metaName), gzipSync(Buffer.from('not pagefind')));
		expect(() => searchMap(dir)).toThrow(new RegExp(`^pagefind/${metaName}: .*"pagefind_dcd"`));
	});
});
