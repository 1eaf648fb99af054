import { listNames } from '../../../common/list-names';
import type { PickerData } from './types';

/**
 * The picker's tie-breaker in words, from the data's `baseline`: who starts ahead before any answer
 * and by how much, such as "Python and Node.js / TypeScript start 1 point ahead".
 */
export function describeBaseline(data: PickerData): string {
	const entries = Object.entries(data.config.baseline ?? {}).filter(([, points]) => points > 0);
	if (entries.length === 0) return 'no language starts ahead';
	const names = entries.map(([id]) => data.languages.find((l) => l.id === id)?.name ?? id);
	const points = Math.max(...entries.map(([, p]) => p));
	return `${listNames(names)} ${names.length > 1 ? 'start' : 'starts'} ${points} point${points === 1 ? '' : 's'} ahead`;
}
