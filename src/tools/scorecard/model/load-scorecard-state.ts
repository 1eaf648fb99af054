import { defaultScorecardState, type ScorecardCatalog } from './catalog';
import { type DecodedScorecardState, decodeScorecardState, EMPTY_SCORECARD_LINK, SCORECARD_PARAM } from './state-codec';

// Kept apart from the codec because only the scorecard page starts from it. The decision record
// decodes scorecards as well but picks its own sources, and everything in the codec's module is
// loaded by both pages (their shared chunk); here it costs the record page nothing.

/** Where the starting state came from. */
export type ScorecardStateOrigin = 'link' | 'saved' | 'default';

/**
 * Picks the starting state: a share link (`?s=` in `search`) wins over saved state, which wins over
 * the defaults. An empty `?s=` counts as no link (with a notice), never as a link to the defaults. `readSaved` may throw (storage disabled, quota, privacy modes); that is reported, not
 * raised. Problems say which of the two sources they concern.
 */
export function loadScorecardState(
	search: string,
	readSaved: () => string | null,
	catalog: ScorecardCatalog,
): DecodedScorecardState & { origin: ScorecardStateOrigin } {
	const fromLink = new URLSearchParams(search).get(SCORECARD_PARAM);
	if (fromLink) {
		const decoded = decodeScorecardState(fromLink, catalog);
		return { ...decoded, problems: decoded.problems.map((p) => `From the link: ${p}`), origin: 'link' };
	}
	// An empty `?s=` is read as no link at all, so the saved state stays, and the reader is told.
	const notes = fromLink === '' ? [EMPTY_SCORECARD_LINK] : [];
	let saved: string | null;
	try {
		saved = readSaved();
	} catch {
		return {
			state: defaultScorecardState(catalog),
			problems: [
				...notes,
				'Your browser did not let the scorecard read its saved settings, so the defaults are shown.',
			],
			origin: 'default',
		};
	}
	if (saved === null) return { state: defaultScorecardState(catalog), problems: notes, origin: 'default' };
	const decoded = decodeScorecardState(saved, catalog);
	return {
		...decoded,
		problems: [...notes, ...decoded.problems.map((p) => `Saved settings: ${p}`)],
		origin: 'saved',
	};
}
