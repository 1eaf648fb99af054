import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlFileOf } from '../../scripts/measure/built-site';
import { allowsEverythingIn, isHashSource, parsePolicy } from '../../src/build/deploy-headers/content-security-policy';
import { HTML_CACHE, IMMUTABLE_CACHE, parseHeadersFile } from '../../src/build/deploy-headers/headers-file';
import { metaPolicyOf } from '../../src/build/integrations/deploy-headers';
import { cspHash } from '../../src/build/integrations/starlight-inline-script-hashes';
import { DIST, SITE_PAGES } from '../support/site-pages';

const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
const everywhere = new Map(rules.find((r) => r.path === '/*')?.headers ?? []);
const headerPolicy = parsePolicy(everywhere.get('Content-Security-Policy') ?? '');
// The 404 page is served for every unknown address, so it is held to the same policy.
const PAGES = [...SITE_PAGES, '/404.html'];
const htmlOf = (path: string) =>
	readFileSync(path.endsWith('.html') ? join(DIST, path) : htmlFileOf(DIST, path), 'utf8');

/** The header value a host serves for a path, from the one rule that sets it. */
function headerFor(path: string, name: string): string[] {
	const matches = (pattern: string) =>
		pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
	return rules.filter((r) => matches(r.path)).flatMap((r) => r.headers.filter(([n]) => n === name).map(([, v]) => v));
}

describe('dist/_headers', () => {
	test('sets the security headers on every path, with frame-ancestors that a <meta> policy cannot set', () => {
		expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
		expect(everywhere.get('X-Content-Type-Options')).toBe('nosniff');
		expect(everywhere.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
		expect(everywhere.get('Permissions-Policy')).toMatch(/camera=\(\)/);
		expect(headerPolicy.get('script-src')).not.toContain("'unsafe-inline'");
		expect(headerPolicy.get('default-src')).toEqual(["'self'"]);
	});

	test.each(PAGES)('%s works under both the header policy and its own meta policy', (path) => {
		const html = htmlOf(path);
		const meta = metaPolicyOf(html);
		expect(meta, 'the page has a meta policy').toBeDefined();
		// Browsers enforce both policies: the header must allow everything the page's policy allows…
		expect(allowsEverythingIn(headerPolicy, meta!)).toBe(true);
		// …and differ from it only by other pages' hashes and frame-ancestors, so it loosens nothing else.
		for (const [name, sources] of headerPolicy) {
			if (name === 'frame-ancestors') continue;
			expect(meta!.has(name), `${name} is in the page's policy`).toBe(true);
			expect(sources.filter((s) => !meta!.get(name)!.includes(s)).every(isHashSource)).toBe(true);
		}
		// Every inline script the page holds passes both policies.
		const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
			(m) => `'${cspHash(m[1]!)}'`,
		);
		expect(inline.filter((h) => !headerPolicy.get('script-src')!.includes(h))).toEqual([]);
		expect(inline.filter((h) => !meta!.get('script-src')!.includes(h))).toEqual([]);
	});

	test.each(PAGES)('%s is revalidated on every visit', (path) => {
		expect(headerFor(path, 'Cache-Control')).toEqual([HTML_CACHE]);
	});

	test('content-hashed files are cached for a year, and only those', () => {
		const astroFile = htmlOf('/').match(/\/_astro\/[\w.-]+\.css/)?.[0];
		expect(astroFile).toBeDefined();
		expect(headerFor(astroFile!, 'Cache-Control')).toEqual([IMMUTABLE_CACHE]);
		const immutable = rules.filter((r) => r.headers.some(([n, v]) => n === 'Cache-Control' && v === IMMUTABLE_CACHE));
		expect(immutable.map((r) => r.path)).toContain('/pagefind/fragment/*');
		for (const rule of immutable) {
			const file = join(DIST, rule.path.replace(/\*$/, ''));
			expect(existsSync(file), `${rule.path} exists in dist/`).toBe(true);
		}
		// Pagefind's entry files keep their names across builds, so they must not be cached as immutable.
		for (const stable of ['/pagefind/pagefind.js', '/pagefind/pagefind-ui.js', '/pagefind/wasm.en.pagefind']) {
			expect(headerFor(stable, 'Cache-Control')).toEqual([]);
		}
	});

	test('no path gets the same header from two rules', () => {
		const paths = ['/', '/_astro/x.js', '/pagefind/fragment/x.pf_fragment', '/404.html', ...SITE_PAGES];
		for (const path of paths) {
			for (const name of ['Cache-Control', 'Content-Security-Policy']) {
				expect(headerFor(path, name).length, `${name} for ${path}`).toBeLessThanOrEqual(1);
			}
		}
	});
});
