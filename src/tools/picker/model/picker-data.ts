import { byOrder } from '../../../common/by-order';
import type { PickerConfig, PickerData } from './types';

/** The fields of a language entry the picker reads. */
interface LanguageEntry {
	id: string;
	data: { name: string; order: number };
}

/** The fields of a scenario entry the picker reads. */
interface ScenarioEntry {
	id: string;
	data: { title: string; order: number; language: string; stack: { layer: string; choice: string }[] };
}

/**
 * Assembles the picker's plain data from collection entries (the Astro wrapper passes the result
 * to the island as props; tests pass entries read from the YAML files). Only the fields the picker
 * uses are copied, which keeps the serialised props small.
 */
export function toPickerData(config: PickerConfig, languages: LanguageEntry[], scenarios: ScenarioEntry[]): PickerData {
	return {
		config,
		languages: [...languages].sort(byOrder).map(({ id, data }) => ({ id, name: data.name, order: data.order })),
		scenarios: [...scenarios].sort(byOrder).map(({ id, data }) => ({
			id,
			title: data.title,
			language: data.language,
			stack: data.stack.map(({ layer, choice }) => ({ layer, choice })),
		})),
	};
}
