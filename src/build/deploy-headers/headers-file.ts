import { formatPolicy, type Policy } from './content-security-policy';

/** One rule of a `_headers` file: a path pattern and the headers served for it. */
export interface HeaderRule {
	/** A path such as `/languages/go/`, or a pattern ending in a splat, such as `/_astro/*`. */
	path: string;
	/** Header names and values, in the order written. */
	headers: [string, string][];
}

/** Hashed files never change under the same name, so browsers and CDNs may keep them a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * HTML pages keep their address across deploys and name the hashed files of the current build, so
 * they are revalidated on every visit; the host's ETag makes an unchanged page a cheap 304.
 */
export const HTML_CACHE = 'public, max-age=0, must-revalidate';

/** Where the page's address may go when a reader follows a link away: the origin, and only over HTTPS. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/**
 * Powerful features the site never uses, switched off for it and anything it could embed. The
 * clipboard is left alone: the tools' "Copy share link" buttons write to it.
 */
export const PERMISSIONS_POLICY =
	'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/** What `headerRules` needs to know about the build. */
export interface HeadersInput {
	/** The union of every page's meta policy (see `unionOfPolicies`). */
	policy: Policy;
	/** Site paths of every HTML page, such as `/` and `/languages/go/` (and `/404.html`). */
	htmlPaths: string[];
	/** Path patterns of content-hashed files, such as `/_astro/*` and `/pagefind/fragment/*`. */
	hashedPaths: string[];
}

/**
 * The header rules for the whole site: security headers for every path (the CSP with
 * `frame-ancestors 'none'`, which a `<meta>` policy cannot set), a year's caching for hashed
 * files and revalidation for HTML. No two rules set the same header for one path, because hosts
 * differ in how they combine overlapping rules (Cloudflare Pages joins the values, for instance).
 */
export function headerRules({ policy, htmlPaths, hashedPaths }: HeadersInput): HeaderRule[] {
	const withFrames: Policy = new Map(policy);
	withFrames.set('frame-ancestors', ["'none'"]);
	return [
		{
			path: '/*',
			headers: [
				['Content-Security-Policy', formatPolicy(withFrames)],
				['X-Content-Type-Options', 'nosniff'],
				['Referrer-Policy', REFERRER_POLICY],
				['Permissions-Policy', PERMISSIONS_POLICY],
			],
		},
		...hashedPaths.map((path) => ({ path, headers: [['Cache-Control', IMMUTABLE_CACHE]] as [string, string][] })),
		...htmlPaths.map((path) => ({ path, headers: [['Cache-Control', HTML_CACHE]] as [string, string][] })),
	];
}

/** Writes rules in the `_headers` format of Netlify and Cloudflare Pages: a path, then indented headers. */
export function formatHeadersFile(rules: HeaderRule[], comment: string[] = []): string {
	const head = comment.map((line) => `# ${line}`.trimEnd());
	const body = rules.map((rule) =>
		[rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
	);
	return `${[...(head.length ? [head.join('\n')] : []), ...body].join('\n\n')}\n`;
}

/**
 * Reads a `_headers` file back into rules (comments and blank lines skipped), so tests can check
 * what a host will serve.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon < 0) throw new Error(`Malformed _headers line: ${line}`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}
