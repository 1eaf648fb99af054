import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** One link or asset reference in the built site that does not resolve. */
export interface BrokenLink {
	/** The page it appears on, as a site path such as `/languages/go/`. */
	page: string;
	/** The reference as written, such as `/scenarios/fintech/#risks`. */
	href: string;
	/** Why it is broken. */
	reason: 'missing page' | 'missing anchor' | 'missing asset' | 'malformed link';
}

const ATTR = /\s(href|src)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

function* htmlFiles(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* htmlFiles(path);
		else if (name.endsWith('.html')) yield path;
	}
}

/** The site path a built file is served at: `dist/go/index.html` → `/go/`. */
function sitePath(dist: string, file: string): string {
	const rel = relative(dist, file).split(sep).join('/');
	return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Decodes the few entities Astro writes into attribute values. */
const decode = (value: string) =>
	value
		.replace(/&amp;/g, '&')
		.replace(/&#38;/g, '&')
		.replace(/&quot;/g, '"');

/**
 * Checks every internal `href` and `src` in the built `dist/` folder: the page or file must exist,
 * and a `#fragment` must match an `id` on the target page. External links are not fetched. Pages are
 * read once, so the check takes well under a second for a few hundred pages.
 */
export function findBrokenLinks(dist: string): BrokenLink[] {
	const pages = new Map<string, { ids: Set<string>; refs: string[] }>();
	for (const file of htmlFiles(dist)) {
		const html = readFileSync(file, 'utf8');
		const ids = new Set([...html.matchAll(ID)].map((m) => decode(m[1]!)));
		const refs = [...html.matchAll(ATTR)].map((m) => decode(m[2]!));
		pages.set(sitePath(dist, file), { ids, refs });
	}

	const broken: BrokenLink[] = [];
	for (const [page, { refs }] of pages) {
		for (const href of refs) {
			if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // external, mailto:, data: …
			const url = new URL(href, `http://site${page}`);
			let path: string;
			let fragment: string;
			try {
				path = decodeURIComponent(url.pathname);
				fragment = decodeURIComponent(url.hash.slice(1));
			} catch {
				// A broken percent-escape (such as "%E0%A4%A") names no file; a browser cannot follow it
				// either, so it is reported like any other broken link rather than stopping the check.
				broken.push({ page, href, reason: 'malformed link' });
				continue;
			}
			const target = pages.get(path) ?? pages.get(path.endsWith('/') ? path : `${path}/`);
			if (target) {
				if (fragment && !target.ids.has(fragment)) broken.push({ page, href, reason: 'missing anchor' });
				continue;
			}
			const file = join(dist, ...path.split('/').filter(Boolean));
			if (!existsSync(file) || (statSync(file).isDirectory() && !existsSync(join(file, 'index.html')))) {
				broken.push({
					page,
					href,
					reason: path.endsWith('/') || !posix.extname(path) ? 'missing page' : 'missing asset',
				});
			}
		}
	}
	return broken;
}
