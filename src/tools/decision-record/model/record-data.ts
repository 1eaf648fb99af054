import { byOrder } from '../../../common/by-order';
import type { PickerData } from '../../picker/model/types';
import type { ScorecardCatalog } from '../../scorecard/model/catalog';
import type { DecisionRecordData, RecordScenario } from './types';

/** The fields of a language entry the record reads. */
interface LanguageEntry {
	id: string;
	data: {
		name: string;
		order: number;
		bestFor: string[];
		weakerAt: string[];
		operations: { containers: string; coldStart: string; memory: string };
	};
}

/** The fields of a scenario entry the record reads. */
interface ScenarioEntry {
	id: string;
	data: Omit<RecordScenario, 'id'> & { order: number };
}

/**
 * Assembles the record's plain data: the picker's data and the scorecard's catalog as their own
 * modules build them, plus the language, scenario and hiring facts a record quotes. Only the fields
 * the record uses are copied, which keeps the page's serialised props small.
 */
export function toDecisionRecordData(
	picker: PickerData,
	scorecard: ScorecardCatalog,
	languages: readonly LanguageEntry[],
	scenarios: readonly ScenarioEntry[],
	roleDefinition: readonly { label: string; text: string }[],
): DecisionRecordData {
	return {
		picker,
		scorecard: {
			criteria: scorecard.criteria.map(({ id, label }) => ({ id, label })),
			languages: scorecard.languages.map(({ id, name, seeded }) => ({ id, name, seeded })),
			defaultLanguages: [...scorecard.defaultLanguages],
			// The presets are needed to decode a scorecard that started from one: without them its
			// preset reads as unknown, and the record page shows a notice about nothing the reader did.
			presets: scorecard.presets ?? [],
		},
		// The record looks languages up by id, so their order does not matter; scenarios are found by
		// their language, so the first in display order must come first.
		languages: languages.map(({ id, data }) => ({
			id,
			name: data.name,
			bestFor: data.bestFor,
			weakerAt: data.weakerAt,
			operations: { ...data.operations },
		})),
		scenarios: [...scenarios].sort(byOrder).map(({ id, data }) => ({
			id,
			title: data.title,
			situation: data.situation,
			language: data.language,
			whyItWins: data.whyItWins,
			risks: data.risks,
			revisitWhen: data.revisitWhen,
			hireFirst: data.hireFirst,
		})),
		roleDefinition: roleDefinition.map(({ label, text }) => ({ label, text })),
	};
}
