/**
 * Which of Pagefind's index chunks a query needs, known before Pagefind itself has loaded.
 *
 * Pagefind splits its word index into chunks by alphabetical range and lists the ranges in its
 * metadata file (`pagefind.<language>_<hash>.pf_meta`), which only its WebAssembly reads. So on a
 * first search it fetches the runtime and the WebAssembly, reads the metadata, and only then asks for
 * the chunk the query needs: one more round trip before any result. At build time we read the ranges
 * ourselves (`pagefindIndexChunks`) and publish them beside the index, so the search dialog can ask
 * for the query's chunk (`chunksForQuery`) while the WebAssembly is still on its way.
 *
 * This is only a head start. If a later Pagefind changes its metadata format, the build warns and
 * writes no map, and search works as before, one round trip slower.
 */

/** One index chunk: its file (`index/<hash>.pf_index`) and the first word it holds, or a prefix of it. */
export interface IndexChunk {
	/** The chunk's first word, cut to the shortest prefix that sorts after the previous chunk's last word. */
	from: string;
	/** The file's name without its extension, such as `en_2adbc09`. */
	hash: string;
}

/** The bytes every decompressed Pagefind metadata file starts with. */
const SIGNATURE = 'pagefind_dcd';

/**
 * A decompressed Pagefind file's content after the signature it starts with; throws if it has none
 * (the file is not Pagefind's, or is still compressed).
 */
export function pagefindPayload(bytes: Uint8Array): Uint8Array {
	const signature = new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length));
	if (signature !== SIGNATURE) throw new Error(`it does not start with "${SIGNATURE}"`);
	return bytes.subarray(SIGNATURE.length);
}

/**
 * Reads one value of the CBOR encoding (RFC 8949) Pagefind writes: whole numbers, byte and text
 * strings, arrays, maps and simple values; not the indefinite-length forms, which it does not use.
 */
function readCbor(bytes: Uint8Array, start: number): { value: unknown; end: number } {
	let at = start;
	const byte = (): number => {
		if (at >= bytes.length) throw new Error('the metadata ends in the middle of a value');
		return bytes[at++] as number;
	};
	const initial = byte();
	const major = initial >> 5;
	const info = initial & 31;
	let length = info;
	if (info > 27) throw new Error(`unsupported CBOR item 0x${initial.toString(16)} at byte ${start}`);
	if (info >= 24) {
		length = 0;
		for (let i = 0; i < 2 ** (info - 24); i++) length = length * 256 + byte();
	}
	if (major === 0) return { value: length, end: at };
	if (major === 1) return { value: -1 - length, end: at };
	if (major === 2 || major === 3) {
		const end = at + length;
		if (end > bytes.length) throw new Error('the metadata ends in the middle of a string');
		const slice = bytes.subarray(at, end);
		return { value: major === 3 ? new TextDecoder().decode(slice) : slice, end };
	}
	if (major === 4 || major === 5) {
		const items: unknown[] = [];
		for (let i = 0; i < (major === 5 ? 2 * length : length); i++) {
			const item = readCbor(bytes, at);
			items.push(item.value);
			at = item.end;
		}
		return { value: items, end: at };
	}
	if (major === 7) return { value: info === 21 ? true : info === 20 ? false : null, end: at };
	throw new Error(`unsupported CBOR item 0x${initial.toString(16)} at byte ${start}`);
}

/** The value a decompressed Pagefind metadata or index file holds, decoded from CBOR. */
export function decodePagefindFile(bytes: Uint8Array): unknown {
	return readCbor(pagefindPayload(bytes), 0).value;
}

/**
 * The index chunks listed in a Pagefind metadata file, decompressed: in Pagefind 1.x an array whose
 * third item lists each chunk as `[from, to, hash]`. Throws with the reason when the bytes are not
 * in that shape.
 */
export function pagefindIndexChunks(meta: Uint8Array): IndexChunk[] {
	const value = decodePagefindFile(meta);
	const chunks = Array.isArray(value) ? value[2] : undefined;
	if (!Array.isArray(chunks)) throw new Error('it has no list of index chunks where Pagefind 1.x writes one');
	return chunks.map((chunk: unknown, i) => {
		if (!Array.isArray(chunk) || typeof chunk[0] !== 'string' || typeof chunk[2] !== 'string') {
			throw new Error(`index chunk ${i} is not a [from, to, hash] triple of strings`);
		}
		return { from: chunk[0], hash: chunk[2] };
	});
}

/**
 * The chunk that holds every word of the index starting with `prefix`, if one chunk does: the last
 * chunk whose first word sorts at or before the prefix, unless the next chunk's first word starts
 * with the prefix too (then the prefix's words straddle two chunks). Then none, as a guess could
 * fetch a chunk Pagefind will not use.
 */
function chunkHolding(chunks: readonly IndexChunk[], prefix: string): string | undefined {
	let index = -1;
	for (let i = 0; i < chunks.length && (chunks[i] as IndexChunk).from <= prefix; i++) index = i;
	if (index === -1) return undefined;
	if (chunks[index + 1]?.from.startsWith(prefix)) return undefined;
	return (chunks[index] as IndexChunk).hash;
}

/**
 * The index chunks to fetch for what the reader has typed so far, each named once: for each word,
 * lower-cased as Pagefind indexes it, the one chunk that holds every word it could be the start of.
 * Words with characters Pagefind would strip or split on are skipped, so the guess is never wrong
 * in a way that costs bytes: a missed word only means Pagefind fetches its chunk itself.
 */
export function chunksForQuery(chunks: readonly IndexChunk[], query: string): string[] {
	const found = new Set<string>();
	// Runs of spaces leave empty words, which the check below skips.
	for (const word of query.toLowerCase().split(/\s/)) {
		if (!/^[\p{L}\p{N}#+_]+$/u.test(word)) continue;
		const hash = chunkHolding(chunks, word);
		if (hash) found.add(hash);
	}
	return [...found];
}
