/** One change of one rating, flattened for the Reference page of rating changes. */
export interface RatingChangeRow {
	date: string;
	language: string;
	languageName: string;
	criterion: string;
	criterionLabel: string;
	from: number;
	to: number;
	why: string;
}

interface LanguageInput {
	id: string;
	name: string;
	ratings: { criterion: string; history: { date: string; from: number; to: number; why: string }[] }[];
}

/**
 * Every rating change of every language, newest first, like a technology radar's "moved in and out"
 * list. Changes on the same day keep the order of the languages and criteria given, so the page is
 * stable from build to build.
 */
export function ratingChanges(
	languages: LanguageInput[],
	criterionLabels: ReadonlyMap<string, string>,
): RatingChangeRow[] {
	const rows = languages.flatMap((lang) =>
		lang.ratings.flatMap((rating) =>
			rating.history.map((change) => ({
				date: change.date,
				language: lang.id,
				languageName: lang.name,
				criterion: rating.criterion,
				criterionLabel: criterionLabels.get(rating.criterion) ?? rating.criterion,
				from: change.from,
				to: change.to,
				why: change.why,
			})),
		),
	);
	// Array.prototype.sort is stable, so equal dates keep their input order.
	return rows.sort(newestFirst);
}

/** Orders rows by date, newest first; rows of the same day compare equal. */
function newestFirst(a: RatingChangeRow, b: RatingChangeRow): number {
	if (a.date > b.date) return -1;
	// Equal dates answer 0, as the sort contract asks, though V8 only asks whether the answer is below zero.
	return a.date < b.date ? 1 : 0;
}
