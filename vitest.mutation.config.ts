import { defineConfig } from 'vitest/config';

/**
 * The Vitest setup that mutation testing (`npm run mutation`) runs against each mutant.
 *
 * `scripts/mutation.mjs` runs StrykerJS once per folder of pure logic (`mutationFolders()`) and names that folder's own
 * unit tests in `MUTATION_TESTS` (comma-separated paths), so that a mutant is tested only by the
 * tests that can reach it. Running every project of `vitest.config.ts` would also start the build
 * and the browsers, which costs minutes per run and proves nothing about that logic.
 */
const tests = (process.env.MUTATION_TESTS ?? '').split(',').filter(Boolean);

export default defineConfig({
	test: {
		include: tests,
		environment: 'node',
		// With no tests named Vitest would pass on nothing; failing makes a wrong setup visible.
		passWithNoTests: false,
		// Instrumented code runs slower, and the machine is shared: a property test that takes a
		// second normally can take many under mutation. Stryker applies its own per-mutant timeout.
		testTimeout: 60_000,
		setupFiles: ['tests/mutation/fewer-property-runs.ts'],
	},
});
