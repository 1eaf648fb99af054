import { describe, expect, test } from 'vitest';
import { toDecisionRecordData } from '../../../src/tools/decision-record/model';
import type { PickerData } from '../../../src/tools/picker/model';
import type { ScorecardCatalog } from '../../../src/tools/scorecard/model';

const picker = { config: {}, languages: [], scenarios: [] } as unknown as PickerData;
const catalog: ScorecardCatalog = {
	criteria: [
		{ id: 'hiring', label: 'Hiring', description: 'How easily you hire.' } as ScorecardCatalog['criteria'][number],
	],
	languages: [{ id: 'go', name: 'Go', seeded: { hiring: 3 } }],
	defaultLanguages: ['go'],
	presets: [{ id: 'lean', label: 'Lean', weights: { hiring: 9 } }],
};
const language = (id: string, order: number) => ({
	id,
	data: {
		name: id.toUpperCase(),
		order,
		bestFor: [`${id} strength`],
		weakerAt: [`${id} weakness`],
		operations: { containers: `${id} images`, coldStart: `${id} start`, memory: `${id} memory` },
		extra: 'not copied',
	},
});
const scenario = (id: string, order: number, lang: string) => ({
	id,
	data: {
		title: `${id} title`,
		situation: `${id} situation`,
		language: lang,
		whyItWins: [`${id} wins`],
		risks: [`${id} risk`],
		revisitWhen: [`${id} revisit`],
		hireFirst: `${id} hire`,
		order,
	},
});

describe('toDecisionRecordData', () => {
	test('copies only what the record reads: the scorecard with its presets, the profiles’ facts, scenarios in display order', () => {
		const data = toDecisionRecordData(
			picker,
			catalog,
			[language('go', 2), language('rust', 1)],
			// Two scenarios lead with Go: the record quotes the first in display order.
			[scenario('later', 2, 'go'), scenario('first', 1, 'go')],
			[{ label: 'Primary mission', text: 'Own the API.' }],
		);
		expect(data).toEqual({
			picker,
			scorecard: {
				criteria: [{ id: 'hiring', label: 'Hiring' }],
				languages: [{ id: 'go', name: 'Go', seeded: { hiring: 3 } }],
				defaultLanguages: ['go'],
				presets: [{ id: 'lean', label: 'Lean', weights: { hiring: 9 } }],
			},
			languages: [
				{
					id: 'go',
					name: 'GO',
					bestFor: ['go strength'],
					weakerAt: ['go weakness'],
					operations: { containers: 'go images', coldStart: 'go start', memory: 'go memory' },
				},
				{
					id: 'rust',
					name: 'RUST',
					bestFor: ['rust strength'],
					weakerAt: ['rust weakness'],
					operations: { containers: 'rust images', coldStart: 'rust start', memory: 'rust memory' },
				},
			],
			scenarios: ['first', 'later'].map((id) => ({
				id,
				title: `${id} title`,
				situation: `${id} situation`,
				language: 'go',
				whyItWins: [`${id} wins`],
				risks: [`${id} risk`],
				revisitWhen: [`${id} revisit`],
				hireFirst: `${id} hire`,
			})),
			roleDefinition: [{ label: 'Primary mission', text: 'Own the API.' }],
		});
	});

	test('a catalog without presets gives none', () => {
		const { presets: _presets, ...withoutPresets } = catalog;
		expect(toDecisionRecordData(picker, withoutPresets, [], [], []).scorecard.presets).toEqual([]);
	});
});
