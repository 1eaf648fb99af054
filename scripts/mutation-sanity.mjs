#!/usr/bin/env node
/**
 * Proves that the mutation-testing setup works before any score is read (`npm run mutation` runs
 * it first; on its own: `node scripts/mutation-sanity.mjs [--runner command] [--concurrency N]`).
 *
 * Stryker mutates `tests/mutation/planted.ts` and runs `tests/mutation/planted.test.ts` against
 * each mutant. Every mutant of `isAdult` (tested at its boundary) must be killed, and the
 * boundary mutant of `discount` (`>` to `>=`, which its one test cannot see) must survive. A runner
 * that never activates a mutant fails the first half (as Stryker 9's Vitest runner did under
 * Vitest 5); a setup whose tests fail for every mutant, whatever it changes, fails the second.
 */
import { join } from 'node:path';
import { concurrencyOption, optionValue, runStryker, strykerConfig } from './mutation.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const runner = optionValue(args, 'runner', 'vitest');
const tests = ['tests/mutation/planted.test.ts'];
const config = strykerConfig({
	mutate: ['tests/mutation/planted.ts'],
	tests,
	reportDir: join(root, 'reports/mutation/sanity'),
	runner,
	concurrency: concurrencyOption(args),
	// The check must run every mutant afresh, never reuse an earlier result.
	incremental: false,
});
const report = runStryker(config, tests, 'sanity');
const mutants = Object.values(report.files).flatMap((file) => file.mutants);
const source = Object.values(report.files)[0].source.split('\n');
const lineOf = (name) => source.findIndex((line) => line.includes(`function ${name}(`)) + 1;
const inFunction = (mutant, name) =>
	mutant.location.start.line >= lineOf(name) && mutant.location.start.line <= lineOf(name) + 2;

const adult = mutants.filter((m) => inFunction(m, 'isAdult'));
const unkilled = adult.filter((m) => m.status !== 'Killed');
const boundary = mutants.find((m) => inFunction(m, 'discount') && m.replacement === 'total >= 100');
const problems = [];
if (adult.length === 0) problems.push('Stryker made no mutant of isAdult.');
for (const m of unkilled)
	problems.push(`isAdult: ${m.mutatorName} "${m.replacement}" was ${m.status}, expected Killed.`);
if (!boundary) problems.push('Stryker made no "total >= 100" mutant of discount.');
else if (boundary.status !== 'Survived')
	problems.push(`discount: "total >= 100" was ${boundary.status}, expected Survived.`);

if (problems.length > 0) {
	console.error(`Mutation sanity check FAILED:\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
console.log(
	`Mutation sanity check passed: ${adult.length} planted mutants of isAdult killed, the untested boundary of discount survived.`,
);
