import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	cspHash,
	inlineScriptBodies,
	starlightInlineScriptHashes,
} from '../../src/build/integrations/starlight-inline-script-hashes';

describe('hashes for the Content-Security-Policy', () => {
	test('hash a script body the way browsers do (SHA-256, base64)', () => {
		// The well-known digest of the empty string.
		expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
	});

	test('take only is:inline scripts from a component, body as written', () => {
		const source = `<script is:inline>\n\tone();\n</script><script>bundled()</script><script is:inline aria-hidden="true">two()</script>`;
		expect(inlineScriptBodies(source)).toEqual(['\n\tone();\n', 'two()']);
	});

	test("cover Starlight's theme, search and sidebar scripts", () => {
		const hashes = starlightInlineScriptHashes();
		// ThemeProvider, ThemeSelect, Search and two in SidebarPersister, at least.
		expect(hashes.length).toBeGreaterThanOrEqual(5);
		for (const hash of hashes) expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
	});

	test('cover the inline scripts of our own components too, such as the theme guard', () => {
		const guard = readFileSync('src/components/overrides/ThemeProvider.astro', 'utf8');
		const bodies = inlineScriptBodies(guard);
		expect(bodies).toHaveLength(1);
		expect(starlightInlineScriptHashes()).toContain(cspHash(bodies[0]!));
	});
});
