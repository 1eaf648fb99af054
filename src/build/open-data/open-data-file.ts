import { getCriteria, getLanguages, getScenarios, getSources } from '../../collections/collections';
import { type DataFile, type DataFileName, dataFile } from './data-files';

/** Each published collection's entries, in the order the site lists them. */
const ENTRIES: Record<DataFileName, () => Promise<{ id: string; data: unknown }[]>> = {
	languages: getLanguages,
	scenarios: getScenarios,
	criteria: () => getCriteria(),
	sources: getSources,
};

/**
 * The open data file of one collection, as `/data/<name>.json` publishes it; its `generated` date
 * is the day of the build.
 */
export async function openDataFile(name: DataFileName): Promise<DataFile> {
	return dataFile(name, await ENTRIES[name](), new Date());
}
