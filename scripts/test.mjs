// `npm test`: everything a change must pass, in one command that sets itself up on a fresh
// machine. It installs the browsers the tests drive when they are missing, type-checks, lints,
// runs every Vitest project, and ends with the time taken and a line `N passed, N failed`.
// Arguments after `npm test --` go to Vitest (a project, a file, a reporter).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const started = Date.now();
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;
const steps = [];

/** Runs one step with the terminal attached; returns whether it passed. */
function step(name, command, args) {
	const since = Date.now();
	// Standard input is closed: no step may wait for an answer (CI has none to give).
	const { status } = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
	steps.push(`${name} ${seconds(since)}`);
	return status === 0;
}

function finish(passed, failed, skipped = 0) {
	console.log(`\nnpm test took ${seconds(started)} (${steps.join(', ')})${skipped ? `; ${skipped} skipped` : ''}`);
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed === 0 ? 0 : 1);
}

if (!step('browsers', 'node', ['scripts/ensure-browsers.mjs'])) finish(0, 1);
if (!step('types', 'npm', ['run', '--silent', 'check'])) finish(0, 1);
if (!step('lint', 'npm', ['run', '--silent', 'lint'])) finish(0, 1);

const report = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });
rmSync(report, { force: true });
const vitestPassed = step('vitest', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${report}`,
	...process.argv.slice(2),
]);
if (!existsSync(report)) finish(0, 1);

const results = JSON.parse(readFileSync(report, 'utf8'));
// A file that fails before its tests run (an import error, a failing hook) has no failed test of
// its own, so it counts as one failure; otherwise it would vanish from the count.
const brokenFiles = results.testResults.filter(
	(file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
).length;
const failed = results.numFailedTests + brokenFiles + (vitestPassed || results.numFailedTests + brokenFiles ? 0 : 1);
finish(results.numPassedTests, failed, results.numPendingTests + results.numTodoTests);
