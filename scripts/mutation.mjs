#!/usr/bin/env node
/**
 * Mutation testing of the project's pure logic with StrykerJS (`npm run mutation`): each tool's and
 * feature's `model/` folder, the shared helpers (`src/common/`) and the build's logic (`src/build/`
 * without its Astro integrations). Not part of `npm test`: even folder by folder it takes minutes on
 * a 2-core machine.
 *
 * Usage: `npm run mutation [-- <folder>…] [--runner command] [--concurrency N] [--ignore-static] [--fresh] [--no-sanity]`
 *
 * 1. A sanity check first (`scripts/mutation-sanity.mjs`): Stryker mutates a small planted
 *    function whose tests must kill every mutant but one known weak spot, which must survive. A
 *    runner that activates no mutant (every mutant "survives") or kills everything (tests that fail
 *    for any reason) fails this check, so a score below is never read off a broken setup.
 * 2. Then one Stryker run per folder (`mutationFolders()`), each against only the unit tests that
 *    import that folder: a mutant in `src/team/model` has no reason to wait for the scorecard's tests.
 *    Name folders to run only those: `npm run mutation -- src/team/model`.
 * 3. Prints, after each folder and again at the end, every mutant that no test detected (survived
 *    or not covered), one line each: `file:line:column status mutator → "replacement"`. The score
 *    is a report to read, not a target to shape the code for: product code carries no `Stryker
 *    disable` comments, so an equivalent mutant (one no test could tell apart) is listed here with
 *    the rest, and a reader judges it.
 * 4. Prints the score per folder and overall. It exits non-zero only when Stryker could not run:
 *    the score is read, never enforced.
 *
 * The default runner is Stryker's Vitest runner with per-test coverage, so each mutant runs only
 * the tests that reach it. `--runner command` switches to Stryker's command runner (one
 * `vitest run` per mutant), which is slower but independent of the Vitest runner plugin.
 * Reports (HTML, JSON, and the incremental file that lets a re-run skip unchanged mutants) are
 * written to `reports/mutation/<folder>/`.
 *
 * `--fresh` runs every mutant again (Stryker's `force`) while still writing the incremental file.
 * Use it for the score you report: measured here, an incremental re-run kept a mutant's earlier
 * "Survived" when the tests that covered it before were unchanged, even though a test added since
 * kills it (static mutants, and mutants whose new killer sits in a new test), so re-runs after
 * adding tests under-count kills.
 *
 * Static mutants (code run while a module loads, such as a constant's value) each re-run every test
 * of the folder, so the unit tests call product code only inside their tests: never at the top of
 * a file, in a `describe` body, in a `test.each` table or in `beforeAll` (`tests/support/playbook-data.ts`
 * builds the playbook's data on each call, from YAML parsed once). Done so, only code at the top
 * level of modules is static (about a hundred mutants, down from about a thousand), and
 * the summary's "static" column shows when a test starts calling product code while it loads again.
 *
 * `--ignore-static` is for quick feedback only: Stryker skips the static mutants. Their results are
 * left out of the score, so such a run writes to `reports/mutation/<folder>.no-static/` and
 * `summary.no-static.json`, says so, and never judges the target.
 *
 * `--concurrency N` sets how many test processes Stryker runs at once (default 2, one per core of
 * the machine this was measured on). On a machine that is busy with other work, `--concurrency 1`
 * keeps it responsive at the cost of roughly twice the run time.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** How many test processes Stryker runs at once unless `--concurrency` says otherwise. */
export const DEFAULT_CONCURRENCY = 2;

const root = new URL('..', import.meta.url).pathname;
const reportsDir = join(root, 'reports/mutation');

/** Lists files below `dir` whose name passes `keep`, as paths relative to the project root. */
function walk(dir, keep) {
	const found = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) found.push(...walk(path, keep));
		else if (keep(name)) found.push(relative(root, path));
	}
	return found.sort();
}

