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
					// Everything that needs the built site: the browser tests, the checks of dist/ without a
					// browser (tests/site/), the same paths in every engine (tests/engines/, each file its own
					// browser) and the builds that must fail (tests/build/, a copy of the project each). One
					// project, so that its files share one queue, longest first, rather than each project
					// waiting for the one before it.
					name: 'browser',
					include: [
						'tests/browser/**/*.test.ts',
						'tests/site/**/*.test.ts',
						'tests/engines/**/*.test.ts',
						'tests/build/**/*.test.ts',
					],
					globalSetup: ['tests/support/built-site.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
