// How the build and the search index grow with ten times the content.

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { sitemapPaths } from '../measure/built-site.ts';
import { folderBytes, timedBuild } from './common.mjs';

const ROOT = resolve('.');
/** How many times the content is multiplied. */
export const SCALE = 10;

/**
 * Builds a copy of the project whose content is scaled ×10 with generated pages: each existing page
 * copied nine times under content/docs/bench-generated/, retitled, with a paragraph of words unique
 * to the copy (so the search index grows as it would with new prose, not only repeated words). The
 * copy lives in .scratch/ and is removed afterwards.
 */
export function scaledBuild(pageCount) {
	mkdirSync(join(ROOT, '.scratch'), { recursive: true });
	const copy = mkdtempSync(join(ROOT, '.scratch', 'bench-scale-'));
	try {
		for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
			cpSync(join(ROOT, item), join(copy, item), { recursive: true });
		}
		const docs = join(copy, 'content', 'docs');
		const sources = [];
		const walk = (dir) => {
			for (const name of readdirSync(dir)) {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) walk(path);
				else if (/\.mdx?$/.test(name)) sources.push(path);
			}
		};
		walk(docs);
		const target = join(docs, 'bench-generated');
		mkdirSync(target);
		let generated = 0;
		for (let copyNo = 1; copyNo < SCALE; copyNo++) {
			for (const [i, source] of sources.entries()) {
				const text = readFileSync(source, 'utf8');
				const [, frontmatter = '', body = text] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
				// Generated pages are plain guides, outside the sidebar.
				let inHero = false;
				const fm = frontmatter
					.split('\n')
					.filter((line) => {
						// Drop the home page's hero block and template, and the page kind.
						if (/^hero:/.test(line)) inHero = true;
						else if (!/^\s/.test(line)) inHero = false;
						return !inHero && !/^(kind|template):/.test(line);
					})
					.map((line) =>
						line.replace(
							/^title:\s*(.*)$/,
							(_m, t) => `title: "Copy ${copyNo}: ${t.replace(/^"|"$/g, '').replace(/"/g, "'")}"`,
						),
					)
					.join('\n');
				const unique = Array.from({ length: 60 }, (_, w) => `synth${copyNo}x${i}w${w}`).join(' ');
				// Relative imports are rewritten for the new folder, so every component still resolves.
				const content = body.replace(/(from\s+['"])(\.\.?\/[^'"]+)(['"])/g, (_m, a, spec, b) => {
					const moved = relative(target, resolve(dirname(source), spec));
					return `${a}${moved.startsWith('.') ? moved : `./${moved}`}${b}`;
				});
				writeFileSync(
					join(target, `copy-${copyNo}-${i}.mdx`),
					`---\n${fm}\nkind: guide\n---\n\n${content}\n\n${unique}\n`,
				);
				generated++;
			}
		}
		const seconds = timedBuild(copy);
		const pages = sitemapPaths(join(copy, 'dist')).length;
		const index = folderBytes(join(copy, 'dist', 'pagefind'));
		return { seconds, pages, index, generated, basePages: pageCount };
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
}
