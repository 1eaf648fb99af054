import { toDecisionRecordData } from '../../src/tools/decision-record/model/record-data';
import type { DecisionRecordData } from '../../src/tools/decision-record/model/types';
import { readDataFolder } from './data-files';
import { readPickerData } from './picker-data';
import { realScorecardCatalog } from './scorecard-catalog';

type Entry<T> = { id: string; data: T };
// biome-ignore lint/suspicious/noExplicitAny: the YAML is validated by the schemas' own tests; here it is passed through.
const entries = (folder: string): Entry<any>[] => [...readDataFolder(folder)].map(([id, data]) => ({ id, data }));

/** The record's data as the site builds it, read from the YAML files. */
export function readDecisionRecordData(): DecisionRecordData {
	const checklist = readDataFolder('hiring').get('checklist') as { roleDefinition: { label: string; text: string }[] };
	return toDecisionRecordData(
		readPickerData(),
		realScorecardCatalog(),
		entries('languages'),
		entries('scenarios'),
		checklist.roleDefinition,
	);
}

/** The stack picker's own example answers for a scenario (from content/data/picker/stack-picker.yaml). */
export function exampleAnswers(scenario: string): Record<string, string> {
	const example = readPickerData().config.examples.find((e) => e.scenario === scenario);
	if (!example) throw new Error(`No picker example for ${scenario}`);
	return example.answers;
}