/**
 * The folders of pure logic, relative to the project root: every `model/` folder under `src/`, the
 * shared helpers, and each folder of `src/build/` except the Astro integrations (they are glue
 * around the logic, exercised by the build itself).
 */
export function mutationFolders() {
	const models = walk(join(root, 'src'), (name) => name.endsWith('.ts'))
		.map((file) => /^(.*\/model)\//.exec(file)?.[1])
		.filter(Boolean);
	const build = readdirSync(join(root, 'src/build'))
		.filter((name) => name !== 'integrations' && statSync(join(root, 'src/build', name)).isDirectory())
		.map((name) => `src/build/${name}`);
	return [...new Set([...models, 'src/common', ...build])].sort();
}

/** The glob of the files Stryker mutates for a folder. */
export function mutateGlob(folder) {
	return `${folder}/**/*.ts`;
}

/** The unit test files that import anything from `folder`. */
export function testsFor(folder) {
	const candidates = [
		...walk(join(root, 'tests/unit'), (name) => name.endsWith('.test.ts')),
		...walk(join(root, 'src'), (name) => name.endsWith('.test.ts')),
	];
	const under = folder.replace(/^src\//, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const imports = new RegExp(`src/${under}(?:/|['"])`);
	// Tests import with relative paths (`../../src/team/model/tick-state`); a test beside its code in
	// src/ names the folder from its own place, so match its resolved imports instead.
	return candidates.filter((file) => {
		const text = readFileSync(join(root, file), 'utf8');
		if (imports.test(text)) return true;
		return [...text.matchAll(/from\s*['"](\.[^'"]+)['"]/g)].some((m) =>
			relative(root, join(root, file, '..', m[1])).startsWith(`${folder}/`),
		);
	});
}

/** Reads the value given after `--name` in `args`, or `fallback` when the option is absent. */
export function optionValue(args, name, fallback) {
	const at = args.indexOf(`--${name}`);
	return at === -1 ? fallback : args[at + 1];
}

/** Parses `--concurrency N`: a whole number of at least 1, else a clear error. */
export function concurrencyOption(args) {
	const value = optionValue(args, 'concurrency', String(DEFAULT_CONCURRENCY));
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1)
		throw new Error(`--concurrency needs a whole number of at least 1, not "${value}".`);
	return n;
}

/** The Stryker options shared by the folder runs and the sanity check. */
export function strykerConfig({
	mutate,
	tests,
	reportDir,
	runner,
	incremental = true,
	concurrency = DEFAULT_CONCURRENCY,
	ignoreStatic = false,
	fresh = false,
}) {
	const common = {
		mutate,
		concurrency,
		ignoreStatic,
		force: fresh,
		reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
		jsonReporter: { fileName: join(reportDir, 'mutation.json') },
		htmlReporter: { fileName: join(reportDir, 'mutation.html') },
		clearTextReporter: { reportTests: false, logTests: false },
		incremental,
		incrementalFile: join(reportDir, 'stryker-incremental.json'),
		tempDirName: '.stryker-tmp',
		cleanTempDir: 'always',
		// The sandbox needs only what the unit tests read; the build output and reports stay out.
		ignorePatterns: ['dist', '.astro', 'bench-results', 'reports', 'test-results', '.scratch'],
		thresholds: { high: 90, low: 80, break: null },
		// A "Timeout" counts as detected, so a spurious one inflates the score. Measured here: with 10 s,
		// a loaded 2-core machine reported 109 of decision-record's 790 mutants as timeouts, and one of
		// them (a changed blank line in the record's Markdown) survives when run on its own. Real
		// endless loops are rare in this logic, so a minute each costs little.
		timeoutMS: 60_000,
	};
	if (runner === 'command') {
		return {
			...common,
			testRunner: 'command',
			coverageAnalysis: 'off',
			commandRunner: {
				command: `npx vitest run --config vitest.mutation.config.ts ${tests.join(' ')}`,
			},
		};
	}
	return {
		...common,
		testRunner: 'vitest',
		plugins: ['@stryker-mutator/vitest-runner'],
		coverageAnalysis: 'perTest',
		vitest: { configFile: 'vitest.mutation.config.ts', related: false },
	};
}

/** Runs Stryker with `config`, naming `tests` to Vitest; returns the parsed JSON report. */
export function runStryker(config, tests, label) {
	mkdirSync(join(reportsDir), { recursive: true });
	const configFile = join(reportsDir, `${label}.stryker.config.json`);
	writeFileSync(configFile, JSON.stringify(config, null, '\t'));
	const result = spawnSync('npx', ['stryker', 'run', configFile], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, MUTATION_TESTS: tests.join(',') },
	});
	if (result.status !== 0) throw new Error(`Stryker failed for ${label} (exit ${result.status}).`);
	return JSON.parse(readFileSync(config.jsonReporter.fileName, 'utf8'));
}

