// @ts-check
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLlmsTxt from 'starlight-llms-txt';
import { deployHeaders } from './src/build/integrations/deploy-headers';
import { linkCheck } from './src/build/integrations/link-check';
import { quietHeadInjectWarning } from './src/build/integrations/quiet-head-inject-warning';
import { reviewAge } from './src/build/integrations/review-age';
import { starlightInlineScriptHashes } from './src/build/integrations/starlight-inline-script-hashes';
import { search } from './src/search/search-integration';

/**
 * A sidebar group that lists every page of one folder of `content/docs`. Starlight matches the
 * folder against each page's path with its default `src/content/docs/` prefix removed; ours live in
 * a top-level `content/docs/`, so the folder is given with that prefix.
 * @param {string} label
 * @param {string} directory
 */
const section = (label, directory) => ({
	label,
	items: [{ autogenerate: { directory: `content/docs/${directory}` } }],
});

export default defineConfig({
	site: 'https://backend-stack-playbook.example',
	// A strict Content-Security-Policy, written by Astro into a <meta> tag on every page. Astro hashes
	// the scripts and styles it bundles; Starlight's `is:inline` scripts (theme, sidebar, search
	// shortcut) are hashed from its sources, and so are the island loader and the island <style> that
	// Astro writes before a page's first `client:*` island, so scripts need no 'unsafe-inline'. Pagefind
	// compiles its WebAssembly search with 'wasm-unsafe-eval'. Starlight and Expressive Code write `style` attributes (icon sizes, sidebar
	// depth), which only `style-src-attr` may allow: attributes cannot run code.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				resources: ["'self'", "'wasm-unsafe-eval'"],
				hashes: starlightInlineScriptHashes(),
			},
			styleDirective: {
				resources: [
					{ resource: "'self'", kind: 'element' },
					{ resource: "'unsafe-inline'", kind: 'attribute' },
				],
			},
		},
	},
	// Every stylesheet as a file under 'self'. Astro inlines small component styles by default, but
	// leaves those of components used from MDX out of the policy's hashes, so the browser blocks them.
	build: { inlineStylesheets: 'never' },
	vite: {
		plugins: [quietHeadInjectWarning()],
		// Preact, its hooks and its JSX runtime in one chunk rather than three: every island page loads
		// all three, and one file saves 370 B gzip per island page (measured on the decision record,
		// 58,879 B against 59,247 B on a first visit), which its 60 kB budget needs. Only Preact's own
		// modules are grouped: the group also takes in what they import, and Astro's Preact renderer
		// imports Vite's preload helper, which would then drag Preact into every page.
		build: {
			rolldownOptions: {
				output: {
					codeSplitting: {
						groups: [
							{
								name: 'preact',
								test: /node_modules[\\/]preact[\\/](dist|hooks|jsx-runtime)[\\/]/,
							},
						],
					},
				},
			},
		},
	},
	markdown: { syntaxHighlight: false },
	integrations: [
		starlight({
			title: 'Backend Stack Playbook',
			description:
				'Choose a backend language and stack for your startup, then hire and onboard the engineers who run it.',
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				// Drops a corrupted theme value before Starlight's theme script can throw on it.
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				Search: './src/search/view/Search.astro',
			},
			// The search index is built once, by `search()` below, with Pagefind's indexing options;
			// Starlight's header still renders the overridden `Search` component.
			pagefind: false,
			customCss: ['./src/styles/custom.css'],
			// /llms.txt, /llms-full.txt and /llms-small.txt for assistants, written from the docs collection
			// (our top-level `content/docs`) at build time: plain text files, so the CSP does not apply.
			// `rawContent` takes each page's MDX source as it is: the plugin renders pages without UI
			// framework renderers, so the tool pages' Preact islands would stop the build.
			plugins: [starlightLlmsTxt({ rawContent: true })],
			// Code blocks (the shell examples on /reference/data/) are plain <pre><code>, styled in
			// custom.css. Expressive Code, Starlight's default, adds a copy-button script that would take a
			// page past its JavaScript budget and markup html-validate rejects (a <div> inside <code>);
			// Shiki, Astro's default highlighter, writes an inline style on every token.
			expressiveCode: false,
			sidebar: [
				section('Decide', 'decide'),
				section('Tools', 'tools'),
				section('Languages', 'languages'),
				section('Scenarios', 'scenarios'),
				section('Team', 'team'),
				section('Reference', 'reference'),
			],
			lastUpdated: false,
			// Pages live in a top-level `content/docs`; Starlight's Markdown features (asides, heading
			// anchors) apply only to folders it is told about.
			markdown: { processedDirs: ['./content/docs'] },
		}),
		preact(),
		search(),
		linkCheck(),
		reviewAge(),
		// After the search index, so that Pagefind's final file names get their cache rule.
		deployHeaders(),
	],
});
