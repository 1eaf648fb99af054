import { describe, expect, test } from 'vitest';
import {
	buildDecisionTable,
	decisionTableCsv,
	decisionTableMarkdown,
	defaultScorecardState,
	listNames,
	type ScorecardCatalog,
} from '../../../src/lib/scorecard';
import { renderMarkdown } from '../../support/markdown-html';
import { tinyCatalog } from '../../support/scorecard-catalog';

describe('buildDecisionTable', () => {
	test('lists the compared languages in ranking order with their edits marked', () => {
		// Weights 5/5. Alpha 5,1 → 30 → (30 − 10)/40 = 50; Beta 1,4 → 25 → 37.5; Gamma edited to 3,5 → 40 → 75.
		const state = {
			...defaultScorecardState(tinyCatalog),
			languages: ['alpha', 'beta', 'gamma'],
			scores: { gamma: { cost: 5 } },
		};
		const table = buildDecisionTable(tinyCatalog, state);
		expect(table.columns.map((c) => [c.id, c.total, c.rank, c.edited])).toEqual([
			['gamma', 75, 1, ['cost']],
			['alpha', 50, 2, []],
			['beta', 37.5, 3, []],
		]);
		expect(table.verdict).toBe('Gamma leads with 75.0 points, 25.0 ahead of Alpha.');
	});

	test('with one language, builds a table that says there is nothing to compare it with', () => {
		const state = { ...defaultScorecardState(tinyCatalog), languages: ['alpha'] };
		const table = buildDecisionTable(tinyCatalog, state);
		expect(table.columns.map((c) => [c.id, c.rank, c.tied])).toEqual([['alpha', 1, false]]);
		expect(table.verdict).toBe('Only Alpha is compared. Add at least one more language to compare it with.');
		expect(table.robustness).toBe('With one language there is no other to put ahead of it.');
		expect(decisionTableMarkdown(table)).toContain('| Rank |  | 1 |');
	});

	test('with no language, builds an empty table that says to add some', () => {
		const table = buildDecisionTable(tinyCatalog, { ...defaultScorecardState(tinyCatalog), languages: [] });
		expect(table.columns).toEqual([]);
		expect(table.verdict).toBe('No language is compared yet. Add at least two to compare them.');
		expect(table.robustness).toBe('With no language there is nothing to rank.');
	});

	test('says "too close to call" when the lead is under the threshold', () => {
		// Weights speed 1, cost 9: Alpha 1·5 + 9·1 = 14 → (14 − 10)/40 = 10; Beta 1 + 36 = 37 → 67.5;
		// Gamma 3 + 27 = 30 → 50. Beta edited to cost 3: 1 + 27 = 28 → 45; Gamma leads Beta by 5.
		// Make it close instead: Gamma speed 2 → 2 + 27 = 29 → 47.5; Beta cost 3 → 45; gap 2.5.
		const state = {
			version: 2 as const,
			preset: null,
			weights: { speed: 1, cost: 9 },
			languages: ['beta', 'gamma'],
			scores: { beta: { cost: 3 }, gamma: { speed: 2 } },
		};
		const table = buildDecisionTable(tinyCatalog, state);
		expect(table.margin.margin).toBeCloseTo(2.5, 10);
		expect(table.verdict).toBe('Too close to call: Gamma leads Beta by only 2.5 points (under 3).');
	});

	test('names a tie for first place', () => {
		const catalog: ScorecardCatalog = { ...tinyCatalog, defaultLanguages: ['alpha', 'gamma'] };
		// Weights 1/1: Alpha 5 + 1 = 6, Gamma 3 + 3 = 6.
		const table = buildDecisionTable(catalog, { ...defaultScorecardState(catalog), weights: { speed: 1, cost: 1 } });
		expect(table.verdict).toBe('Alpha and Gamma tie for first place at 50.0 points.');
		expect(table.robustness).toMatch(/first place shared/);
	});

	test('asks for a weight when every weight is 0', () => {
		const table = buildDecisionTable(tinyCatalog, {
			...defaultScorecardState(tinyCatalog),
			weights: { speed: 0, cost: 0 },
		});
		expect(table.verdict).toMatch(/Every weight is 0/);
	});

	test('listNames joins with commas and "and"', () => {
		expect([listNames(['A']), listNames(['A', 'B']), listNames(['A', 'B', 'C'])]).toEqual([
			'A',
			'A and B',
			'A, B and C',
		]);
	});
});

