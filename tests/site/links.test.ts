import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { htmlFileOf } from '../../scripts/measure/built-site';
import { findBrokenLinks } from '../../src/build/integrations/find-broken-links';
import { DIST, SITE_PAGES } from '../support/site-pages';

/**
 * Link texts that say nothing of where they lead, as Lighthouse's SEO audit `link-text` lists them
 * (English). "Go" is among them, which is why links to the Go profile add a visually hidden "profile", and its
 * sidebar entry reads "Go (Golang)".
 */
const VAGUE_LINK_TEXTS = new Set([
	'click here',
	'click this',
	'go',
	'here',
	'information',
	'learn more',
	'more',
	'more info',
	'more information',
	'right here',
	'read more',
	'see more',
	'start',
	'this',
]);

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

	test.each(SITE_PAGES)('every link on %s says where it leads', (path) => {
		// The whole page, sidebar included: crawlers read links that a phone's layout hides.
		const html = readFileSync(htmlFileOf(DIST, path), 'utf8');
		const texts = [...html.matchAll(/<a\b[^>]*\bhref="[^"#][^"]*"[^>]*>([\s\S]*?)<\/a>/g)].map((m) =>
			m[1]!
				.replace(/<[^>]+>/g, '')
				.replace(/\s+/g, ' ')
				.trim(),
		);
		expect(texts.filter((text) => VAGUE_LINK_TEXTS.has(text.toLowerCase()))).toEqual([]);
	});
});
