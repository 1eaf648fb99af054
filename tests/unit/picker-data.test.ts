import { describe, expect, test } from 'vitest';
import { toPickerData } from '../../src/tools/picker/model/picker-data';
import { pickerConfigData } from '../support/playbook-data';

describe('toPickerData', () => {
	// The configuration as the schema reads it: toPickerData passes it on as it is.
	const config = pickerConfigData();
	const languages = [
		{ id: 'go', data: { name: 'Go', order: 2, summary: 'not copied' } },
		{ id: 'python', data: { name: 'Python', order: 1 } },
	];
	const scenarios = [
		{ id: 'late', data: { title: 'Late', order: 9, language: 'go', stack: [{ layer: 'L', choice: 'C1', note: 'x' }] } },
		{ id: 'early', data: { title: 'Early', order: 1, language: 'python', stack: [] } },
	];

	test('copies only the fields the picker reads, in display order', () => {
		expect(toPickerData(config, languages, scenarios)).toEqual({
			config,
			languages: [
				{ id: 'python', name: 'Python', order: 1 },
				{ id: 'go', name: 'Go', order: 2 },
			],
			scenarios: [
				{ id: 'early', title: 'Early', language: 'python', stack: [] },
				{ id: 'late', title: 'Late', language: 'go', stack: [{ layer: 'L', choice: 'C1' }] },
			],
		});
	});

	test('leaves the entries it was given in their own order', () => {
		toPickerData(config, languages, scenarios);
		expect(languages.map((l) => l.id)).toEqual(['go', 'python']);
		expect(scenarios.map((s) => s.id)).toEqual(['late', 'early']);
	});
});
