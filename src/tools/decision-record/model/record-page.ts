import { PICKER_PATH, SCORECARD_PATH, withQuery } from '../../../common/routes';
import { encodePickerAnswers } from '../../picker/model/answers-url';
import { encodeScorecardState, SCORECARD_PARAM } from '../../scorecard/model/state-codec';
import { encodeRecordLink, type InputOrigin, RECORD_PARAM, type RecordInputs } from './record-link';
import type { DecisionRecordData } from './types';

// What the decision record page says about its inputs and where its links go, as pure functions,
// so the island only builds elements from them.

/** A date as YYYY-MM-DD in the time zone it is read in (the reader's, in the browser). */
export function localIsoDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The inputs with today's date filled in when the reader has not set one. */
export function withDefaultDate(inputs: RecordInputs, today: string): RecordInputs {
	return { ...inputs, fields: { ...inputs.fields, date: inputs.fields.date || today } };
}

/** How the page names where the picker's answers came from; the wrapper writes all three into the page, the island keeps one. */
export const ANSWERS_ORIGIN: Record<InputOrigin, string> = {
	link: 'from this page’s link',
	saved: 'your last answers in the stack picker',
	none: 'not answered yet',
};

/** How the page names where the scorecard came from; written into the page like `ANSWERS_ORIGIN`. */
export const SCORECARD_ORIGIN: Record<InputOrigin, string> = {
	link: 'from this page’s link',
	saved: 'the scorecard saved in this browser',
	none: 'none yet, so every criterion is weighted equally',
};

/** Links back to the two tools, each carrying what the record was built from. */
export interface ToolLinks {
	/** The stack picker, with the record's answers in its query string. */
	picker: string;
	/** The scorecard, with the record's scorecard in `?s=` when it has one. */
	scorecard: string;
}

/** The links back to the stack picker and the scorecard for a record's inputs. */
export function toolLinks(inputs: RecordInputs, data: DecisionRecordData): ToolLinks {
	return {
		picker: withQuery(PICKER_PATH, encodePickerAnswers(inputs.answers, data.picker.config.questions)),
		scorecard: inputs.scorecard
			? withQuery(SCORECARD_PATH, `${SCORECARD_PARAM}=${encodeScorecardState(inputs.scorecard)}`)
			: SCORECARD_PATH,
	};
}

/** The query string (without `?`) that restores the whole record on the record page. */
export const recordQuery = (inputs: RecordInputs, data: DecisionRecordData) =>
	`${RECORD_PARAM}=${encodeRecordLink(inputs, data)}`;
