import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { IntentValue } from './view/client-intent';

declare module 'astro' {
	interface AstroClientDirectives {
		/** Hydrates on the reader's intent to search, and starts what the value names (`client-intent.ts`). */
		'client:intent'?: IntentValue;
	}
}

/**
 * The site's search, built once. Starlight's own Pagefind step is switched off (`pagefind: false` in
 * its config; its header still renders our `Search` override) because it offers no way to pass
 * Pagefind's indexing options, and this one keeps `#` and `+` inside words (Pagefind's documented
 * `includeCharacters`), so that a search for "C#" or "C++" matches those names instead of every word
 * that starts with "c". It indexes what Starlight marks `data-pagefind-body` (each page's main
 * content, the 404 page excepted), as Starlight's step did. It also registers `client:intent`, the
 * search dialog's hydration directive.
 */
export function search(): AstroIntegration {
	return {
		name: 'playbook:search',
		hooks: {
			'astro:config:setup': ({ addClientDirective }) => {
				addClientDirective({
					name: 'intent',
					entrypoint: fileURLToPath(new URL('./view/client-intent.ts', import.meta.url)),
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const check = <T extends { errors: string[] }>(response: T): T => {
					if (response.errors.length) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
					return response;
				};
				try {
					const { index } = check(await pagefind.createIndex({ includeCharacters: '#+' }));
					const { page_count } = check(await index!.addDirectory({ path: fileURLToPath(dir) }));
					check(await index!.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }));
					logger.info(`search index built for ${page_count} pages, keeping "#" and "+" in words`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
