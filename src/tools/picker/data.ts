import { getCollection } from 'astro:content';
import { getLanguages, getScenarios } from '../../collections/collections';
import { toPickerData } from './model/picker-data';
import type { PickerData } from './model/types';

/**
 * The stack picker's data, assembled once from the collections for every page that needs it: the
 * picker itself, its decision tables and the decision record, so all three reach the same results.
 */
export async function getPickerData(): Promise<PickerData> {
	const [[config], languages, scenarios] = await Promise.all([getCollection('picker'), getLanguages(), getScenarios()]);
	if (!config) throw new Error('The stack picker needs content/data/picker/stack-picker.yaml');
	return toPickerData(config.data, languages, scenarios);
}
