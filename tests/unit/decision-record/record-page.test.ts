import { describe, expect, test } from 'vitest';
import {
	ANSWERS_ORIGIN,
	decodeRecordLink,
	defaultRecordFields,
	localIsoDate,
	type RecordInputs,
	recordQuery,
	SCORECARD_ORIGIN,
	toolLinks,
	withDefaultDate,
} from '../../../src/tools/decision-record/model';
import { decodePickerAnswers } from '../../../src/tools/picker/model';
import { decodeScorecardState, defaultScorecardState } from '../../../src/tools/scorecard/model';
import { exampleAnswers, recordData } from '../../support/playbook-data';

// Made inside each test, so the code that makes the default fields runs inside the test that needs it.
const emptyInputs = (): RecordInputs => ({ answers: {}, scorecard: null, fields: defaultRecordFields() });

describe('the record page’s inputs and links', () => {
	test('localIsoDate pads month and day', () => {
		expect(localIsoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
		expect(localIsoDate(new Date(2026, 10, 30))).toBe('2026-11-30');
	});

	test('withDefaultDate fills in today only when the reader set no date', () => {
		const empty = emptyInputs();
		expect(withDefaultDate(empty, '2026-11-30').fields.date).toBe('2026-11-30');
		const dated = { ...empty, fields: { ...empty.fields, date: '2025-01-01' } };
		expect(withDefaultDate(dated, '2026-11-30').fields.date).toBe('2025-01-01');
	});

	test('without inputs the links go to the bare tool pages', () => {
		const empty = emptyInputs();
		expect(toolLinks(empty, recordData())).toEqual({ picker: '/tools/stack-picker/', scorecard: '/tools/scorecard/' });
	});

	test('the links carry the answers and the scorecard back to their tools', () => {
		const empty = emptyInputs();
		const data = recordData();
		const answers = exampleAnswers('fintech-api');
		const scorecard = { ...defaultScorecardState(data.scorecard), languages: ['go', 'rust'] };
		const links = toolLinks({ ...empty, answers, scorecard }, data);
		const pickerQuery = links.picker.replace('/tools/stack-picker/', '');
		expect(decodePickerAnswers(pickerQuery, data.picker.config.questions).answers).toEqual(answers);
		const s = new URL(links.scorecard, 'https://x.example').searchParams.get('s')!;
		expect(decodeScorecardState(s, data.scorecard).state).toEqual(scorecard);
	});

	test('recordQuery restores the whole record through ?r=', () => {
		const empty = emptyInputs();
		const data = recordData();
		const inputs = { ...empty, answers: exampleAnswers('ai-mvp') };
		const r = new URLSearchParams(recordQuery(inputs, data)).get('r')!;
		expect(decodeRecordLink(r, data).inputs.answers).toEqual(inputs.answers);
	});

	test('names where each input came from, one label per origin, the link’s alike for both inputs', () => {
		for (const labels of [ANSWERS_ORIGIN, SCORECARD_ORIGIN]) {
			expect(Object.keys(labels).sort()).toEqual(['link', 'none', 'saved']);
			expect(new Set(Object.values(labels)).size).toBe(3);
			for (const label of Object.values(labels)) expect(label.trim()).not.toBe('');
		}
		expect(ANSWERS_ORIGIN.link).toBe(SCORECARD_ORIGIN.link);
		expect(ANSWERS_ORIGIN.saved).not.toBe(SCORECARD_ORIGIN.saved);
		expect(ANSWERS_ORIGIN.none).not.toBe(SCORECARD_ORIGIN.none);
	});
});