/** Counts the mutants of a Stryker JSON report by status. */
export function countStatuses(report) {
	const counts = {};
	for (const file of Object.values(report.files)) {
		for (const mutant of file.mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
	}
	return counts;
}

/** The statuses of mutants that no test detected, which a reader of the run should look at. */
export const UNDETECTED = ['Survived', 'NoCoverage'];

/**
 * The mutants of a Stryker JSON report that no test detected, each as one line a reader can act on:
 * `src/common/x.ts:12:5 Survived EqualityOperator → "a >= b"`, sorted by file and place.
 */
export function undetectedMutants(report) {
	const rows = [];
	for (const [file, { mutants }] of Object.entries(report.files)) {
		for (const mutant of mutants) {
			if (!UNDETECTED.includes(mutant.status)) continue;
			const { line, column } = mutant.location.start;
			rows.push({ file: relative(root, resolve(root, file)), line, column, mutant });
		}
	}
	rows.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
	return rows.map(({ file, line, column, mutant }) => {
		const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').trim();
		const shown = replacement.length > 80 ? `${replacement.slice(0, 77)}...` : replacement;
		return `${file}:${line}:${column} ${mutant.status} ${mutant.mutatorName} → ${JSON.stringify(shown)}`;
	});
}

/**
 * How many of a report's mutants are static: reached while a module loads rather than inside a
 * test, so that Stryker re-runs every test of the folder against each. Code at the top level of a
 * module is static by nature; a function's mutant is static only because some test file
 * called that function while loading (at its top level, in a `describe` body, in a `test.each`
 * table or in `beforeAll`), and moving that call into the tests makes it an ordinary mutant again.
 */
export function staticCount(report) {
	return Object.values(report.files).reduce((n, file) => n + file.mutants.filter((m) => m.static).length, 0);
}

/**
 * The mutation score as Stryker defines it: detected (killed or timed out) over valid mutants
 * (detected, survived and not covered). Ignored and compile errors count for neither side.
 */
export function score(counts) {
	const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
	const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
	return { detected, valid, percent: valid === 0 ? 100 : (100 * detected) / valid };
}

/** Prints a folder's undetected mutants under its name, or says there are none. */
function printUndetected(folder, undetected) {
	if (undetected.length === 0) {
		console.log(`${folder}: every mutant detected.`);
		return;
	}
	console.log(`${folder}: ${undetected.length} mutant(s) not detected:`);
	for (const line of undetected) console.log(`  ${line}`);
}

async function main() {
	const args = process.argv.slice(2);
	const runner = optionValue(args, 'runner', 'vitest');
	let concurrency;
	try {
		concurrency = concurrencyOption(args);
	} catch (error) {
		console.error(error.message);
		process.exit(2);
	}
	const ignoreStatic = args.includes('--ignore-static');
	const fresh = args.includes('--fresh');
	const withValue = new Set(['--runner', '--concurrency']);
	const named = args.filter((arg, i) => !arg.startsWith('--') && !withValue.has(args[i - 1]));
	// Smallest folders first, so a run cut short has still scored most folders.
	const lines = (folder) =>
		walk(join(root, folder), (name) => name.endsWith('.ts')).reduce(
			(sum, file) => sum + readFileSync(join(root, file), 'utf8').split('\n').length,
			0,
		);
	const all = mutationFolders().sort((a, b) => lines(a) - lines(b));
	const folders = named.length > 0 ? named : all;
	const started = Date.now();

	if (!args.includes('--no-sanity')) {
		const sanity = spawnSync(
			process.execPath,
			[join(root, 'scripts/mutation-sanity.mjs'), '--runner', runner, '--concurrency', String(concurrency)],
			{
				cwd: root,
				stdio: 'inherit',
			},
		);
		if (sanity.status !== 0) {
			console.error('The mutation sanity check failed, so no score would mean anything. Stopping.');
			process.exit(1);
		}
	}

	const rows = [];
	const total = {};
	const failed = [];
	for (const folder of folders) {
		const tests = testsFor(folder);
		if (tests.length === 0) {
			console.error(`No unit test imports ${folder}: every mutant there would survive.`);
			process.exit(1);
		}
		const folderStart = Date.now();
		console.log(`\n=== ${folder}: ${tests.length} test file(s) ===`);
		const name = folder.replace(/^src\//, '').replaceAll('/', '-');
		const label = ignoreStatic ? `${name}.no-static` : name;
		const reportDir = join(reportsDir, label);
		const config = strykerConfig({
			mutate: [mutateGlob(folder)],
			tests,
			reportDir,
			runner,
			concurrency,
			ignoreStatic,
			fresh,
		});
		let counts;
		let undetected;
		let statics;
		try {
			const report = runStryker(config, tests, label);
			counts = countStatuses(report);
			undetected = undetectedMutants(report);
			statics = staticCount(report);
		} catch (error) {
			// One folder's failure (say, a test that fails without any mutant) must not hide the others.
			console.error(error.message);
			failed.push(folder);
			continue;
		}
		for (const [status, n] of Object.entries(counts)) total[status] = (total[status] ?? 0) + n;
		const seconds = Math.round((Date.now() - folderStart) / 1000);
		rows.push({ folder, counts, seconds, statics, undetected });
		printUndetected(folder, undetected);
	}

	console.log('\nfolder                            score   killed+timeout / valid   survived  no-cov  static   time');
	for (const { folder, counts, seconds, statics } of rows) {
		const s = score(counts);
		console.log(
			`${folder.padEnd(32)} ${s.percent.toFixed(1).padStart(6)} %   ${String(s.detected).padStart(6)} / ${String(s.valid).padEnd(12)} ${String(counts.Survived ?? 0).padStart(6)} ${String(counts.NoCoverage ?? 0).padStart(7)} ${String(statics).padStart(7)}   ${seconds} s`,
		);
	}
	const overall = score(total);
	const minutes = ((Date.now() - started) / 60_000).toFixed(1);
	console.log(
		`${'overall'.padEnd(32)} ${overall.percent.toFixed(1).padStart(6)} %   ${overall.detected} / ${overall.valid}, ${minutes} min`,
	);
	const undetectedCount = rows.reduce((sum, row) => sum + row.undetected.length, 0);
	if (undetectedCount > 0) {
		console.log(
			`\n${undetectedCount} mutant(s) no test detected, by folder (each: file:line:column status mutator → replacement):`,
		);
		for (const { folder, undetected } of rows) printUndetected(folder, undetected);
	}
	if (ignoreStatic) console.log('Static mutants were not run (--ignore-static): this is not the mutation score.');
	writeFileSync(
		join(reportsDir, ignoreStatic ? 'summary.no-static.json' : 'summary.json'),
		JSON.stringify({ rows, total, overall, minutes, ignoreStatic }, null, '\t'),
	);
	if (failed.length > 0) {
		console.error(`Stryker could not run for: ${failed.join(', ')}.`);
		process.exit(1);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
