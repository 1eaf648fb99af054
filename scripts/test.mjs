// `npm test`: everything a change must pass, in one command that sets itself up on a fresh
// machine. It installs the browsers the tests drive when they are missing, lints, type-checks
// while it runs every Vitest project, and ends with the time taken and a line `N passed, N failed`.
// Arguments after `npm test --` go to Vitest (a project, a file, a reporter).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';

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

/**
 * Starts a step whose output goes to a file and is printed when it ends, so that it can run beside
 * another step without mixing their lines. Resolves to whether it passed.
 */
function startStep(name, command, args) {
	const since = Date.now();
	const log = `test-results/${name}.log`;
	const out = openSync(log, 'w');
	const child = spawn(command, args, { stdio: ['ignore', out, out] });
	return new Promise((resolve) => {
		child.on('close', (status) => {
			closeSync(out);
			steps.push(`${name} ${seconds(since)}`);
			process.stdout.write(readFileSync(log));
			resolve(status === 0);
		});
	});
}

/** Runs a step with the terminal attached while another step runs; resolves to whether it passed. */
function stepBeside(name, command, args) {
	const since = Date.now();
	const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
	return new Promise((resolve) => {
		child.on('close', (status) => {
			steps.push(`${name} ${seconds(since)}`);
			resolve(status === 0);
		});
	});
}

function finish(passed, failed, skipped = 0) {
	console.log(`\nnpm test took ${seconds(started)} (${steps.join(', ')})${skipped ? `; ${skipped} skipped` : ''}`);
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed === 0 ? 0 : 1);
}

if (!step('browsers', 'node', ['scripts/ensure-browsers.mjs'])) finish(0, 1);
if (!step('lint', 'npm', ['run', '--silent', 'lint'])) finish(0, 1);
mkdirSync('test-results', { recursive: true });
// The type check runs beside the tests: `astro check` and `tsc` keep one core busy while the tests
// start with a build that leaves the other mostly idle (measured: 344 s one after the other).
const typesPassed = startStep('types', 'npm', ['run', '--silent', 'check']);

const report = 'test-results/vitest.json';
rmSync(report, { force: true });
const vitestPassed = await stepBeside('vitest', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${report}`,
	...process.argv.slice(2),
]);
const typesOk = await typesPassed;
if (!existsSync(report)) finish(0, 1);

const results = JSON.parse(readFileSync(report, 'utf8'));
// A file that fails before its tests run (an import error, a failing hook) has no failed test of
// its own, so it counts as one failure; otherwise it would vanish from the count.
const brokenFiles = results.testResults.filter(
	(file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
).length;
const failed =
	results.numFailedTests +
	brokenFiles +
	(vitestPassed || results.numFailedTests + brokenFiles ? 0 : 1) +
	// A type error fails the run as one failure, after the tests have said what they found.
	(typesOk ? 0 : 1);
finish(results.numPassedTests, failed, results.numPendingTests + results.numTodoTests);
