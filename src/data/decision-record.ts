import { getCollection } from 'astro:content';
import { toDecisionRecordData } from '../lib/decision-record/record-data';
import type { DecisionRecordData } from '../lib/decision-record/types';
import { toPickerData } from '../lib/picker/picker-data';
import { getLanguages, getScenarios } from './collections';
import { getScorecardData } from './scorecard';
import { getHiringChecklist } from './team';

/**
 * Everything the decision record page needs, read from the collections: the picker's data and the
 * scorecard's catalog (built the way those tools build them, so the record reaches the same results),
 * plus the language, scenario and hiring facts a record quotes.
 */
export async function getDecisionRecordData(): Promise<DecisionRecordData> {
	const [[config], languages, scenarios, scorecard, checklist] = await Promise.all([
		getCollection('picker'),
		getLanguages(),
		getScenarios(),
		getScorecardData(),
		getHiringChecklist(),
	]);
	if (!config) throw new Error('The decision record needs content/data/picker/stack-picker.yaml');
	const picker = toPickerData(config.data, languages, scenarios);
	return toDecisionRecordData(picker, scorecard, languages, scenarios, checklist.roleDefinition);
}
