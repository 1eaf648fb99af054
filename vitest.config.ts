import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// One more test file at a time than the machine has cores: a browser file spends most of its
		// time waiting on its browser (two files at a time kept a 2-core machine a third busy), and
		// Vitest's default on two cores is one file at a time.
		maxWorkers: availableParallelism() + 1,
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
					environment: 'node',
					// Property tests run hundreds of cases; on a loaded 2-core machine 5 s is too tight.
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					testTimeout: 240_000,
				},
			},
			{
				test: {
					name: 'browser',
					// tests/site/ reads the built dist/ without a browser; it shares the one build.
					include: ['tests/browser/**/*.test.ts', 'tests/site/**/*.test.ts'],
					globalSetup: ['tests/support/built-site.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// Each file launches its own Chromium with its own profile and shares only the read-only
					// preview server, so files run side by side, as many as the machine has cores.
				},
			},
			{
				test: {
					name: 'engines',
					// The same test bodies in Firefox, WebKit and Chromium (tests/engines/engine-suite.ts).
					include: ['tests/engines/**/*.test.ts'],
					globalSetup: ['tests/support/built-site.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// One browser at a time: three engines at once would starve a 2-core machine.
					fileParallelism: false,
				},
			},
		],
	},
});
