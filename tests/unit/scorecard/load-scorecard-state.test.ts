import { describe, expect, test } from 'vitest';
import {
	EMPTY_SCORECARD_LINK,
	encodeScorecardState,
	loadScorecardState,
	type ScorecardState,
} from '../../../src/lib/scorecard';
import { realScorecardDefaults } from '../../support/scorecard-catalog';

const { catalog, defaults } = realScorecardDefaults();

describe('loadScorecardState', () => {
	const linked: ScorecardState = { ...defaults, weights: { ...defaults.weights, hiring: 10 } };
	const saved: ScorecardState = { ...defaults, weights: { ...defaults.weights, hiring: 0 } };

	test('a share link wins over saved state', () => {
		const result = loadScorecardState(`?s=${encodeScorecardState(linked)}`, () => encodeScorecardState(saved), catalog);
		expect(result).toEqual({ state: linked, problems: [], origin: 'link' });
	});

	test('saved state is used when there is no link', () => {
		const result = loadScorecardState('?other=1', () => encodeScorecardState(saved), catalog);
		expect(result).toEqual({ state: saved, problems: [], origin: 'saved' });
	});

	test('without a link or saved state, starts from the defaults', () => {
		expect(loadScorecardState('', () => null, catalog)).toEqual({ state: defaults, problems: [], origin: 'default' });
	});

	test('an empty ?s= keeps the saved state and says the link’s part was empty', () => {
		const result = loadScorecardState('?s=', () => encodeScorecardState(saved), catalog);
		expect(result).toEqual({ state: saved, problems: [EMPTY_SCORECARD_LINK], origin: 'saved' });
	});

	test('an empty ?s= with nothing saved gives the defaults and the same notice', () => {
		const result = loadScorecardState('?s=&utm_source=chat', () => null, catalog);
		expect(result).toEqual({ state: defaults, problems: [EMPTY_SCORECARD_LINK], origin: 'default' });
		expect(EMPTY_SCORECARD_LINK).toBe('The link’s scorecard part was empty, so it was ignored.');
	});

	test('storage that throws gives the defaults and a notice, not an exception', () => {
		const result = loadScorecardState(
			'',
			() => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
			catalog,
		);
		expect(result.state).toEqual(defaults);
		expect(result.origin).toBe('default');
		expect(result.problems).toEqual([
			'Your browser did not let the scorecard read its saved settings, so the defaults are shown.',
		]);
	});

	test('corrupted saved state gives the defaults and a notice that names the saved settings', () => {
		const result = loadScorecardState('', () => '{"v":1', catalog);
		expect(result.state).toEqual(defaults);
		expect(result.problems).toEqual([
			'Saved settings: The scorecard data could not be read. The defaults are shown instead.',
		]);
	});

	test('a broken link gives the defaults even when saved state exists, and says the link was at fault', () => {
		const result = loadScorecardState('?s=!!', () => encodeScorecardState(saved), catalog);
		expect(result.state).toEqual(defaults);
		expect(result.problems[0]).toMatch(/^From the link: /);
	});
});
