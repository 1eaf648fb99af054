/**
 * Whether `value` is a plain JSON object (not `null`, not an array): the first check every decoder
 * makes on JSON it did not write itself, from a link or from storage.
 */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
