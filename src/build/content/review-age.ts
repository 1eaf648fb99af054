/** How old a rating's review may be before the build warns, in months. */
export const REVIEW_MAX_MONTHS = 12;

/**
 * Whether a review date is older than `maxMonths` calendar months on `today`. Both dates are ISO
 * `YYYY-MM-DD` strings (or a `Date` for today), compared as calendar days in UTC, so the answer does
 * not depend on the machine's time zone. A review exactly twelve months old is still current.
 */
export function isReviewStale(reviewed: string, today: string | Date, maxMonths = REVIEW_MAX_MONTHS): boolean {
	const day = typeof today === 'string' ? today : today.toISOString().slice(0, 10);
	const [y, m, d] = reviewed.split('-').map(Number) as [number, number, number];
	// The last day that still counts as current: the same day `maxMonths` later, clamped to the end of
	// that month (a review on 31 March stays current until 31 March next year, and one on 29 February
	// until 28 February).
	const monthIndex = m - 1 + maxMonths;
	const year = y + Math.floor(monthIndex / 12);
	const month = monthIndex % 12;
	const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	const limit = new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
	return day > limit;
}

/** A rating whose review is too old, named for the build's warning. */
export interface StaleRating {
	language: string;
	criterion: string;
	reviewed: string;
}

/**
 * The ratings whose review is older than `maxMonths` on `today`, from each language's ratings.
 * The build prints one warning per rating; it does not fail, since an old review is a prompt to
 * re-check, not an error.
 */
export function staleRatings(
	languages: { id: string; ratings: { criterion: string; reviewed: string }[] }[],
	today: string | Date,
	maxMonths = REVIEW_MAX_MONTHS,
): StaleRating[] {
	return languages.flatMap((lang) =>
		lang.ratings
			.filter((r) => isReviewStale(r.reviewed, today, maxMonths))
			.map((r) => ({ language: lang.id, criterion: r.criterion, reviewed: r.reviewed })),
	);
}
