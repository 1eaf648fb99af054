import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../../src/build/integrations/find-broken-links';

let dist: string;

/** Writes a file of the fixture site, creating its folders. */
function write(path: string, content: string) {
	const file = join(dist, path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, content);
}

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

/** A tiny built site: one page links to everything, good and bad, once each. */
beforeAll(() => {
	dist = mkdtempSync(join(tmpdir(), 'broken-links-'));
	write('_astro/site.css', 'body{}');
	write('favicon.svg', '<svg/>');
	write('guide/index.html', page('<h2 id="setup">Setup</h2>'));
	write(
		'index.html',
		page(`
			<link rel="stylesheet" href="/_astro/site.css">
			<img src="/favicon.svg" alt="">
			<a href="/guide/">guide</a>
			<a href="/guide">guide without slash</a>
			<a href="guide/#setup">relative, with anchor</a>
			<a href="#top">own anchor</a><h1 id="top">Home</h1>
			<a href="https://example.org/nowhere/">external</a>
			<a href="mailto:someone@example.org">mail</a>
			<a href="/missing-page/">missing page</a>
			<a href="/guide/#no-such-heading">missing anchor</a>
			<img src="/images/missing.png" alt="missing asset">
		`),
	);
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('findBrokenLinks', () => {
	test('reports a link to a page that was not built', () => {
		expect(findBrokenLinks(dist)).toContainEqual({ page: '/', href: '/missing-page/', reason: 'missing page' });
	});

	test('reports an anchor that no element on the target page carries', () => {
		expect(findBrokenLinks(dist)).toContainEqual({
			page: '/',
			href: '/guide/#no-such-heading',
			reason: 'missing anchor',
		});
	});

	test('reports an image or file that is not in dist', () => {
		expect(findBrokenLinks(dist)).toContainEqual({ page: '/', href: '/images/missing.png', reason: 'missing asset' });
	});

	test('accepts existing pages, anchors, assets, relative links and external or mailto links', () => {
		expect(findBrokenLinks(dist).map((b) => b.href)).toEqual([
			'/missing-page/',
			'/guide/#no-such-heading',
			'/images/missing.png',
		]);
	});

	test('finds nothing in a site whose links all resolve', () => {
		const clean = mkdtempSync(join(tmpdir(), 'clean-links-'));
		try {
			mkdirSync(join(clean, 'a'));
			writeFileSync(join(clean, 'index.html'), page('<a href="/a/#x">a</a>'));
			writeFileSync(join(clean, 'a', 'index.html'), page('<p id="x">x</p><a href="/">home</a>'));
			expect(findBrokenLinks(clean)).toEqual([]);
		} finally {
			rmSync(clean, { recursive: true, force: true });
		}
	});

	test('reports a malformed percent-encoded link as broken instead of crashing the build', () => {
		const site = mkdtempSync(join(tmpdir(), 'malformed-links-'));
		try {
			mkdirSync(join(site, 'café'));
			writeFileSync(join(site, 'café', 'index.html'), page('<p id="né">x</p>'));
			writeFileSync(
				join(site, 'index.html'),
				page(`
					<a href="/caf%C3%A9/#n%C3%A9">encoded, resolves</a>
					<a href="/bad%E0%A4%A/">malformed path</a>
					<a href="/caf%C3%A9/#%">malformed anchor</a>
				`),
			);
			expect(findBrokenLinks(site)).toEqual([
				{ page: '/', href: '/bad%E0%A4%A/', reason: 'malformed link' },
				{ page: '/', href: '/caf%C3%A9/#%', reason: 'malformed link' },
			]);
		} finally {
			rmSync(site, { recursive: true, force: true });
		}
	});
});
