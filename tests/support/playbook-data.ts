import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { dataFiles, dataFolders } from '../../src/collections/data-files';
import type { KnownIds } from '../../src/schemas/ids';
import { pickerSchema } from '../../src/schemas/picker';
import { toDecisionRecordData } from '../../src/tools/decision-record/model/record-data';
import type { DecisionRecordData } from '../../src/tools/decision-record/model/types';
import { toPickerData } from '../../src/tools/picker/model/picker-data';
import type { PickerConfig, PickerData } from '../../src/tools/picker/model/types';
import {
	defaultScorecardState,
	type ScorecardCatalog,
	type ScorecardState,
	toScorecardCatalog,
} from '../../src/tools/scorecard/model';

// The playbook's data for the unit tests, built the way the site builds it. Each function below
// runs the product code that builds its value afresh on every call, and tests call them inside each
// test rather than when the file loads: Stryker then knows which tests reach a mutant in that code,
// instead of treating it as static and re-running every test of the folder against it.
//
// Parsing the YAML is the slow part (about a second for the whole folder on a loaded machine) and
// is not product code, so the parsed files are kept on disk as JSON, under a name made from the
// files' own bytes: a data edit makes a new name, never a stale read. Mutation testing loads each
// test file again for every mutant it runs, so this saves that second hundreds of times.

type Folders = Record<string, Record<string, unknown>>;

const CACHE_DIR = join('node_modules', '.cache', 'playbook-unit-data');

/** The data files of every folder, as [folder, id, text], found by the site's own reader. */
function yamlFiles(): [string, string, string][] {
	return dataFolders().flatMap((folder) =>
		dataFiles(folder).map(({ id, path }): [string, string, string] => [folder, id, readFileSync(path, 'utf8')]),
	);
}

function parseAll(files: [string, string, string][]): Folders {
	const folders: Folders = {};
	for (const [folder, id, text] of files) {
		folders[folder] ??= {};
		folders[folder][id] = parse(text);
	}
	return folders;
}

let parsed: Folders | undefined;

/** Every data file, parsed: from the JSON copy when the files are unchanged, else from the YAML. */
function allFolders(): Folders {
	if (parsed) return parsed;
	const files = yamlFiles();
	const hash = createHash('sha256');
	for (const [folder, id, text] of files) hash.update(`${folder}/${id}\0${text}\0`);
	const cacheFile = join(CACHE_DIR, `${hash.digest('hex').slice(0, 32)}.json`);
	try {
		parsed = deepFreeze(JSON.parse(readFileSync(cacheFile, 'utf8')) as Folders);
		return parsed;
	} catch {
		// Not written yet (or cut short by a crash): parse the YAML and write it below.
	}
	const fresh = parseAll(files);
	const json = JSON.stringify(fresh);
	// Only data that JSON keeps as it is may be read back from it (no dates, no infinities).
	if (isDeepStrictEqual(JSON.parse(json), fresh)) {
		mkdirSync(CACHE_DIR, { recursive: true });
		// Written whole under another name first, so a reader in another process never sees half a file.
		const partial = `${cacheFile}.${process.pid}.tmp`;
		writeFileSync(partial, json);
		renameSync(partial, cacheFile);
	}
	parsed = deepFreeze(fresh);
	return parsed;
}

/**
 * Freezes a parsed value all the way down. The data is shared by every test of a file rather than
 * copied for each (copying it for every call cost more than the tests themselves), so nothing may
 * change it: code that tries throws, and the test that ran it fails.
 */
function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		for (const inner of Object.values(value)) deepFreeze(inner);
		Object.freeze(value);
	}
	return value;
}

/** One data folder's entries, parsed, keyed by id; frozen, so a test cannot change another's data. */
export function dataFolder(folder: string): Map<string, unknown> {
	const entries = allFolders()[folder];
	if (!entries) throw new Error(`No data folder ${folder}`);
	return new Map(Object.entries(entries));
}

// biome-ignore lint/suspicious/noExplicitAny: the YAML is validated by the schemas' own tests; here it is passed through.
const entries = (folder: string): { id: string; data: any }[] =>
	[...dataFolder(folder)].map(([id, data]) => ({ id, data }));

/**
 * The ids the schemas check references against, as `readKnownIds` in `src/collections/data-files.ts` reads
 * them, but from the parsed copy (that function parses every source file's YAML again).
 */
export function knownIds(): KnownIds {
	const ids = (folder: string) => new Set(Object.keys(allFolders()[folder] ?? {}));
	const sources = allFolders().sources ?? {};
	const rates = (data: unknown) => {
		const list = (data as { rates?: unknown } | null)?.rates;
		return new Set(Array.isArray(list) ? list.filter((r): r is string => typeof r === 'string') : []);
	};
	return {
		languages: ids('languages'),
		scenarios: ids('scenarios'),
		criteria: ids('criteria'),
		sources: ids('sources'),
		sourceRates: new Map(Object.entries(sources).map(([id, data]) => [id, rates(data)])),
	};
}

let pickerConfig: PickerConfig | undefined;

/** The picker's configuration as the schema reads it (the schema is not mutated, so it is read once). */
function readPickerConfig(): PickerConfig {
	pickerConfig ??= deepFreeze(pickerSchema(knownIds()).parse(dataFolder('picker').get('stack-picker')));
	return pickerConfig;
}

/**
 * The picker's configuration as the schema reads it, without the product code that builds the
 * picker's data from it: fit for `test.each` tables, which are made when a file loads.
 */
export function pickerConfigData(): PickerConfig {
	return readPickerConfig();
}

/** The language ids in their display order, read from the YAML alone (for `test.each` tables). */
export function languageIdsInOrder(): string[] {
	return [...dataFolder('languages')]
		.sort(([, a], [, b]) => (a as { order: number }).order - (b as { order: number }).order)
		.map(([id]) => id);
}

/** The picker's data as the site builds it. */
export function pickerData(): PickerData {
	return toPickerData(readPickerConfig(), entries('languages'), entries('scenarios'));
}

/** The stack picker's own example answers for a scenario (from content/data/picker/stack-picker.yaml). */
export function exampleAnswers(scenario: string): Record<string, string> {
	const example = readPickerConfig().examples.find((e) => e.scenario === scenario);
	if (!example) throw new Error(`No picker example for ${scenario}`);
	return example.answers;
}

/** The scenario ids that have example answers in the picker's data, in the data's order. */
export function exampleScenarios(): string[] {
	return readPickerConfig().examples.map((e) => e.scenario);
}

/** The scorecard catalog built from the real data files by the site's own `toScorecardCatalog`. */
export function scorecardCatalog(): ScorecardCatalog {
	return toScorecardCatalog({
		criteria: entries('criteria'),
		languages: entries('languages'),
		presets: entries('presets'),
	});
}

/** The real catalog's default state (equal weights, the default languages). */
export function scorecardDefaults(): ScorecardState {
	return defaultScorecardState(scorecardCatalog());
}

/** The decision record's data as the site builds it. */
export function recordData(): DecisionRecordData {
	const checklist = dataFolder('hiring').get('checklist') as { roleDefinition: { label: string; text: string }[] };
	return toDecisionRecordData(
		pickerData(),
		scorecardCatalog(),
		entries('languages'),
		entries('scenarios'),
		checklist.roleDefinition,
	);
}
