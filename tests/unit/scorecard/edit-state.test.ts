import { describe, expect, test } from 'vitest';
import {
	buildDecisionTable,
	defaultScorecardState,
	rankingAnnouncement,
	rankingKey,
	withLanguage,
	withScore,
	withWeight,
} from '../../../src/tools/scorecard/model';
import { tinyCatalog } from '../../support/scorecard-catalog';

/** The tiny catalog's default state, made inside each test rather than when the file loads. */
const defaults = () => defaultScorecardState(tinyCatalog);

describe('the scorecard’s edits', () => {
	test('withWeight sets one weight and leaves the others and the original state alone', () => {
		const start = defaults();
		const next = withWeight(start, 'cost', 9);
		expect(next.weights).toEqual({ speed: 5, cost: 9 });
		expect(start.weights.cost).toBe(5);
	});

	test('withScore keeps only scores that differ from the playbook’s rating', () => {
		const start = defaults();
		const edited = withScore(tinyCatalog, start, 'alpha', 'cost', 4);
		expect(edited.scores).toEqual({ alpha: { cost: 4 } });
		// Setting the seeded score again, or restoring with null, drops the edit and the empty language.
		expect(withScore(tinyCatalog, edited, 'alpha', 'cost', 1).scores).toEqual({});
		expect(withScore(tinyCatalog, edited, 'alpha', 'cost', null).scores).toEqual({});
	});

	test('withScore compares with the edited language’s own rating, not another’s', () => {
		const start = defaults();
		// Beta's speed is rated 1 and Alpha's 5: a 5 for Beta is an edit, however Alpha is rated.
		expect(withScore(tinyCatalog, start, 'beta', 'speed', 5).scores).toEqual({ beta: { speed: 5 } });
	});

	test('withScore keeps an edit for a language the catalog no longer has, rather than failing', () => {
		const start = defaults();
		expect(withScore(tinyCatalog, start, 'retired', 'speed', 3).scores).toEqual({ retired: { speed: 3 } });
	});

	test('withScore keeps a language’s other edits when one is restored', () => {
		const start = defaults();
		const two = withScore(tinyCatalog, withScore(tinyCatalog, start, 'beta', 'speed', 2), 'beta', 'cost', 5);
		expect(withScore(tinyCatalog, two, 'beta', 'cost', null).scores).toEqual({ beta: { speed: 2 } });
	});

	test('withLanguage keeps the catalog’s order whatever order languages are ticked in', () => {
		const start = defaults();
		const onlyBeta = { ...start, languages: ['beta'] };
		expect(withLanguage(tinyCatalog, onlyBeta, 'gamma', true).languages).toEqual(['beta', 'gamma']);
		expect(withLanguage(tinyCatalog, onlyBeta, 'alpha', true).languages).toEqual(['alpha', 'beta']);
		expect(withLanguage(tinyCatalog, start, 'alpha', false).languages).toEqual(['beta']);
	});
});

describe('the ranking announcement', () => {
	test('its key changes when the order changes, not when totals merely move', () => {
		const start = defaults();
		const table = buildDecisionTable(tinyCatalog, start);
		const heavierCost = buildDecisionTable(tinyCatalog, withWeight(start, 'cost', 10));
		const slightlyMoved = buildDecisionTable(tinyCatalog, withWeight(start, 'speed', 6));
		expect(rankingKey(heavierCost)).not.toBe(rankingKey(table));
		expect(rankingKey(slightlyMoved)).toBe(rankingKey(table));
	});

	test('names every compared language with its total, best first', () => {
		const start = defaults();
		const table = buildDecisionTable(tinyCatalog, start);
		const [first, second] = table.columns;
		const announcement = rankingAnnouncement(table);
		const named = [`${first!.name} ${first!.total.toFixed(1)}`, `${second!.name} ${second!.total.toFixed(1)}`];
		expect(announcement.indexOf(named[0]!)).toBeGreaterThan(-1);
		expect(announcement.indexOf(named[1]!)).toBeGreaterThan(announcement.indexOf(named[0]!));
		expect(rankingAnnouncement(buildDecisionTable(tinyCatalog, withWeight(start, 'cost', 10)))).not.toBe(announcement);
		expect(announcement).toMatchInlineSnapshot(`"New ranking: Alpha 50.0, Beta 37.5."`);
	});
});