describe('exports', () => {
	const state = { ...defaultScorecardState(tinyCatalog), scores: { beta: { speed: 2 } } };
	const table = buildDecisionTable(tinyCatalog, state);

	test('Markdown is a table with weights, scores, totals and ranks, then the verdict and the share link', () => {
		// Alpha 5,1 → 30 → 50.0; Beta edited 2,4 → 30 → 50.0: a tie, in the given order.
		expect(decisionTableMarkdown(table, 'https://example.test/tools/scorecard/?s=abc')).toBe(
			[
				'| Criterion | Weight | Alpha | Beta |',
				'| --- | ---: | ---: | ---: |',
				'| Speed | 5 | 5 | 2* |',
				'| Cost | 5 | 1 | 4 |',
				'| Total (0–100) |  | 50.0 | 50.0 |',
				'| Rank |  | 1 (tie) | 1 (tie) |',
				'',
				'Scores are steps on a 1–5 scale (5 is best); weights run from 0 to 10. * marks a score changed from the playbook’s rating.',
				'',
				'Alpha and Beta tie for first place at 50.0 points.',
				'',
				'With first place shared, any change to a weight that favours one of the leaders decides it.',
				'',
				'Scorecard: https://example.test/tools/scorecard/?s=abc',
				'',
			].join('\n'),
		);
	});

	test('Markdown without edits or a link leaves out the asterisk note and the link line', () => {
		// Alpha 5,1 → 30 → 50.0; Beta 1,4 → 25 → 37.5, both as the playbook rates them.
		const plain = buildDecisionTable(tinyCatalog, defaultScorecardState(tinyCatalog));
		expect(decisionTableMarkdown(plain)).toBe(
			[
				'| Criterion | Weight | Alpha | Beta |',
				'| --- | ---: | ---: | ---: |',
				'| Speed | 5 | 5 | 1 |',
				'| Cost | 5 | 1 | 4 |',
				'| Total (0–100) |  | 50.0 | 37.5 |',
				'| Rank |  | 1 | 2 |',
				'',
				'Scores are steps on a 1–5 scale (5 is best); weights run from 0 to 10.',
				'',
				'Alpha leads with 50.0 points, 12.5 ahead of Beta.',
				'',
				'Lowering the weight of Speed from 5 to below 3.75 (in whole steps: 3) puts Beta ahead of Alpha; that is the smallest single change that does.',
				'',
			].join('\n'),
		);
	});

	test('Markdown escapes pipes in names so a cell cannot split', () => {
		const catalog: ScorecardCatalog = {
			...tinyCatalog,
			languages: tinyCatalog.languages.map((l) => (l.id === 'alpha' ? { ...l, name: 'A|B' } : l)),
		};
		expect(decisionTableMarkdown(buildDecisionTable(catalog, defaultScorecardState(catalog)))).toContain('A\\|B');
	});

	test('Markdown keeps markup in names and labels as text in any Markdown viewer', () => {
		const catalog: ScorecardCatalog = {
			...tinyCatalog,
			criteria: tinyCatalog.criteria.map((c) => (c.id === 'speed' ? { ...c, label: '<script>alert(1)</script>' } : c)),
			languages: tinyCatalog.languages.map((l) =>
				l.id === 'alpha' ? { ...l, name: '<img src=x onerror=alert(1)>' } : { ...l, name: '[x](javascript:alert(1))' },
			),
		};
		const html = renderMarkdown(decisionTableMarkdown(buildDecisionTable(catalog, defaultScorecardState(catalog))));
		expect(html).not.toMatch(/<img|<script|href="javascript:/i);
		expect(html).toMatch(/<th[^>]*>&lt;img src=x onerror=alert\(1\)&gt;<\/th>/);
		expect(html).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
		expect(html).toContain('[x](javascript:alert(1))');
	});

	test('CSV has a header row, one row per criterion, totals and ranks, with CRLF line ends', () => {
		expect(decisionTableCsv(table)).toBe(
			'Criterion,Weight,Alpha,Beta\r\nSpeed,5,5,2\r\nCost,5,1,4\r\nTotal (0-100),,50.0,50.0\r\nRank,,1,1\r\n',
		);
	});

	test('CSV quotes commas and quotes, and defuses cells a spreadsheet would run as formulas', () => {
		const catalog: ScorecardCatalog = {
			...tinyCatalog,
			criteria: [
				{ id: 'speed', label: 'Speed, "raw"' },
				{ id: 'cost', label: '=HYPERLINK("x")' },
			],
		};
		const csv = decisionTableCsv(buildDecisionTable(catalog, defaultScorecardState(catalog)));
		expect(csv).toContain('"Speed, ""raw"""');
		expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
	});
});

describe('the robustness sentence', () => {
	test('names the weight to lower, the exact tie point and the whole step', () => {
		// Weights 5/5: Alpha 5·5 + 5·1 = 30, Beta 5·1 + 5·4 = 25. Lowering speed (Alpha ahead by 4 a
		// step) ties at 5 − 5/4 = 3.75; raising cost ties only at 5 + 5/3 ≈ 6.67, a larger change.
		const table = buildDecisionTable(tinyCatalog, defaultScorecardState(tinyCatalog));
		expect(table.robustness).toBe(
			'Lowering the weight of Speed from 5 to below 3.75 (in whole steps: 3) puts Beta ahead of Alpha; that is the smallest single change that does.',
		);
	});

	test('names the weight to raise, by its label, when raising is the smallest change', () => {
		// Weights 4/1: Lead 4·5 + 1·1 = 21, Near 4·4 + 1·3 = 19, Far 4·1 + 1·5 = 9. Raising budget ties
		// Near at 1 + 2/2 = 2, nearer than any other tie point; in whole steps, 3.
		const catalog: ScorecardCatalog = {
			criteria: [
				{ id: 'a', label: 'Agility' },
				{ id: 'b', label: 'Budget' },
			],
			languages: [
				{ id: 'lead', name: 'Lead', seeded: { a: 5, b: 1 } },
				{ id: 'near', name: 'Near', seeded: { a: 4, b: 3 } },
				{ id: 'far', name: 'Far', seeded: { a: 1, b: 5 } },
			],
			defaultLanguages: ['lead', 'near', 'far'],
		};
		const table = buildDecisionTable(catalog, { ...defaultScorecardState(catalog), weights: { a: 4, b: 1 } });
		expect(table.robustness).toBe(
			'Raising the weight of Budget from 1 to above 2 (in whole steps: 3) puts Near ahead of Lead; that is the smallest single change that does.',
		);
	});

	test('says no single weight can change the winner when none can', () => {
		// Gamma edited to 5 and 5 beats Beta (1, 4) on both criteria, whatever the weights.
		const state = {
			...defaultScorecardState(tinyCatalog),
			languages: ['beta', 'gamma'],
			scores: { gamma: { speed: 5, cost: 5 } },
		};
		expect(buildDecisionTable(tinyCatalog, state).robustness).toBe(
			'No single weight change within 0–10 puts another language ahead of Gamma.',
		);
	});

	test('a language the catalog no longer has is named by its id rather than failing', () => {
		// A saved state can outlive a language; its scores count as the scale's minimum.
		const state = { ...defaultScorecardState(tinyCatalog), languages: ['alpha', 'retired'] };
		const table = buildDecisionTable(tinyCatalog, state);
		expect(table.columns.map((c) => [c.name, c.total])).toEqual([
			['Alpha', 50],
			['retired', 0],
		]);
	});
});
