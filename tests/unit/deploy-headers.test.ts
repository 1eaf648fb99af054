import { describe, expect, test } from 'vitest';
import {
	allowsEverythingIn,
	formatPolicy,
	isHashSource,
	parsePolicy,
	unionOfPolicies,
} from '../../src/build/deploy-headers/content-security-policy';
import {
	formatHeadersFile,
	HTML_CACHE,
	headerRules,
	IMMUTABLE_CACHE,
	PERMISSIONS_POLICY,
	parseHeadersFile,
	REFERRER_POLICY,
} from '../../src/build/deploy-headers/headers-file';
import { pagefindHashedPaths, sitePathOf } from '../../src/build/integrations/deploy-headers';

// The policies and rules are parsed and built inside each test: built when the file loads, the code
// under test would run outside any test, and Stryker would re-run every test of the folder against
// each of its mutants.
const pageA = () => parsePolicy("default-src 'self'; script-src 'self' 'sha256-AAA='; style-src-attr 'unsafe-inline'");
const pageB = () => parsePolicy("default-src 'self'; script-src 'self' 'sha256-BBB='; style-src-attr 'unsafe-inline'");

describe('the header policy', () => {
	test('is the union of the pages’ hashes, so it blocks nothing a page allows', () => {
		const union = unionOfPolicies([pageA(), pageB()]);
		expect(union.get('script-src')).toEqual(["'self'", "'sha256-AAA='", "'sha256-BBB='"]);
		expect(allowsEverythingIn(union, pageA())).toBe(true);
		expect(allowsEverythingIn(union, pageB())).toBe(true);
		expect(allowsEverythingIn(pageA(), union)).toBe(false);
	});

	test('refuses pages that differ in more than hashes, since a union would loosen one of them', () => {
		const loose = parsePolicy("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src-attr 'unsafe-inline'");
		expect(() => unionOfPolicies([pageA(), loose])).toThrow(/disagree/);
		expect(() => unionOfPolicies([pageA(), parsePolicy("default-src 'self'")])).toThrow(/disagree/);
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

	test('reads any run of spaces between sources as one separator', () => {
		expect([...parsePolicy("img-src  'self' \t data:")]).toEqual([['img-src', ["'self'", 'data:']]]);
	});

	test('compares the pages source by source and directive by directive, not as run-together text', () => {
		const apart = parsePolicy("img-src 'self' data:; font-src 'self'");
		// Each of these would read the same as `apart` if its sources or directives were run together.
		expect(() => unionOfPolicies([apart, parsePolicy("img-src 'self'data:; font-src 'self'")])).toThrow(/disagree/);
		expect(() => unionOfPolicies([apart, parsePolicy("img-src 'self' data:font-src 'self'")])).toThrow(/disagree/);
	});

	test("counts only a whole source of the form 'sha256-…' as a hash", () => {
		expect(isHashSource("'sha256-AAA='")).toBe(true);
		expect(isHashSource("'sha512-a+b/c_d-e='")).toBe(true);
		expect(isHashSource("x'sha256-AAA='")).toBe(false);
		expect(isHashSource("'sha256-AAA='x")).toBe(false);
		expect(isHashSource("'sha1-AAA='")).toBe(false);
	});

	test('allowsEverythingIn misses a directive or a source that is not there', () => {
		expect(allowsEverythingIn(parsePolicy("script-src 'self'"), parsePolicy("img-src 'self'"))).toBe(false);
		expect(allowsEverythingIn(parsePolicy("script-src 'self'"), parsePolicy("script-src 'self' data:"))).toBe(false);
	});
});

describe('the _headers file', () => {
	const rules = () =>
		headerRules({
			policy: unionOfPolicies([pageA(), pageB()]),
			htmlPaths: ['/', '/languages/go/'],
			hashedPaths: ['/_astro/*'],
		});

	test('adds frame-ancestors to the policy and caches by kind of file', () => {
		const everywhere = new Map(rules()[0]!.headers);
		expect(rules()[0]!.path).toBe('/*');
		expect(everywhere.get('Content-Security-Policy')).toBe(
			"default-src 'self'; script-src 'self' 'sha256-AAA=' 'sha256-BBB='; style-src-attr 'unsafe-inline'; frame-ancestors 'none'",
		);
		expect(everywhere.has('Cache-Control')).toBe(false);
		expect(rules().slice(1)).toEqual([
			{ path: '/_astro/*', headers: [['Cache-Control', IMMUTABLE_CACHE]] },
			{ path: '/', headers: [['Cache-Control', HTML_CACHE]] },
			{ path: '/languages/go/', headers: [['Cache-Control', HTML_CACHE]] },
		]);
	});

	test('sends the security headers on every path', () => {
		expect(rules()[0]!.headers.slice(1)).toEqual([
			['X-Content-Type-Options', 'nosniff'],
			['Referrer-Policy', REFERRER_POLICY],
			['Permissions-Policy', PERMISSIONS_POLICY],
		]);
		// Only the origin leaves the site, and only over HTTPS.
		expect(REFERRER_POLICY).toBe('strict-origin-when-cross-origin');
		// Each feature the site never uses is switched off, and the clipboard (share links) is not.
		const features = PERMISSIONS_POLICY.split(', ');
		expect(features.length).toBeGreaterThanOrEqual(8);
		for (const feature of features) expect(feature).toMatch(/^[a-z-]+=\(\)$/);
		expect(features).toEqual(expect.arrayContaining(['camera=()', 'geolocation=()', 'microphone=()', 'payment=()']));
		expect(PERMISSIONS_POLICY).not.toMatch(/clipboard/);
	});

	test('lets hashed files be kept a year and has HTML revalidated on every visit', () => {
		expect(IMMUTABLE_CACHE).toBe('public, max-age=31536000, immutable');
		expect(HTML_CACHE).toMatch(/(^|, )max-age=0(,|$)/);
		expect(HTML_CACHE).toMatch(/must-revalidate/);
	});

	test('writes no comment block without comment lines, and marks an empty comment line with a bare #', () => {
		const one = [{ path: '/*', headers: [['X-A', '1']] as [string, string][] }];
		expect(formatHeadersFile(one)).toBe('/*\n  X-A: 1\n');
		expect(formatHeadersFile(one, ['First line.', '', 'Third line.'])).toBe(
			'# First line.\n#\n# Third line.\n\n/*\n  X-A: 1\n',
		);
	});

	test('reads blank lines of spaces, indented comments and trailing spaces as a host does', () => {
		expect(parseHeadersFile('/* \n  X-A: 1\n    \n  # a note\n  X-B: b: c\n/b/\n  X-C:2\n')).toEqual([
			{
				path: '/*',
				headers: [
					['X-A', '1'],
					['X-B', 'b: c'],
				],
			},
			{ path: '/b/', headers: [['X-C', '2']] },
		]);
		expect(() => parseHeadersFile('/*\n  No colon here')).toThrow(/Malformed _headers line: +No colon here/);
	});

	test('reads back what it writes, comments skipped', () => {
		const text = formatHeadersFile(rules(), ['Generated.']);
		expect(text.startsWith('# Generated.\n\n/*\n  Content-Security-Policy: ')).toBe(true);
		expect(parseHeadersFile(text)).toEqual(rules());
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
