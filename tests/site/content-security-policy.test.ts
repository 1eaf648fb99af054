import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { htmlFileOf } from '../../scripts/measure/built-site';
import { cspHash } from '../../src/build/integrations/starlight-inline-script-hashes';
import { DIST, SITE_PAGES } from '../support/site-pages';

/** The policy a page declares in its `<meta http-equiv="content-security-policy">`, by directive. */
function policyOf(html: string): Map<string, string[]> {
	const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1] ?? '';
	return new Map(
		content
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name!, sources]),
	);
}

describe('the Content-Security-Policy of every page', () => {
	test.each(SITE_PAGES)('%s allows only its own, hashed scripts and WebAssembly for search', (path) => {
		const html = readFileSync(htmlFileOf(DIST, path), 'utf8');
		const policy = policyOf(html);
		const scripts = policy.get('script-src') ?? [];
		expect(scripts).toContain("'self'");
		expect(scripts).toContain("'wasm-unsafe-eval'");
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).not.toContain("'unsafe-eval'");
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		// A <meta> policy only covers what comes after it, so it must precede every script.
		expect(html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(html.indexOf('<script'));
		// Every inline script is allowed by its hash, so none is blocked.
		const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
		expect(inline.length).toBeGreaterThan(0);
		const missing = inline.filter((body) => !scripts.includes(`'${cspHash(body)}'`));
		expect(missing.map((body) => body.slice(0, 80))).toEqual([]);
	});

	test.each(SITE_PAGES)('%s has a hash in the policy for every inline <style>', (path) => {
		const html = readFileSync(htmlFileOf(DIST, path), 'utf8');
		const policy = policyOf(html);
		const styles = [...(policy.get('style-src-elem') ?? []), ...(policy.get('style-src') ?? [])];
		expect(styles).not.toContain("'unsafe-inline'");
		const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
		const missing = inline.filter((body) => !styles.includes(`'${cspHash(body)}'`));
		expect(missing.map((body) => body.slice(0, 80))).toEqual([]);
	});
});
