// @ts-check
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { linkCheck } from './src/integrations/link-check';
import { searchIndex } from './src/integrations/search-index';

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
	integrations: [
		starlight({
			title: 'Backend Stack Playbook',
			description:
				'Choose a backend language and stack for your startup, then hire and onboard the engineers who run it.',
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
			},
			customCss: ['./src/styles/custom.css'],
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
		searchIndex(),
		linkCheck(),
	],
});
