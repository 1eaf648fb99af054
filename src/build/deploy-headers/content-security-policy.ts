/**
 * A Content-Security-Policy as a map from directive name to its sources, in the order written.
 * Names are lower case; sources keep their spelling (hashes are case-sensitive).
 */
export type Policy = Map<string, string[]>;

/** Reads a policy string (`default-src 'self'; script-src 'self' 'sha256-…'`) into a `Policy`. */
export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (!name) continue;
		const key = name.toLowerCase();
		// As in browsers, a repeated directive is ignored: the first one counts.
		if (!policy.has(key)) policy.set(key, sources);
	}
	return policy;
}

/** Writes a policy back as one header value, directives separated by "; ". */
export function formatPolicy(policy: Policy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The one policy that allows everything each of the given pages' policies allows, and nothing
 * more: every directive any page sets, with the union of its sources. Astro hashes each page's
 * inline scripts and styles, so the pages' policies differ only in their hash lists; served as a
 * header next to each page's own `<meta>` policy (browsers enforce both), the union never blocks
 * what a page needs, and the page's meta policy stays the precise one.
 *
 * Throws when the pages disagree on anything but hashes (a directive one page sets and another
 * leaves to `default-src`, or different non-hash sources), since a union would then loosen a page.
 */
export function unionOfPolicies(policies: Policy[]): Policy {
	const [first, ...rest] = policies;
	if (!first) throw new Error('No page policy to build the header policy from');
	const shape = (policy: Policy) =>
		[...policy].map(([name, sources]) => `${name} ${sources.filter((s) => !isHashSource(s)).join(' ')}`).join('; ');
	const expected = shape(first);
	for (const policy of rest) {
		if (shape(policy) !== expected) {
			throw new Error(
				`Pages disagree on their Content-Security-Policy beyond hashes:\n  ${expected}\n  ${shape(policy)}`,
			);
		}
	}
	const union: Policy = new Map();
	for (const policy of policies) {
		for (const [name, sources] of policy) {
			const merged = union.get(name) ?? [];
			for (const source of sources) if (!merged.includes(source)) merged.push(source);
			union.set(name, merged);
		}
	}
	return union;
}

/** Whether a CSP source is a hash such as `'sha256-…'`. */
export function isHashSource(source: string): boolean {
	return /^'sha(256|384|512)-[A-Za-z0-9+/=_-]+'$/.test(source);
}

/**
 * Whether `outer` allows at least everything `inner` allows, directive by directive: each
 * directive of `inner` is in `outer` with every one of its sources. Used to check that the header
 * policy never blocks what a page's own policy lets through.
 */
export function allowsEverythingIn(outer: Policy, inner: Policy): boolean {
	return [...inner].every(([name, sources]) => {
		const allowed = outer.get(name);
		return !!allowed && sources.every((s) => allowed.includes(s));
	});
}
