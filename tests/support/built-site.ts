import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/bench/serve.mjs';

let server: Server | undefined;

/**
 * Builds the site once (unless `SKIP_BUILD=1` and a build exists) and serves `dist/` on a free
 * loopback port the way a static host does, with the benchmark's own server (`sirv` and
 * `compression`, in this process: no server to start or wait for); browser tests read the address
 * with `inject('baseUrl')`.
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
	server ??= (await serveDist('dist')) as Server;
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('The static server has no port');
	project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
	return () =>
		new Promise<void>((done) => {
			server?.close(() => done());
			server?.closeAllConnections();
			server = undefined;
		});
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
