import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../../src/integrations/find-broken-links';
import { htmlFileOf } from '../../src/lib/quality/built-site';
import { DIST, SITE_PAGES } from '../support/site-pages';

describe('links and assets in the built dist/', () => {
	test('every internal link, anchor and asset resolves, checked offline', () => {
		expect(findBrokenLinks(DIST)).toEqual([]);
	});

	test.each(SITE_PAGES)('every link on %s that opens a new tab carries rel="noopener noreferrer"', (path) => {
		const html = readFileSync(htmlFileOf(DIST, path), 'utf8');
		const newTabLinks = [...html.matchAll(/<a\b[^>]*\btarget="_blank"[^>]*>/g)].map((m) => m[0]);
		const unsafe = newTabLinks.filter((tag) => {
			const rel = tag.match(/\brel="([^"]*)"/)?.[1]?.split(/\s+/) ?? [];
			return !(rel.includes('noopener') && rel.includes('noreferrer'));
		});
		expect(unsafe).toEqual([]);
	});
});
