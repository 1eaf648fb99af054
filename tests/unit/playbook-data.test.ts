import { expect, test } from 'vitest';
import { readKnownIds } from '../../src/collections/data-files';
import { readDataFolder } from '../support/data-files';
import { readDecisionRecordData, exampleAnswers as sharedExampleAnswers } from '../support/decision-record-data';
import { readPickerData } from '../support/picker-data';
import {
	dataFolder,
	exampleAnswers,
	knownIds,
	pickerData,
	recordData,
	scorecardCatalog,
} from '../support/playbook-data';
import { realScorecardCatalog } from '../support/scorecard-catalog';

// The unit tests read the data through tests/support/playbook-data.ts, which keeps the parsed YAML
// between runs; the browser tests read it through the shared readers. Both must see the same data.
test('the unit tests’ data readers give what the shared readers give', () => {
	for (const folder of ['languages', 'scenarios', 'criteria', 'presets', 'hiring', 'picker', 'sources'])
		expect(dataFolder(folder)).toEqual(readDataFolder(folder));
	expect(knownIds()).toEqual(readKnownIds());
	expect(pickerData()).toEqual(readPickerData());
	expect(scorecardCatalog()).toEqual(realScorecardCatalog());
	expect(recordData()).toEqual(readDecisionRecordData());
	expect(exampleAnswers('fintech-api')).toEqual(sharedExampleAnswers('fintech-api'));
});

test('the data is frozen, so one test cannot change the data another reads', () => {
	const go = dataFolder('languages').get('go') as { name: string; ratings: unknown[] };
	expect(() => {
		go.name = 'Changed';
	}).toThrow(TypeError);
	expect(() => go.ratings.pop()).toThrow(TypeError);
	expect((dataFolder('languages').get('go') as { name: string }).name).toBe('Go');
	// What the product code builds from it is its own, and may be changed.
	const first = recordData();
	(first.scorecard.languages as unknown[]).length = 0;
	expect(recordData().scorecard.languages.length).toBeGreaterThan(0);
});
