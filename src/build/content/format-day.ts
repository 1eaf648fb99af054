/**
 * An ISO day (`2026-11-30`) written the British way ("30 November 2026"), in UTC so that the build
 * machine's time zone cannot shift it by a day.
 */
export function formatDay(iso: string): string {
	return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	});
}
