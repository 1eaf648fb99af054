import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type Sha256Source = `sha256-${string}`;

function* astroFiles(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* astroFiles(path);
		else if (name.endsWith('.astro')) yield path;
	}
}

/** The CSP source (`sha256-…`) that allows exactly this inline script or style body. */
export function cspHash(body: string): Sha256Source {
	return `sha256-${createHash('sha256').update(body).digest('base64')}`;
}

/** The bodies of every `<script is:inline>` in an Astro component's source, as written. */
export function inlineScriptBodies(source: string): string[] {
	return [...source.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

/**
 * Hashes of Starlight's own inline scripts (theme provider, theme picker, search shortcut, sidebar
 * persistence, synced tabs), read from the installed package's components, and of those in our
 * overrides of its components (`src/components/overrides/`, such as the theme guard). Astro hashes
 * the scripts it bundles and those it inlines itself (its island loader and client directives, the
 * search dialog's `client:intent` among them), but leaves `is:inline` ones to us; Astro writes their
 * bodies out verbatim, so hashing the source matches the built page, and an upgrade of Starlight or
 * an edit of an override updates the hashes by itself.
 */
export function starlightInlineScriptHashes(root = process.cwd()): Sha256Source[] {
	const require = createRequire(join(root, 'package.json'));
	const dist = dirname(dirname(require.resolve('@astrojs/starlight/components/Search.astro')));
	const hashes = new Set<Sha256Source>();
	for (const dir of [dist, join(root, 'src', 'components', 'overrides')]) {
		for (const file of astroFiles(dir)) {
			for (const body of inlineScriptBodies(readFileSync(file, 'utf8'))) hashes.add(cspHash(body));
		}
	}
	return [...hashes].sort();
}
