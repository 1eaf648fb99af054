import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks } from './find-broken-links';

/**
 * Fails `astro build` when a built page links to a page, anchor or asset that does not exist.
 * It checks the output rather than the Markdown, so links written by components, data and MDX are
 * all covered (starlight-links-validator only reads Markdown under `src/content/docs`).
 */
export function linkCheck(): AstroIntegration {
	return {
		name: 'playbook:link-check',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				// Only for a partial checkout whose pages link to pages not written yet; CI never sets it.
				if (process.env.PLAYBOOK_SKIP_LINK_CHECK === '1') {
					logger.warn('link check skipped (PLAYBOOK_SKIP_LINK_CHECK=1)');
					return;
				}
				const broken = findBrokenLinks(fileURLToPath(dir));
				if (broken.length === 0) {
					logger.info('all internal links, anchors and assets resolve');
					return;
				}
				const lines = broken.map((b) => `  ${b.page} → ${b.href} (${b.reason})`);
				throw new Error(`${broken.length} broken internal link(s):\n${lines.join('\n')}`);
			},
		},
	};
}
