import { decodeVersionedJson, toBase64Url } from '../../../common/base64url';
import { isRecord } from '../../../common/is-record';
import { decodePickerAnswers, describeUrlProblems, PICKER_STORAGE_KEY } from '../../picker/model/answers-url';
import type { PickerAnswers } from '../../picker/model/types';
import { effectiveScores, type ScorecardState } from '../../scorecard/model/catalog';
import { decodeScorecardState, EMPTY_SCORECARD_LINK, SCORECARD_PARAM } from '../../scorecard/model/state-codec';
import { decodeStoredFields, defaultRecordFields, readRecordFields } from './record-fields';
import type { DecisionRecordData, RecordFields } from './types';

/** The query parameter that carries a whole record in a share link. */
export const RECORD_PARAM = 'r';
/** The format version of the `r` parameter; a decoder refuses any other. */
export const RECORD_LINK_VERSION = 1;
export { PICKER_STORAGE_KEY };

/** Longer input than a real record could produce is refused before it is parsed. */
const MAX_LINK_LENGTH = 8000;

/** Everything a record is built from besides the playbook's data. */
export interface RecordInputs {
	/** The stack picker's answers, by question id (only known values). */
	answers: PickerAnswers;
	/** The reader's scorecard, or null when they have none (the record then uses the default weights). */
	scorecard: ScorecardState | null;
	/** What the reader typed on the record page. */
	fields: RecordFields;
}

/** Where one part of the inputs came from. */
export type InputOrigin = 'link' | 'saved' | 'none';

/** The inputs a page starts from, where each part came from, and a notice for everything rejected. */
export interface LoadedRecordInputs {
	inputs: RecordInputs;
	origins: { answers: InputOrigin; scorecard: InputOrigin; fields: InputOrigin };
	/** Plain-text notices; they never quote the input. */
	problems: string[];
}

/**
 * The scorecard as it travels inside a record link: the scorecard's own wire form (`v`, `w`, `l`,
 * `s`, `p`), but with every score of every compared language written out, not only the edited ones. A
 * shared record then shows the same totals even after the playbook revises a rating.
 */
function scorecardSnapshot(state: ScorecardState, data: DecisionRecordData) {
	return {
		v: state.version,
		w: state.weights,
		l: state.languages,
		s: Object.fromEntries(state.languages.map((id) => [id, effectiveScores(data.scorecard, state, id)])),
		// The preset's id travels too, so the record can say where the weights started.
		...(state.preset === null ? {} : { p: state.preset }),
	};
}

/**
 * Encodes a whole record (answers, scorecard snapshot and the reader's fields) as the value of the
 * `r` parameter: unpadded base64url of versioned JSON, safe in a URL as it is.
 */
export function encodeRecordLink(inputs: RecordInputs, data: DecisionRecordData): string {
	const wire: Record<string, unknown> = { v: RECORD_LINK_VERSION, a: inputs.answers, f: inputs.fields };
	if (inputs.scorecard) wire.s = scorecardSnapshot(inputs.scorecard, data);
	return toBase64Url(JSON.stringify(wire));
}

/** The picker answers from a plain object of strings, checked like a picker link. */
function readAnswers(value: unknown, data: DecisionRecordData): { answers: PickerAnswers; problems: string[] } {
	if (value === undefined) return { answers: {}, problems: [] };
	if (!isRecord(value)) return { answers: {}, problems: ['The picker answers could not be read.'] };
	const params = new URLSearchParams();
	let unreadable = 0;
	for (const [key, answer] of Object.entries(value)) {
		if (typeof answer === 'string') params.append(key, answer);
		else unreadable++;
	}
	const decoded = decodePickerAnswers(params.toString(), data.picker.config.questions);
	const problems = decoded.problems.length > 0 ? [describeUrlProblems(decoded.problems)] : [];
	if (unreadable > 0) problems.push('An answer that was not text was ignored.');
	return { answers: decoded.answers, problems };
}

/**
 * Decodes the `r` parameter. It never throws: input it cannot read at all (not base64url of UTF-8
 * JSON, not an object, another version, too long) gives empty inputs and one notice; otherwise the
 * answers, the scorecard and the fields are each checked by their own decoder, which drops what is
 * wrong and says so. Notices never quote the input.
 */
