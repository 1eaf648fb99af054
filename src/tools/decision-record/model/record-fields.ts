import { isRecord } from '../../../common/is-record';
import { storageKey } from '../../../common/storage-keys';
import { RECORD_STATUSES, type RecordFields, type RecordStatus } from './types';

/** The most characters each field keeps; the inputs on the page enforce the same limits. */
export const FIELD_LIMITS = { product: 80, constraints: 1200, deciders: 200 } as const;

/** The localStorage key the record page remembers the reader's fields under. */
export const RECORD_FIELDS_STORAGE_KEY = storageKey('decision-record');
/** The format version of the stored fields; anything else is read as unreadable, not guessed at. */
export const RECORD_FIELDS_VERSION = 1;

/** The fields before the reader types anything: a proposal with no date, product or deciders yet. */
export function defaultRecordFields(): RecordFields {
	return { product: '', constraints: '', date: '', deciders: '', status: 'proposed' };
}

// Control characters (Unicode category Cc) have no business in a name or a note; a line break is
// kept only where the field is multi-line.
const CONTROL = /[^\P{Cc}\n]/gu;
const CONTROL_AND_BREAKS = /\p{Cc}/gu;
// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the text
// around them, so a name could show one thing and say another (the "Trojan Source" trick). They
// are removed outright; other format characters, such as the zero-width joiner in an emoji, stay.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Whether a text is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
	// The "$" turns a longer text away here rather than trusting every browser's Date parser to do it below.
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Whether a value is one of the MADR statuses. */
export const isRecordStatus = (value: unknown): value is RecordStatus =>
	(RECORD_STATUSES as readonly unknown[]).includes(value);

/**
 * Reads the reader's fields from untrusted input (saved state or a share link). Each field is checked
 * on its own: a text that is not a string falls back to empty, an over-long one is cut to its limit,
 * control characters and bidirectional overrides are removed, a date that is not a real YYYY-MM-DD day is dropped, and an unknown
 * status becomes "proposed". Every fallback adds a plain-text problem that never quotes the input.
 */
export function readRecordFields(input: unknown): { fields: RecordFields; problems: string[] } {
	const fields = defaultRecordFields();
	const problems: string[] = [];
	if (!isRecord(input)) {
		if (input !== undefined) problems.push('Your own text could not be read, so those fields are empty.');
		return { fields, problems };
	}
	const text = (key: 'product' | 'constraints' | 'deciders', label: string) => {
		const value = input[key];
		if (value === undefined) return;
		if (typeof value !== 'string') {
			problems.push(`The ${label} could not be read, so it is empty.`);
			return;
		}
		let clean = value
			.replace(BIDI_CONTROLS, '')
			.replace(key === 'constraints' ? CONTROL : CONTROL_AND_BREAKS, key === 'constraints' ? '' : ' ');
		if (clean.length > FIELD_LIMITS[key]) {
			problems.push(`The ${label} was longer than ${FIELD_LIMITS[key]} characters, so it was cut short.`);
			clean = clean.slice(0, FIELD_LIMITS[key]);
		}
		fields[key] = clean;
	};
	text('product', 'product name');
	text('constraints', 'constraints text');
	text('deciders', 'list of deciders');
	if (input.date !== undefined) {
		if (typeof input.date === 'string' && (input.date === '' || isIsoDate(input.date))) fields.date = input.date;
		else problems.push('The date was not a real day written as YYYY-MM-DD, so it was left out.');
	}
	if (input.status !== undefined) {
		if (isRecordStatus(input.status)) fields.status = input.status;
		else problems.push('The status was not one the record knows, so it is “proposed”.');
	}
	return { fields, problems };
}

/** The text stored in localStorage for the reader's fields. */
export function encodeStoredFields(fields: RecordFields): string {
	return JSON.stringify({ v: RECORD_FIELDS_VERSION, fields });
}

/**
 * Reads the stored fields. Nothing stored gives the defaults quietly; text that is not the expected
 * JSON (or from another version) gives the defaults with a notice; otherwise fields are read one by
 * one with `readRecordFields`.
 */
export function decodeStoredFields(raw: string | null): { fields: RecordFields; problems: string[] } {
	if (raw === null || raw === '') return { fields: defaultRecordFields(), problems: [] };
	const unreadable = {
		fields: defaultRecordFields(),
		problems: ['Your saved text for the record could not be read, so the fields start empty.'],
	};
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return unreadable;
	}
	if (!isRecord(parsed) || parsed.v !== RECORD_FIELDS_VERSION || !isRecord(parsed.fields)) return unreadable;
	return readRecordFields(parsed.fields);
}
