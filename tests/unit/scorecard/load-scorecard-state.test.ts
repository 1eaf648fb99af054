import { describe, expect, test } from 'vitest';
import {
	decodeScorecardState,
	defaultScorecardState,
	EMPTY_SCORECARD_LINK,
	encodeScorecardState,
	loadScorecardState,
	type ScorecardState,
} from '../../../src/tools/scorecard/model';
import { scorecardCatalog } from '../../support/playbook-data';

/** The real catalog, its defaults, and a linked and a saved state that differ from both, made inside each test. */
function setup() {
	const catalog = scorecardCatalog();
	const defaults = defaultScorecardState(catalog);
	const linked: ScorecardState = { ...defaults, weights: { ...defaults.weights, hiring: 10 } };
	const saved: ScorecardState = { ...defaults, weights: { ...defaults.weights, hiring: 0 } };
	return { catalog, defaults, linked, saved };
}

describe('loadScorecardState', () => {
	test('a share link wins over saved state', () => {
		const { catalog, linked, saved } = setup();
		const result = loadScorecardState(`?s=${encodeScorecardState(linked)}`, () => encodeScorecardState(saved), catalog);
		expect(result).toEqual({ state: linked, problems: [], origin: 'link' });
	});

	test('saved state is used when there is no link', () => {
		const { catalog, saved } = setup();
		const result = loadScorecardState('?other=1', () => encodeScorecardState(saved), catalog);
		expect(result).toEqual({ state: saved, problems: [], origin: 'saved' });
	});

	test('without a link or saved state, starts from the defaults', () => {
		const { catalog, defaults } = setup();
		expect(loadScorecardState('', () => null, catalog)).toEqual({ state: defaults, problems: [], origin: 'default' });
	});

	test('an empty ?s= keeps the saved state and says the link’s part was empty', () => {
		const { catalog, saved } = setup();
		const result = loadScorecardState('?s=', () => encodeScorecardState(saved), catalog);
		expect(result).toEqual({ state: saved, problems: [EMPTY_SCORECARD_LINK], origin: 'saved' });
	});

	test('an empty ?s= with nothing saved gives the defaults and the same notice', () => {
		const { catalog, defaults } = setup();
		const result = loadScorecardState('?s=&utm_source=chat', () => null, catalog);
		expect(result).toEqual({ state: defaults, problems: [EMPTY_SCORECARD_LINK], origin: 'default' });
	});

	test('storage that throws gives the defaults and a notice, not an exception', () => {
		const { catalog, defaults } = setup();
		const result = loadScorecardState(
			'',
			() => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
			catalog,
		);
		expect(result.state).toEqual(defaults);
		expect(result.origin).toBe('default');
		expect(result.problems).toHaveLength(1);
		// Refused storage is not the same as corrupted saved state.
		expect(result.problems[0]).not.toContain(decodeScorecardState('!!', catalog).problems[0]);
	});

	test('corrupted saved state gives the defaults and a notice that names the saved settings', () => {
		const { catalog, defaults } = setup();
		const result = loadScorecardState('', () => '{"v":1', catalog);
		expect(result.state).toEqual(defaults);
		expect(result.problems).toEqual([`Saved settings: ${decodeScorecardState('{"v":1', catalog).problems[0]}`]);
	});

	test('a broken link gives the defaults even when saved state exists, and says the link was at fault', () => {
		const { catalog, defaults, saved } = setup();
		const result = loadScorecardState('?s=!!', () => encodeScorecardState(saved), catalog);
		expect(result.state).toEqual(defaults);
		expect(result.problems).toEqual([`From the link: ${decodeScorecardState('!!', catalog).problems[0]}`]);
	});

	test('the notices of the scorecard page’s start, one reviewed copy', () => {
		const { catalog } = setup();
		const refuse = () => {
			throw new Error('SecurityError');
		};
		expect({
			'empty link': loadScorecardState('?s=', () => null, catalog).problems,
			'storage refused': loadScorecardState('', refuse, catalog).problems,
			'empty link, storage refused': loadScorecardState('?s=', refuse, catalog).problems,
			'unreadable link': loadScorecardState('?s=!!', () => null, catalog).problems,
			'unreadable saved settings': loadScorecardState('', () => '!!', catalog).problems,
		}).toMatchInlineSnapshot(`
			{
			  "empty link": [
			    "The link’s scorecard part was empty, so it was ignored.",
			  ],
			  "empty link, storage refused": [
			    "The link’s scorecard part was empty, so it was ignored.",
			    "Your browser did not let the scorecard read its saved settings, so the defaults are shown.",
			  ],
			  "storage refused": [
			    "Your browser did not let the scorecard read its saved settings, so the defaults are shown.",
			  ],
			  "unreadable link": [
			    "From the link: The scorecard data could not be read. The defaults are shown instead.",
			  ],
			  "unreadable saved settings": [
			    "Saved settings: The scorecard data could not be read. The defaults are shown instead.",
			  ],
			}
		`);
	});
});