export function decodeRecordLink(
	encoded: string,
	data: DecisionRecordData,
): { inputs: RecordInputs; problems: string[] } {
	const empty: RecordInputs = { answers: {}, scorecard: null, fields: defaultRecordFields() };
	const unreadable = (reason: string) => ({ inputs: empty, problems: [`${reason} An empty record is shown instead.`] });
	if (encoded.length > MAX_LINK_LENGTH) return unreadable('The record link was too long to be genuine.');
	const wire = decodeVersionedJson(encoded, RECORD_LINK_VERSION);
	if (wire === 'unreadable') return unreadable('The record link could not be read.');
	if (wire === 'unknown-version') return unreadable('The record link is from an unknown version.');

	const answers = readAnswers(wire.a, data);
	let scorecard: ScorecardState | null = null;
	const scorecardProblems: string[] = [];
	if (wire.s !== undefined) {
		// The snapshot is the scorecard's own wire form, so the scorecard's decoder checks it.
		const decoded = decodeScorecardState(toBase64Url(JSON.stringify(wire.s)), data.scorecard);
		scorecard = decoded.state;
		scorecardProblems.push(...decoded.problems.map((p) => `Scorecard: ${p}`));
	}
	const fields = readRecordFields(wire.f);
	return {
		inputs: { answers: answers.answers, scorecard, fields: fields.fields },
		problems: [...answers.problems, ...scorecardProblems, ...fields.problems],
	};
}

/** Reads one saved item; `read` may throw (storage disabled), which is reported, not raised. */
function readSaved(read: () => string | null, what: string, problems: string[]): string | null {
	try {
		return read();
	} catch {
		problems.push(`Your browser did not let this page read ${what}.`);
		return null;
	}
}

/** The three things a record page may find saved in the browser; each reader may throw. */
export interface SavedRecordState {
	picker: () => string | null;
	scorecard: () => string | null;
	fields: () => string | null;
}

/**
 * Picks the inputs a record page starts from. A record link (`?r=`) restores everything it holds.
 * Otherwise each part is looked for on its own, the address first and the browser's saved state
 * second: the picker's answers in the picker's own query parameters, else the picker's last saved
 * answers; the scorecard in `?s=`, else the scorecard's saved state; the reader's fields as saved.
 * A part found nowhere is reported as `none`, and the record says so.
 */
export function loadRecordInputs(
	search: string,
	saved: SavedRecordState,
	data: DecisionRecordData,
): LoadedRecordInputs {
	const params = new URLSearchParams(search);
	const link = params.get(RECORD_PARAM);
	if (link !== null) {
		const { inputs, problems } = decodeRecordLink(link, data);
		return {
			inputs,
			origins: { answers: 'link', scorecard: inputs.scorecard ? 'link' : 'none', fields: 'link' },
			problems: problems.map((p) => `From the link: ${p}`),
		};
	}

	const problems: string[] = [];
	const questions = data.picker.config.questions;

	// The picker's parameters are those named after its questions. Links from newsletters and chat
	// apps add their own (utm_source, fbclid…); those are not the record's to read or to report, and
	// must not hide the answers the reader saved.
	const questionIds = new Set(questions.map((q) => q.id));
	const pickerParams = new URLSearchParams([...params].filter(([key]) => questionIds.has(key)));
	let answers: PickerAnswers = {};
	let answersOrigin: InputOrigin = 'none';
	const answersInAddress = [...pickerParams].length > 0;
	const rawAnswers = answersInAddress
		? pickerParams.toString()
		: readSaved(saved.picker, 'your saved picker answers', problems);
	if (rawAnswers) {
		const decoded = decodePickerAnswers(rawAnswers, questions);
		answers = decoded.answers;
		answersOrigin = answersInAddress ? 'link' : Object.keys(answers).length > 0 ? 'saved' : 'none';
		if (decoded.problems.length > 0) {
			problems.push(
				answersInAddress
					? `Picker answers: ${describeUrlProblems(decoded.problems)}`
					: 'Some of your saved picker answers could not be used.',
			);
		}
	}

	let scorecard: ScorecardState | null = null;
	let scorecardOrigin: InputOrigin = 'none';
	const fromLink = params.get(SCORECARD_PARAM);
	// An empty `?s=` carries no scorecard, so it must not hide the one saved in the browser.
	if (fromLink === '') problems.push(`Scorecard link: ${EMPTY_SCORECARD_LINK}`);
	const rawScorecard = fromLink || readSaved(saved.scorecard, 'your saved scorecard', problems);
	if (rawScorecard) {
		const decoded = decodeScorecardState(rawScorecard, data.scorecard);
		scorecard = decoded.state;
		scorecardOrigin = fromLink ? 'link' : 'saved';
		problems.push(...decoded.problems.map((p) => `${fromLink ? 'Scorecard link' : 'Saved scorecard'}: ${p}`));
	}

	const rawFields = readSaved(saved.fields, 'your saved text for the record', problems);
	const fields = decodeStoredFields(rawFields);
	problems.push(...fields.problems);

	return {
		inputs: { answers, scorecard, fields: fields.fields },
		origins: { answers: answersOrigin, scorecard: scorecardOrigin, fields: rawFields ? 'saved' : 'none' },
		problems,
	};
}
