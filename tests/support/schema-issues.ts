import { expect } from 'vitest';

/** What a Zod `safeParse` returns, as far as these helpers read it. */
interface ParseResult {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}

/** The issues of a failed parse as "path: message" lines, the way the build prints them. */
export function issues(result: ParseResult): string[] {
	return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

/**
 * Asserts that a parse reported an issue matching `expected` (a path and message), and lists every
 * issue it did report when it did not, so a failure shows what the schema said instead.
 */
export function expectIssue(result: ParseResult, expected: RegExp): void {
	const messages = issues(result);
	expect(
		messages.some((m) => expected.test(m)),
		messages.join('\n'),
	).toBe(true);
}
