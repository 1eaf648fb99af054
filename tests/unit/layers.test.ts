import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, test } from 'vitest';

// The folders of src/ are layers, and code imports only from its own layer or one below:
// schemas (the data's shape) < common (helpers for browser and build) < each feature's model (pure
// logic) < the collections' readers and build-only code < each feature's data (from the
// collections) < views (islands, components, pages). A model imports nothing of Astro or Preact.

/** The layer of a file under src/, from its path. */
function layerOf(path: string): number {
	if (path.startsWith('src/schemas/')) return 0;
	if (path.startsWith('src/common/')) return 1;
	if (/^src\/(?:tools\/[^/]+\/|[^/]+\/)model\//.test(path)) return 2;
	if (path.startsWith('src/collections/') || path.startsWith('src/build/')) return 3;
	if (/\/data\.ts$/.test(path)) return 4;
	return 5;
}

const LAYER_NAMES = ['schemas', 'common', 'model', 'build', 'data', 'view'];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(?:ts|tsx|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
	});
}

/** The file a relative import names, from the importing file: as written, or with its extension or index. */
function resolveImport(from: string, spec: string): string {
	const base = normalize(join(dirname(from), spec));
	const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
	return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? base;
}

/** The import specifiers of a file: static, dynamic and side-effect imports. */
function importsOf(text: string): string[] {
	return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

const files = sourceFiles('src').map((path) => ({ path, imports: importsOf(readFileSync(path, 'utf8')) }));

describe('the layers of src/', () => {
	test('the layer rule sees every kind of folder', () => {
		const layers = new Set(files.map((file) => LAYER_NAMES[layerOf(file.path)]));
		expect([...layers].sort()).toEqual([...LAYER_NAMES].sort());
	});

	test('no file imports from a layer above its own', () => {
		const upward = files.flatMap(({ path, imports }) =>
			imports
				.filter((spec) => spec.startsWith('.'))
				.map((spec) => resolveImport(path, spec))
				.filter((target) => layerOf(target) > layerOf(path))
				.map((target) => `${path} (${LAYER_NAMES[layerOf(path)]}) imports ${target} (${LAYER_NAMES[layerOf(target)]})`),
		);
		expect(upward).toEqual([]);
	});

	test('models and common helpers import nothing of Astro or Preact', () => {
		const framework = files
			.filter(({ path }) => layerOf(path) === 1 || layerOf(path) === 2)
			.flatMap(({ path, imports }) =>
				imports.filter((spec) => /^(?:astro|@astrojs|preact)(?:[:/]|$)/.test(spec)).map((spec) => `${path}: ${spec}`),
			);
		expect(framework).toEqual([]);
	});
});
