import { vi } from 'vitest';

/**
 * Under mutation testing every mutant reruns the property tests that reach it. A mutant that a
 * property can catch is almost always caught within its first few cases, so `fc.assert` runs at
 * most MUTATION_NUM_RUNS cases here, whatever a test asks for; `npm test` keeps every test's own
 * number. (fast-check's global setting cannot lower a number a test passes itself.)
 */
const MUTATION_NUM_RUNS = 25;

vi.mock('fast-check', async (importOriginal) => {
	const original = await importOriginal<typeof import('fast-check')>();
	type Assert = typeof original.assert;
	// One wrapper for every overload of fc.assert: it only lowers numRuns and passes the rest on.
	const assert = ((property: Parameters<Assert>[0], params?: Parameters<Assert>[1]) =>
		original.assert(property, {
			...params,
			numRuns: Math.min(params?.numRuns ?? MUTATION_NUM_RUNS, MUTATION_NUM_RUNS),
		})) as Assert;
	return { ...original, assert, default: { ...original.default, assert } };
});
