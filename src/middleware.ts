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

/**
 * A Content-Security-Policy given in a `<meta>` tag governs only what the browser meets after it, and
 * Astro writes its policy after Starlight's inline theme script and print stylesheet. Moving the tag
 * up to just after `<meta charset>` puts the whole page under the policy (the theme script is hashed,
 * so it still runs).
 */
export function putPolicyFirst(html: string): string {
	const policy = html.match(/<meta http-equiv="content-security-policy"[^>]*>/)?.[0];
	const charset = html.match(/<meta charset="[^"]*"\s*\/?>/)?.[0];
	if (!policy || !charset) return html;
	return html.replace(policy, '').replace(charset, `${charset}${policy}`);
}

/** Post-processes every HTML page once, at build time (all pages are static). */
export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	const html = putPolicyFirst(labelMarkdownTables(moveSearchShortcutIntoCss(await response.text())));
	return new Response(html, { status: response.status, headers: response.headers });
});
