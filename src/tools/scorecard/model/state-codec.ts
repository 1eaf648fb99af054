import { decodeVersionedJson, toBase64Url } from '../../../common/base64url';
import { isRecord } from '../../../common/is-record';
import { storageKey } from '../../../common/storage-keys';
import {
	defaultScorecardState,
	MIN_LANGUAGES,
	SCORE_MAX,
	SCORE_MIN,
	SCORECARD_STATE_VERSION,
	type ScorecardCatalog,
	type ScorecardState,
	WEIGHT_MAX,
	WEIGHT_MIN,
} from './catalog';

/**
 * The wire form of a state, kept short because it travels in a URL: `v` version, `w` weights by
 * criterion id, `l` compared language ids, `s` edited scores by language id then criterion id, `p`
 * the preset the weights started from (since version 2; absent when there is none).
 */
interface WireState {
	v: number;
	w: Record<string, number>;
	l: string[];
	s?: Record<string, Record<string, number>>;
	p?: string;
}

/** Versions a decoder reads: version 1 had no preset, so it migrates as "no preset". */
const READABLE_VERSIONS = [1, SCORECARD_STATE_VERSION];

/** The query parameter that carries the encoded state in a share link. */
export const SCORECARD_PARAM = 's';
/** The localStorage key the scorecard remembers its state under. */
export const SCORECARD_STORAGE_KEY = storageKey('scorecard');
/** Longer input than any real state could produce is refused before it is parsed. */
const MAX_ENCODED_LENGTH = 4000;

/** What a decoder hands back: always a usable state, and a short note for each thing it rejected. */
export interface DecodedScorecardState {
	state: ScorecardState;
	/** Plain-text notices for the reader; empty when the input was used as it was. */
	problems: string[];
}

/**
 * Encodes a state as unpadded base64url JSON, safe to put in a URL query as it is. The decision
 * record and any other page can pass it on in `?s=` and read it back with `decodeScorecardState`.
 */
export function encodeScorecardState(state: ScorecardState): string {
	const wire: WireState = { v: state.version, w: state.weights, l: state.languages };
	const edited = Object.entries(state.scores).filter(([, byCriterion]) => Object.keys(byCriterion).length > 0);
	if (edited.length > 0) wire.s = Object.fromEntries(edited);
	if (state.preset !== null) wire.p = state.preset;
	return toBase64Url(JSON.stringify(wire));
}

/** Whether a value from a link is a whole number from `min` to `max`. */
function isWhole(value: unknown, min: number, max: number): value is number {
	// Number.isInteger is false for anything but a number; this check narrows the type for the comparisons below.
	if (typeof value !== 'number') return false;
	return Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Decodes an encoded state against the catalog. It never throws, and always returns a valid state:
 * input it cannot read at all (broken base64 or JSON, not an object, an unknown version, too long)
 * gives the defaults; otherwise each bad part (a weight that is not a whole number from 0 to 10, an
 * unknown language or criterion, a score off the 1–5 scale) falls back to its default on its own,
 * and every fallback is reported in `problems`. Problems never quote the input, so nothing the URL
 * says reaches the page, even as text.
 */
export function decodeScorecardState(
	encoded: string | null | undefined,
	catalog: ScorecardCatalog,
): DecodedScorecardState {
	const defaults = defaultScorecardState(catalog);
	if (encoded === null || encoded === undefined || encoded === '') return { state: defaults, problems: [] };
	const unreadable = (reason: string) => ({ state: defaults, problems: [`${reason} The defaults are shown instead.`] });
	if (encoded.length > MAX_ENCODED_LENGTH) return unreadable('The scorecard data was too long to be genuine.');
	const wire = decodeVersionedJson(encoded, READABLE_VERSIONS);
	if (wire === 'unreadable') return unreadable('The scorecard data could not be read.');
	if (wire === 'unknown-version') return unreadable('The scorecard data is from an unknown version.');

	const problems: string[] = [];
	const criterionLabel = new Map(catalog.criteria.map((c) => [c.id, c.label]));
	const languageById = new Map(catalog.languages.map((l) => [l.id, l]));

	// Weights: each known criterion on its own; a missing one (say, a criterion added since the link
	// was made) quietly takes the default.
	const weights = { ...defaults.weights };
	if (wire.w !== undefined && !isRecord(wire.w)) problems.push('The weights could not be read; using equal weights.');
	const wireWeights = isRecord(wire.w) ? wire.w : {};
	for (const [id, value] of Object.entries(wireWeights)) {
		const label = criterionLabel.get(id);
		if (label === undefined) {
			problems.push('A weight for an unknown criterion was ignored.');
		} else if (isWhole(value, WEIGHT_MIN, WEIGHT_MAX)) {
			weights[id] = value;
		} else {
			problems.push(
				`The weight for ${label} must be a whole number from ${WEIGHT_MIN} to ${WEIGHT_MAX}; using ${weights[id]}.`,
			);
		}
	}

	// Languages: known, distinct ids in the given order; too few left means the default set.
	let languages: string[] = [];
	if (Array.isArray(wire.l)) {
		for (const id of wire.l) {
			// The map's keys are strings, so a number or anything else in the list is unknown as well.
			if (!languageById.has(id)) problems.push('An unknown language was ignored.');
			else if (!languages.includes(id)) languages.push(id);
		}
	} else if (wire.l !== undefined) {
		problems.push('The list of languages could not be read.');
	}
	if (languages.length < MIN_LANGUAGES) {
		if (wire.l !== undefined) problems.push('Fewer than two languages were left to compare; using the default set.');
		languages = defaults.languages;
	}

	// Edited scores: kept per language and criterion when both are known and the score is on the scale.
	const scores: ScorecardState['scores'] = {};
	if (wire.s !== undefined && !isRecord(wire.s)) problems.push('The edited scores could not be read.');
	const wireScores = isRecord(wire.s) ? wire.s : {};
	for (const [languageId, byCriterion] of Object.entries(wireScores)) {
		const language = languageById.get(languageId);
		if (!language || !isRecord(byCriterion)) {
			problems.push('Scores for an unknown language were ignored.');
			continue;
		}
		for (const [criterionId, value] of Object.entries(byCriterion)) {
			const label = criterionLabel.get(criterionId);
			if (label === undefined) {
				problems.push('A score for an unknown criterion was ignored.');
			} else if (isWhole(value, SCORE_MIN, SCORE_MAX)) {
				scores[languageId] = { ...scores[languageId], [criterionId]: value };
			} else {
				problems.push(
					`The score for ${language.name} on ${label} must be a whole number from ${SCORE_MIN} to ${SCORE_MAX}; using the playbook's ${language.seeded[criterionId]}.`,
				);
			}
		}
	}

	// The preset: only a known id is kept. An unknown one (a preset since renamed or removed) is
	// dropped with a notice; the weights the link carries still apply, since they are what counts.
	let preset: string | null = null;
	if (wire.p !== undefined) {
		// Found by id, so only one of the catalog's own strings is ever kept, whatever the link held.
		const known = catalog.presets?.find((p) => p.id === wire.p);
		if (known) preset = known.id;
		else problems.push('The preset named in the link is not known, so none is shown as chosen; its weights are kept.');
	}

	return {
		state: { version: SCORECARD_STATE_VERSION, weights, languages, scores, preset },
		problems: [...new Set(problems)],
	};
}

/**
 * The notice for a link whose `s` parameter is present but empty (a link cut short, or a template
 * with nothing filled in). Such a link carries no scorecard, so it must not replace a saved one.
 */
export const EMPTY_SCORECARD_LINK = 'The link’s scorecard part was empty, so it was ignored.';
