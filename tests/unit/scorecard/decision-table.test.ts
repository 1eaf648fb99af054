import { describe, expect, test } from 'vitest';
import {
	buildDecisionTable,
	decisionTableCsv,
	decisionTableMarkdown,
	defaultScorecardState,
	listNames,
	type ScorecardCatalog,
	type ScorecardState,
} from '../../../src/tools/scorecard/model';
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
		expect(table.margin).toEqual({ leader: 'gamma', runnerUp: 'alpha', margin: 25, tooClose: false });
		// The verdict names the leader, its total and its lead over the runner-up.
		expect(table.verdict).toMatch(/^Gamma .* 75\.0 .* 25\.0 .* Alpha\.$/);
	});

	test('with one language, builds a table that says there is nothing to compare it with', () => {
		const state = { ...defaultScorecardState(tinyCatalog), languages: ['alpha'] };
		const table = buildDecisionTable(tinyCatalog, state);
		expect(table.columns.map((c) => [c.id, c.rank, c.tied])).toEqual([['alpha', 1, false]]);
		expect(table.margin).toEqual({ leader: 'alpha', runnerUp: null, margin: 0, tooClose: false });
		expect(table.ranges).toEqual([
			{ criterion: 'speed', from: 5, low: 0, lowRivals: [], high: 10, highRivals: [] },
			{ criterion: 'cost', from: 5, low: 0, lowRivals: [], high: 10, highRivals: [] },
		]);
		expect(table.verdict).toMatch(/^Only Alpha /);
		expect(decisionTableMarkdown(table)).toContain('| Rank |  | 1 |');
	});

	test('with no language, builds an empty table that says to add some', () => {
		const table = buildDecisionTable(tinyCatalog, { ...defaultScorecardState(tinyCatalog), languages: [] });
		expect(table.columns).toEqual([]);
		expect(table.margin).toEqual({ leader: null, runnerUp: null, margin: 0, tooClose: false });
		// Its sentences are its own: neither is the one-language table's.
		const one = buildDecisionTable(tinyCatalog, { ...defaultScorecardState(tinyCatalog), languages: ['alpha'] });
		expect(table.verdict).not.toBe(one.verdict);
		expect(table.robustness).not.toBe(one.robustness);
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
		expect(table.margin).toMatchObject({ leader: 'gamma', runnerUp: 'beta', tooClose: true });
		// It names the leader, the runner-up, the lead and the threshold it is under.
		expect(table.verdict).toMatch(/Gamma .*Beta .*\b2\.5\b.*\b3\b/);
		// Just at the threshold it is a clear lead again.
		const clear = buildDecisionTable(tinyCatalog, { ...state, scores: { beta: { cost: 3 }, gamma: { speed: 2.2 } } });
		expect(clear.margin.margin).toBeCloseTo(3, 10);
		expect(clear.margin.tooClose).toBe(false);
		expect(clear.verdict.split(' ')[0]).toBe('Gamma');
	});

	test('names a tie for first place', () => {
		const catalog: ScorecardCatalog = { ...tinyCatalog, defaultLanguages: ['alpha', 'gamma'] };
		// Weights 1/1: Alpha 5 + 1 = 6, Gamma 3 + 3 = 6.
		const table = buildDecisionTable(catalog, { ...defaultScorecardState(catalog), weights: { speed: 1, cost: 1 } });
		expect(table.ranking.leaders).toEqual(['alpha', 'gamma']);
		expect(table.margin).toMatchObject({ leader: null, margin: 0, tooClose: true });
		expect(table.sensitivity).toEqual({ kind: 'tied' });
		expect(table.ranges).toBeNull();
		expect(table.verdict).toMatch(/^Alpha and Gamma .* 50\.0 /);
	});

	test('asks for a weight when every weight is 0', () => {
		const table = buildDecisionTable(tinyCatalog, {
			...defaultScorecardState(tinyCatalog),
			weights: { speed: 0, cost: 0 },
		});
		expect(table.ranking.unweighted).toBe(true);
		expect(table.margin.leader).toBeNull();
		expect(table.sensitivity).toEqual({ kind: 'tied' });
		// No language is named: none is ahead of another.
		expect(table.verdict).not.toMatch(/Alpha|Beta/);
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
	// Alpha 5,1 → 30 → 50.0; Beta edited 2,4 → 30 → 50.0: a tie, in the given order.
	const edited = () =>
		buildDecisionTable(tinyCatalog, { ...defaultScorecardState(tinyCatalog), scores: { beta: { speed: 2 } } });

	test('Markdown is a table with weights, scores, totals and ranks, then the verdict, the robustness and the share link', () => {
		const table = edited();
		const markdown = decisionTableMarkdown(table, 'https://example.test/tools/scorecard/?s=abc');
		expect(markdown.split('\n')).toContain(table.verdict);
		expect(markdown.split('\n')).toContain(table.robustness);
		expect(markdown).toMatchInlineSnapshot(`
			"| Criterion | Weight | Alpha | Beta |
			| --- | ---: | ---: | ---: |
			| Speed | 5 | 5 | 2* |
			| Cost | 5 | 1 | 4 |
			| Total (0–100) |  | 50.0 | 50.0 |
			| Rank |  | 1 (tie) | 1 (tie) |

			Scores are steps on a 1–5 scale (5 is best); weights run from 0 to 10. * marks a score changed from the playbook’s rating.

			Alpha and Beta tie for first place at 50.0 points.

			With first place shared, any change to a weight that favours one of the leaders decides it.

			Scorecard: https://example.test/tools/scorecard/?s=abc
			"
		`);
	});

	test('Markdown without edits or a link leaves out the asterisk note and the link line, and nothing else', () => {
		// Alpha 5,1 → 30 → 50.0; Beta 1,4 → 25 → 37.5, both as the playbook rates them.
		const plain = decisionTableMarkdown(buildDecisionTable(tinyCatalog, defaultScorecardState(tinyCatalog)));
		const lines = plain.split('\n');
		expect(lines.slice(0, 6)).toEqual([
			'| Criterion | Weight | Alpha | Beta |',
			'| --- | ---: | ---: | ---: |',
			'| Speed | 5 | 5 | 1 |',
			'| Cost | 5 | 1 | 4 |',
			'| Total (0–100) |  | 50.0 | 37.5 |',
			'| Rank |  | 1 | 2 |',
		]);
		expect(plain).not.toContain('*');
		expect(plain).not.toContain('https://');
		// The note under the table is the edited table's note without its last sentence.
		const note = (markdown: string) => markdown.split('\n')[7]!;
		const editedNote = note(decisionTableMarkdown(edited()));
		expect(editedNote.startsWith(`${note(plain)} `)).toBe(true);
		expect(lines).toHaveLength(decisionTableMarkdown(edited(), 'https://x.test/').split('\n').length - 2);
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
		const csv = decisionTableCsv(edited());
		// Snapshots show line ends as plain newlines, so the CRLF is checked on its own.
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.split('\r\n').every((line) => !/[\r\n]/.test(line))).toBe(true);
		expect(csv.split('\r\n')).toHaveLength(6);
		expect(csv).toMatchInlineSnapshot(`
			"Criterion,Weight,Alpha,Beta
			Speed,5,5,2
			Cost,5,1,4
			Total (0-100),,50.0,50.0
			Rank,,1,1
			"
		`);
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
		expect(table.sensitivity).toEqual({
			kind: 'flip',
			criterion: 'speed',
			from: 5,
			tieAt: 3.75,
			delta: -1.25,
			newLeaders: ['beta'],
			wholeStep: 3,
		});
		// The sentence names the criterion by its label, the current weight, the tie point, the whole
		// step, the new leader and the old, in that order.
		expect(table.robustness).toMatch(/^Lowering .*\bSpeed\b.* 5 .* 3\.75 .* 3\).* Beta .* Alpha\b/);
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
		expect(table.sensitivity).toMatchObject({ kind: 'flip', criterion: 'b', from: 1, tieAt: 2, newLeaders: ['near'] });
		expect(table.robustness).toMatch(/^Raising .*\bBudget\b.* 1 .* 2 .* 3\).* Near .* Lead\b/);
		// Raising is said apart from lowering.
		const lowering = buildDecisionTable(tinyCatalog, defaultScorecardState(tinyCatalog)).robustness;
		expect(table.robustness.split(' ')[0]).not.toBe(lowering.split(' ')[0]);
	});

	test('says no single weight can change the winner when none can', () => {
		// Gamma edited to 5 and 5 beats Beta (1, 4) on both criteria, whatever the weights.
		const state = {
			...defaultScorecardState(tinyCatalog),
			languages: ['beta', 'gamma'],
			scores: { gamma: { speed: 5, cost: 5 } },
		};
		const table = buildDecisionTable(tinyCatalog, state);
		expect(table.sensitivity).toEqual({ kind: 'stable' });
		expect(table.robustness).toContain('0–10');
		expect(table.robustness).toMatch(/\bGamma\.$/);
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

	test('the verdicts and robustness sentences of every kind of outcome, one reviewed copy', () => {
		const table = (over: Partial<ScorecardState>, catalog: ScorecardCatalog = tinyCatalog) => {
			const { verdict, robustness } = buildDecisionTable(catalog, { ...defaultScorecardState(catalog), ...over });
			return { verdict, robustness };
		};
		const raising: ScorecardCatalog = {
			criteria: [
				{ id: 'speed', label: 'Speed' },
				{ id: 'cost', label: 'Cost' },
			],
			languages: [
				{ id: 'lead', name: 'Lead', seeded: { speed: 5, cost: 1 } },
				{ id: 'near', name: 'Near', seeded: { speed: 4, cost: 3 } },
			],
			defaultLanguages: ['lead', 'near'],
		};
		expect({
			'no language': table({ languages: [] }),
			'one language': table({ languages: ['alpha'] }),
			'every weight 0': table({ weights: { speed: 0, cost: 0 } }),
			tie: table({ languages: ['alpha', 'gamma'], weights: { speed: 1, cost: 1 } }),
			'too close': table({
				weights: { speed: 1, cost: 9 },
				languages: ['beta', 'gamma'],
				scores: { beta: { cost: 3 }, gamma: { speed: 2 } },
			}),
			'a lead, lowering flips it': table({}),
			'a lead, raising flips it': table({ weights: { speed: 4, cost: 1 } }, raising),
			'a lead no single weight flips': table({
				languages: ['beta', 'gamma'],
				scores: { gamma: { speed: 5, cost: 5 } },
			}),
		}).toMatchInlineSnapshot(`
			{
			  "a lead no single weight flips": {
			    "robustness": "No single weight change within 0–10 puts another language ahead of Gamma.",
			    "verdict": "Gamma leads with 100.0 points, 62.5 ahead of Beta.",
			  },
			  "a lead, lowering flips it": {
			    "robustness": "Lowering the weight of Speed from 5 to below 3.75 (in whole steps: 3) puts Beta ahead of Alpha; that is the smallest single change that does.",
			    "verdict": "Alpha leads with 50.0 points, 12.5 ahead of Beta.",
			  },
			  "a lead, raising flips it": {
			    "robustness": "Raising the weight of Cost from 1 to above 2 (in whole steps: 3) puts Near ahead of Lead; that is the smallest single change that does.",
			    "verdict": "Lead leads with 80.0 points, 10.0 ahead of Near.",
			  },
			  "every weight 0": {
			    "robustness": "With first place shared, any change to a weight that favours one of the leaders decides it.",
			    "verdict": "Every weight is 0, so nothing separates the languages. Give at least one criterion a weight.",
			  },
			  "no language": {
			    "robustness": "With no language there is nothing to rank.",
			    "verdict": "No language is compared yet. Add at least two to compare them.",
			  },
			  "one language": {
			    "robustness": "With one language there is no other to put ahead of it.",
			    "verdict": "Only Alpha is compared. Add at least one more language to compare it with.",
			  },
			  "tie": {
			    "robustness": "With first place shared, any change to a weight that favours one of the leaders decides it.",
			    "verdict": "Alpha and Gamma tie for first place at 50.0 points.",
			  },
			  "too close": {
			    "robustness": "No single weight change within 0–10 puts another language ahead of Gamma.",
			    "verdict": "Too close to call: Gamma leads Beta by only 2.5 points (under 3).",
			  },
			}
		`);
	});
});
