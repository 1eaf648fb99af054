import { defineMiddleware } from 'astro:middleware';
import { labelMarkdownTables } from './lib/html/label-tables';

/**
 * Starlight's search button is named "Search" by `aria-label` but also shows a "Ctrl K" hint as
 * text, so axe reports `label-content-name-mismatch` (WCAG 2.5.3). The hint repeats what
 * `aria-keyshortcuts` already tells assistive technology, so we move each key's text into a
 * `data-key` attribute that CSS draws (see `custom.css`): it looks the same and is no longer part
 * of the button's text.
 */
export function moveSearchShortcutIntoCss(html: string): string {
	return html.replace(/<button data-open-modal[\s\S]*?<\/button>/, (button) =>
		button
			.replace(
				/<kbd class="([^"]*)" style="display: none;">/,
				'<kbd aria-hidden="true" class="$1" style="display: none;">',
			)
			.replace(/<kbd( class="[^"]*")?>([^<]{1,8})<\/kbd>/g, '<kbd data-key="$2"$1></kbd>'),
	);
}

/** Post-processes every HTML page once, at build time (all pages are static). */
export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	const html = labelMarkdownTables(moveSearchShortcutIntoCss(await response.text()));
	return new Response(html, { status: response.status, headers: response.headers });
});
