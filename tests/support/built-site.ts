import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { freePort } from './free-port';

async function waitFor(url: string, timeoutMs: number): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`The preview server did not answer at ${url} within ${timeoutMs} ms`);
}

let preview: ChildProcess | undefined;

/**
 * Builds the site once (unless `SKIP_BUILD=1` and a build exists) and serves `dist/` with
 * `astro preview` on a free loopback port; browser tests read the address with `inject('baseUrl')`.
 */
export default async function setup(project: TestProject) {
	// Two projects (browser, engines) share this setup; Vitest runs it once per project in the same
	// process, so the mark in the environment lets the second one reuse the first one's build.
	const built = process.env.PLAYBOOK_SITE_BUILT === '1' || process.env.SKIP_BUILD === '1';
	if (!(built && existsSync('dist/index.html'))) {
		// Vitest sets NODE_ENV=test, which would make Astro build a non-production site without search.
		execFileSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
		process.env.PLAYBOOK_SITE_BUILT = '1';
	}
	const port = await freePort();
	preview = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
		stdio: 'ignore',
		env: { ...process.env, NODE_ENV: 'production' },
		detached: true,
	});
	const baseUrl = `http://127.0.0.1:${port}`;
	await waitFor(`${baseUrl}/`, 60_000);
	project.provide('baseUrl', baseUrl);
	return () => {
		// The preview runs through npx, so stop the whole process group.
		if (preview?.pid) process.kill(-preview.pid, 'SIGTERM');
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
