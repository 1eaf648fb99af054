import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
					environment: 'node',
					// The property tests run hundreds of cases; on a shared 2-core machine they can take
					// longer than Vitest's 5 s default. Speed is measured by `npm run bench`, not here.
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
					// One Chromium per file is plenty on a 2-core machine.
					fileParallelism: false,
				},
			},
		],
	},
});
