import { readKnownIds } from '../../src/collections/data-files';
import { pickerSchema } from '../../src/schemas/picker';
import { toPickerData } from '../../src/tools/picker/model/picker-data';
import type { PickerData } from '../../src/tools/picker/model/types';
import { readDataFolder } from './data-files';

type Entry<T> = { id: string; data: T };
const entries = <T>(folder: string): Entry<T>[] =>
	[...readDataFolder(folder)].map(([id, data]) => ({ id, data: data as T }));

/** The picker's data as the site builds it, read from the YAML files and validated by the schema. */
export function readPickerData(): PickerData {
	const config = pickerSchema(readKnownIds()).parse(readDataFolder('picker').get('stack-picker'));
	return toPickerData(config, entries('languages'), entries('scenarios'));
}
