import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type Policy, parsePolicy, unionOfPolicies } from '../deploy-headers/content-security-policy';
import { formatHeadersFile, headerRules } from '../deploy-headers/headers-file';

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The policy of a built page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaPolicyOf(html: string): Policy | undefined {
	const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i)?.[1];
	return content === undefined ? undefined : parsePolicy(content.replaceAll('&#39;', "'").replaceAll('&quot;', '"'));
}

/**
 * Pagefind's content-hashed files: its fragments, index and filter chunks, and the metadata file
 * named after its hash (`pagefind.en_<hash>.pf_meta`). Its entry scripts, stylesheets and
 * WebAssembly keep the same names across builds, so they are not among them.
 */
export function pagefindHashedPaths(files: string[]): string[] {
	const folders = ['fragment', 'index', 'filter']
		.filter((folder) => files.some((f) => f.startsWith(`pagefind/${folder}/`)))
		.map((folder) => `/pagefind/${folder}/*`);
	const meta = files.filter((f) => /^pagefind\/pagefind\.[\w-]+_[0-9a-f]+\.pf_meta$/.test(f)).map((f) => `/${f}`);
	return [...folders, ...meta];
}

/** The site path that serves an HTML file: `languages/go/index.html` → `/languages/go/`. */
export function sitePathOf(file: string): string {
	return file === 'index.html' ? '/' : `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Writes `dist/_headers` after the build, for hosts that read it (Netlify, Cloudflare Pages): the
 * pages' Content-Security-Policy as an HTTP header with `frame-ancestors 'none'` added, the other
 * security headers, and caching by kind of file. The policy is read back from the built pages'
 * `<meta>` tags, so header and meta come from the one policy in `astro.config.mjs`. It runs after
 * the search index is rebuilt, so Pagefind's final file names are the ones listed.
 */
export function deployHeaders(): AstroIntegration {
	return {
		name: 'playbook:deploy-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = filesUnder(root);
				const htmlFiles = files.filter((f) => f.endsWith('.html')).sort();
				const policies = htmlFiles.map((file) => {
					const policy = metaPolicyOf(readFileSync(join(root, file), 'utf8'));
					if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta> tag to build _headers from`);
					return policy;
				});
				const rules = headerRules({
					policy: unionOfPolicies(policies),
					htmlPaths: htmlFiles.map(sitePathOf),
					hashedPaths: ['/_astro/*', ...pagefindHashedPaths(files)],
				});
				const text = formatHeadersFile(rules, [
					'Written by src/build/integrations/deploy-headers.ts at build time: do not edit.',
					'The CSP header is the union of every page’s <meta> policy plus frame-ancestors; each page’s',
					'<meta> policy, enforced as well, stays the precise one. See the README, "Deploying".',
				]);
				writeFileSync(join(root, '_headers'), text);
				logger.info(`_headers written: ${rules.length} rules, CSP from ${policies.length} pages`);
			},
		},
	};
}
