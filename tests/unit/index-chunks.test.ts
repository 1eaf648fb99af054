import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	chunksForQuery,
	decodePagefindFile,
	type IndexChunk,
	pagefindIndexChunks,
	pagefindPayload,
} from '../../src/lib/search/index-chunks';

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** Encodes a value as CBOR the way Pagefind writes it, so malformed and edge cases can be built by hand. */
function cbor(value: unknown): number[] {
	const head = (major: number, n: number): number[] => {
		if (n < 24) return [(major << 5) | n];
		if (n < 2 ** 8) return [(major << 5) | 24, n];
		if (n < 2 ** 16) return [(major << 5) | 25, n >> 8, n & 255];
		return [(major << 5) | 26, (n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255];
	};
	if (typeof value === 'number') return value < 0 ? head(1, -1 - value) : head(0, value);
	if (typeof value === 'string') {
		const bytes = [...new TextEncoder().encode(value)];
		return [...head(3, bytes.length), ...bytes];
	}
	if (value instanceof Uint8Array) return [...head(2, value.length), ...value];
	if (Array.isArray(value)) return [...head(4, value.length), ...value.flatMap(cbor)];
	if (value === false) return [0xf4];
	if (value === true) return [0xf5];
	if (value === null) return [0xf6];
	const entries = Object.entries(value as object);
	return [...head(5, entries.length), ...entries.flatMap(([k, v]) => [...cbor(k), ...cbor(v)])];
}

const file = (...bytes: number[][]) => new Uint8Array([...SIGNATURE, ...bytes.flat()]);
const meta = (chunks: unknown) => file(cbor(['1.6.0', [['en_1', 3, '']], chunks, [], [], ['title']]));

describe('pagefindIndexChunks', () => {
	test('reads each chunk’s first word and hash from the metadata', () => {
		expect(
			pagefindIndexChunks(
				meta([
					['#rust', 'exi', 'en_a'],
					['exo', 'of', 'en_b'],
				]),
			),
		).toEqual([
			{ from: '#rust', hash: 'en_a' },
			{ from: 'exo', hash: 'en_b' },
		]);
	});

	test('reads every kind of value Pagefind can write around the chunk list', () => {
		const long = 'x'.repeat(300);
		const value = [
			'1.6.0',
			[[long, 70_000, -3, -300, 200], new Uint8Array([1, 2, 3]), { key: [true, false, null], b: 2 }, 2 ** 33],
			[[long, 'y', 'en_c']],
		];
		const bytes = cbor(value);
		// 2 ** 33 needs the eight-byte length form, which the encoder above does not write.
		const eight = [0x1b, 0, 0, 0, 2, 0, 0, 0, 0];
		const at = bytes.indexOf(0x1a, bytes.lastIndexOf(0xf6));
		bytes.splice(at, 5, ...eight);
		expect(decodePagefindFile(file(bytes))).toEqual([
			'1.6.0',
			[[long, 70_000, -3, -300, 200], new Uint8Array([1, 2, 3]), ['key', [true, false, null], 'b', 2], 2 ** 33],
			[[long, 'y', 'en_c']],
		]);
		expect(pagefindIndexChunks(file(bytes))).toEqual([{ from: long, hash: 'en_c' }]);
	});

	/** The message a reading throws, or null when it reads. */
	const failure = (bytes: Uint8Array) => {
		try {
			pagefindIndexChunks(bytes);
			return null;
		} catch (error) {
			return (error as Error).message;
		}
	};
	const broken = () => ({
		'no signature': failure(new Uint8Array([1, 2, 3])),
		'an indefinite-length array': failure(file([0x9f])),
		'a reserved simple value': failure(file([0xfc])),
		'a tag': failure(file([0xc1])),
		'an array cut short': failure(file([0x83, 0x01])),
		'a number cut short': failure(file([0x19, 0x01])),
		'a string cut short': failure(file([0x65, 0x61])),
		'no list of chunks': failure(file(cbor(['1.6.0', []]))),
		'not an array at all': failure(file(cbor({ a: 1 }))),
		'the second chunk not a triple': failure(meta([['a', 'b', 'en_a'], 'en_b'])),
		'a hash that is not text': failure(meta([['a', 'b', 7]])),
		'a pair, not a triple': failure(meta([['a', 'b']])),
		'a first word that is not text': failure(meta([[7, 'b', 'en_a']])),
	});

	test('says why when the bytes are not a Pagefind 1.x metadata file: one reason per kind of fault, with its place', () => {
		const why = broken();
		for (const [name, message] of Object.entries(why)) expect(message, name).not.toBeNull();
		// The same kind of fault gives the same reason, and a different kind another.
		const alike = (names: (keyof typeof why)[]) =>
			new Set(names.map((n) => why[n]?.replace(/\b\d+\b|0x[0-9a-f]+/g, 'N')));
		expect(alike(['an indefinite-length array', 'a reserved simple value', 'a tag']).size).toBe(1);
		expect(alike(['an array cut short', 'a number cut short']).size).toBe(1);
		expect(alike(['no list of chunks', 'not an array at all']).size).toBe(1);
		expect(alike(['a hash that is not text', 'a pair, not a triple', 'a first word that is not text']).size).toBe(1);
		expect(
			alike([
				'no signature',
				'a tag',
				'an array cut short',
				'a string cut short',
				'no list of chunks',
				'a pair, not a triple',
			]).size,
		).toBe(6);
		// Each names what it found and where.
		expect(why['an indefinite-length array']).toMatch(/0x9f.*\b0\b/);
		expect(why['a tag']).toContain('0xc1');
		expect(why['the second chunk not a triple']).toMatch(/\b1\b/);
		expect(why['a pair, not a triple']).toMatch(/\b0\b/);
		expect(why['no signature']).toContain('"pagefind_dcd"');
	});

	test('the reasons it gives, one reviewed copy', () => {
		expect(broken()).toMatchInlineSnapshot(`
			{
			  "a first word that is not text": "index chunk 0 is not a [from, to, hash] triple of strings",
			  "a hash that is not text": "index chunk 0 is not a [from, to, hash] triple of strings",
			  "a number cut short": "the metadata ends in the middle of a value",
			  "a pair, not a triple": "index chunk 0 is not a [from, to, hash] triple of strings",
			  "a reserved simple value": "unsupported CBOR item 0xfc at byte 0",
			  "a string cut short": "the metadata ends in the middle of a string",
			  "a tag": "unsupported CBOR item 0xc1 at byte 0",
			  "an array cut short": "the metadata ends in the middle of a value",
			  "an indefinite-length array": "unsupported CBOR item 0x9f at byte 0",
			  "no list of chunks": "it has no list of index chunks where Pagefind 1.x writes one",
			  "no signature": "it does not start with "pagefind_dcd"",
			  "not an array at all": "it has no list of index chunks where Pagefind 1.x writes one",
			  "the second chunk not a triple": "index chunk 1 is not a [from, to, hash] triple of strings",
			}
		`);
	});

	test('pagefindPayload drops the signature and keeps the rest', () => {
		expect([...pagefindPayload(file([1, 2]))]).toEqual([1, 2]);
		expect(() => pagefindPayload(new Uint8Array([...SIGNATURE.slice(0, 11), 0x63]))).toThrow(
			failure(new Uint8Array([1, 2, 3]))!,
		);
	});
});

describe('chunksForQuery', () => {
	const chunks: IndexChunk[] = [
		{ from: '#tokio', hash: 'en_1' },
		{ from: 'exo', hash: 'en_2' },
		{ from: 'off', hash: 'en_3' },
		{ from: 'thei', hash: 'en_4' },
	];

	test('names the chunk that holds every word starting with what was typed', () => {
		expect(chunksForQuery(chunks, 'g')).toEqual(['en_2']);
		expect(chunksForQuery(chunks, 'goroutines')).toEqual(['en_2']);
		expect(chunksForQuery(chunks, 'exo')).toEqual(['en_2']);
		expect(chunksForQuery(chunks, 'c#')).toEqual(['en_1']);
		// The last chunk has no upper end.
		expect(chunksForQuery(chunks, 'zig')).toEqual(['en_4']);
		expect(chunksForQuery(chunks, 'their')).toEqual(['en_4']);
	});

	test('names none when the words starting with it may sit in two chunks, or before the first', () => {
		// "the…" words run on into the chunk that starts at "thei".
		expect(chunksForQuery(chunks, 'the')).toEqual([]);
		expect(chunksForQuery(chunks, 'o')).toEqual([]);
		expect(chunksForQuery(chunks, 'ex')).toEqual([]);
		expect(chunksForQuery(chunks, '#')).toEqual([]);
		expect(chunksForQuery([], 'go')).toEqual([]);
	});

	test('reads each word lower-cased, once per chunk, and skips words Pagefind would split or strip', () => {
		expect(chunksForQuery(chunks, '  Go   GOROUTINES  rust ')).toEqual(['en_2', 'en_3']);
		expect(chunksForQuery(chunks, 'zig go')).toEqual(['en_4', 'en_2']);
		expect(chunksForQuery(chunks, 'go-routines node.js')).toEqual([]);
		expect(chunksForQuery(chunks, 'élan')).toEqual(['en_4']);
		expect(chunksForQuery(chunks, 'snake_case 3d')).toEqual(['en_3', 'en_1']);
	});
});

describe('on an index Pagefind itself wrote', () => {
	// Pagefind writes the index once for the file, before the tests; each test reads it with the code
	// under test itself. Read in the hook, that code would run outside any test, and Stryker would
	// re-run every test of the folder against each of its mutants.
	let metaFile: Uint8Array;
	let indexFiles: { path: string; content: Uint8Array }[];

	/** The chunks the metadata lists, and every word of each chunk file by the chunk's hash. */
	const readIndex = () => {
		const chunks = pagefindIndexChunks(metaFile);
		const words = new Map<string, string[]>();
		for (const f of indexFiles) {
			const [entries] = decodePagefindFile(f.content) as [[string][]];
			words.set(
				f.path.slice('index/'.length, -'.pf_index'.length),
				entries.map(([word]) => word),
			);
		}
		return { chunks, words };
	};

	beforeAll(async () => {
		const { index } = await pagefind.createIndex({});
		if (!index) throw new Error('Pagefind did not start');
		// Enough distinct words for Pagefind to split its index into several chunks.
		const vocabulary = Array.from({ length: 30_000 }, (_, i) => `w${(i * 7919).toString(36)}q${i.toString(36)}`);
		for (let p = 0; p < 100; p++) {
			await index.addCustomRecord({
				url: `/p${p}/`,
				content: vocabulary.slice(p * 300, p * 300 + 300).join(' '),
				language: 'en',
			});
		}
		const { files } = await index.getFiles();
		const meta = files.find((f) => f.path.endsWith('.pf_meta'));
		if (!meta) throw new Error('Pagefind wrote no metadata file');
		metaFile = gunzipSync(meta.content);
		indexFiles = files
			.filter((f) => f.path.startsWith('index/'))
			.map((f) => ({ path: f.path, content: gunzipSync(f.content) }));
	}, 30_000);
	afterAll(async () => {
		await pagefind.close();
	});

	test('lists every chunk file Pagefind wrote, in word order, each starting at or before its first word', () => {
		const { chunks, words } = readIndex();
		expect(chunks.length).toBeGreaterThan(2);
		expect(chunks.map((c) => c.hash).sort()).toEqual([...words.keys()].sort());
		for (const chunk of chunks) expect(chunk.from <= (words.get(chunk.hash)?.[0] ?? '')).toBe(true);
		expect(chunks.map((c) => c.from)).toEqual(chunks.map((c) => c.from).sort());
	});

	test('never names a chunk that lacks the word typed or any word it starts', () => {
		const { chunks, words } = readIndex();
		let named = 0;
		let checked = 0;
		for (const [hash, list] of words) {
			for (const word of list.filter((_, i) => i % 50 === 0 || i === list.length - 1)) {
				for (let end = 1; end <= word.length; end++) {
					const found = chunksForQuery(chunks, word.slice(0, end));
					expect(found.length === 0 || (found.length === 1 && found[0] === hash), `${word.slice(0, end)}`).toBe(true);
				}
				checked++;
				if (chunksForQuery(chunks, word)[0] === hash) named++;
			}
		}
		// It is a head start worth having: almost every whole word gets its chunk.
		expect(named / checked).toBeGreaterThan(0.95);
	});
});
