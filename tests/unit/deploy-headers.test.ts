import { describe, expect, test } from 'vitest';
import { pagefindHashedPaths, sitePathOf } from '../../src/integrations/deploy-headers';
import {
	allowsEverythingIn,
	formatPolicy,
	parsePolicy,
	unionOfPolicies,
} from '../../src/lib/deploy-headers/content-security-policy';
import {
	formatHeadersFile,
	HTML_CACHE,
	headerRules,
	IMMUTABLE_CACHE,
	parseHeadersFile,
} from '../../src/lib/deploy-headers/headers-file';

const pageA = parsePolicy("default-src 'self'; script-src 'self' 'sha256-AAA='; style-src-attr 'unsafe-inline'");
const pageB = parsePolicy("default-src 'self'; script-src 'self' 'sha256-BBB='; style-src-attr 'unsafe-inline'");

describe('the header policy', () => {
	test('is the union of the pages’ hashes, so it blocks nothing a page allows', () => {
		const union = unionOfPolicies([pageA, pageB]);
		expect(union.get('script-src')).toEqual(["'self'", "'sha256-AAA='", "'sha256-BBB='"]);
		expect(allowsEverythingIn(union, pageA)).toBe(true);
		expect(allowsEverythingIn(union, pageB)).toBe(true);
		expect(allowsEverythingIn(pageA, union)).toBe(false);
	});

	test('refuses pages that differ in more than hashes, since a union would loosen one of them', () => {
		const loose = parsePolicy("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src-attr 'unsafe-inline'");
		expect(() => unionOfPolicies([pageA, loose])).toThrow(/disagree/);
		expect(() => unionOfPolicies([pageA, parsePolicy("default-src 'self'")])).toThrow(/disagree/);
		expect(() => unionOfPolicies([])).toThrow(/No page policy/);
	});

	test('reads and writes policies as browsers do: the first of a repeated directive counts', () => {
		const policy = parsePolicy("  Script-Src 'self' ;script-src 'none';; img-src data:  ");
		expect([...policy]).toEqual([
			['script-src', ["'self'"]],
			['img-src', ['data:']],
		]);
		expect(formatPolicy(policy)).toBe("script-src 'self'; img-src data:");
	});

	test('allowsEverythingIn misses a directive or a source that is not there', () => {
		expect(allowsEverythingIn(parsePolicy("script-src 'self'"), parsePolicy("img-src 'self'"))).toBe(false);
		expect(allowsEverythingIn(parsePolicy("script-src 'self'"), parsePolicy("script-src 'self' data:"))).toBe(false);
	});
});

describe('the _headers file', () => {
	const rules = headerRules({
		policy: unionOfPolicies([pageA, pageB]),
		htmlPaths: ['/', '/languages/go/'],
		hashedPaths: ['/_astro/*'],
	});

	test('adds frame-ancestors to the policy and caches by kind of file', () => {
		const everywhere = new Map(rules[0]!.headers);
		expect(rules[0]!.path).toBe('/*');
		expect(everywhere.get('Content-Security-Policy')).toBe(
			"default-src 'self'; script-src 'self' 'sha256-AAA=' 'sha256-BBB='; style-src-attr 'unsafe-inline'; frame-ancestors 'none'",
		);
		expect(everywhere.has('Cache-Control')).toBe(false);
		expect(rules.slice(1)).toEqual([
			{ path: '/_astro/*', headers: [['Cache-Control', IMMUTABLE_CACHE]] },
			{ path: '/', headers: [['Cache-Control', HTML_CACHE]] },
			{ path: '/languages/go/', headers: [['Cache-Control', HTML_CACHE]] },
		]);
	});

	test('reads back what it writes, comments skipped', () => {
		const text = formatHeadersFile(rules, ['Generated.']);
		expect(text.startsWith('# Generated.\n\n/*\n  Content-Security-Policy: ')).toBe(true);
		expect(parseHeadersFile(text)).toEqual(rules);
		expect(() => parseHeadersFile('  X-Orphan: 1')).toThrow(/Malformed/);
	});

	test('maps built files to site paths and finds Pagefind’s hashed files', () => {
		expect(sitePathOf('index.html')).toBe('/');
		expect(sitePathOf('languages/go/index.html')).toBe('/languages/go/');
		expect(sitePathOf('404.html')).toBe('/404.html');
		expect(
			pagefindHashedPaths([
				'pagefind/pagefind.js',
				'pagefind/wasm.en.pagefind',
				'pagefind/pagefind.en_2748dc64f9.pf_meta',
				'pagefind/fragment/en_1.pf_fragment',
				'pagefind/index/en_2.pf_index',
			]),
		).toEqual(['/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/pagefind.en_2748dc64f9.pf_meta']);
	});
});
