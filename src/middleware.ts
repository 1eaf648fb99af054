import { defineMiddleware } from 'astro:middleware';
import { labelMarkdownTables } from './build/html/label-tables';

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
	const html = putPolicyFirst(labelMarkdownTables(await response.text()));
	return new Response(html, { status: response.status, headers: response.headers });
});
