import { getLanguages, getScenarios } from '../../collections/collections';
import { getHiringChecklist } from '../../team/data';
import { getPickerData } from '../picker/data';
import { getScorecardData } from '../scorecard/data';
import { toDecisionRecordData } from './model/record-data';
import type { DecisionRecordData } from './model/types';

/**
 * Everything the decision record page needs, read from the collections: the picker's data and the
 * scorecard's catalog (built the way those tools build them, so the record reaches the same results),
 * plus the language, scenario and hiring facts a record quotes.
 */
export async function getDecisionRecordData(): Promise<DecisionRecordData> {
	const [picker, languages, scenarios, scorecard, checklist] = await Promise.all([
		getPickerData(),
		getLanguages(),
		getScenarios(),
		getScorecardData(),
		getHiringChecklist(),
	]);
	return toDecisionRecordData(picker, scorecard, languages, scenarios, checklist.roleDefinition);
}
