import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

// The script `npm test` runs first. Where it cannot install a missing browser it must stop at once
// with one line that names the command to run, rather than let hundreds of browser tests fail.
test('with a browser missing and no apt-get, it stops with one line naming the install command', () => {
	const run = spawnSync(process.execPath, ['scripts/ensure-browsers.mjs'], {
		encoding: 'utf8',
		env: { PATH: '/nonexistent', CHROMIUM_PATH: '/nonexistent/chromium' },
	});
	expect(run.status).toBe(1);
	const lines = run.stderr.trim().split('\n');
	expect(lines).toHaveLength(1);
	expect(lines[0]).toContain('chromium');
	expect(lines[0]).toContain('apt-get install -y --no-install-recommends chromium');
	expect(run.stdout).toBe('');
});
