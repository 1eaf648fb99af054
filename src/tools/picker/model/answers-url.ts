import { storageKey } from '../../../common/storage-keys';
import type { PickerAnswers } from './types';

/** The questions as the URL codec needs them: each id and its allowed values. */
export interface PickerQuestionKeys {
	id: string;
	options: readonly { value: string }[];
}

/** Why part of a query string was ignored. */
export type PickerUrlProblemKind = 'unknown-key' | 'unknown-value' | 'repeated-key' | 'too-long' | 'markup';

export interface PickerUrlProblem {
	kind: PickerUrlProblemKind;
	/** The parameter name, only when it is a known question id (URL text is never echoed otherwise). */
	key?: string;
}

/**
 * The localStorage key the stack picker keeps the reader's last answers under, as its query string,
 * so the decision record can use them when the reader arrives from another page.
 */
export const PICKER_STORAGE_KEY = storageKey('picker');

/** Longer values are never valid (option values are short slugs), so they are dropped unread. */
export const MAX_VALUE_LENGTH = 40;
/** A query string longer than this is not parsed beyond this point. */
export const MAX_QUERY_LENGTH = 2000;

/** Characters that only appear in markup or script payloads, never in a slug. */
const MARKUP = /[<>"'`]|javascript:/i;

/**
 * Writes the answers as a query string (without `?`), in question order, so the same answers always
 * give the same permalink. Unanswered questions and unknown answers are left out.
 */
export function encodePickerAnswers(answers: PickerAnswers, questions: readonly PickerQuestionKeys[]): string {
	const params = new URLSearchParams();
	for (const question of questions) {
		const value = answers[question.id];
		if (value !== undefined && question.options.some((o) => o.value === value)) params.set(question.id, value);
	}
	return params.toString();
}

/**
 * Reads answers from a query string (with or without `?`). Anything that is not exactly one known
 * value for a known question is ignored and reported as a problem: unknown keys and values, a key
 * given twice (which answer was meant is unclear, so neither is kept), over-long values and
 * anything that looks like markup. The answers only ever hold known option values, so nothing from
 * the URL can reach the page as text.
 */
export function decodePickerAnswers(
	search: string,
	questions: readonly PickerQuestionKeys[],
): { answers: PickerAnswers; problems: PickerUrlProblem[] } {
	const problems: PickerUrlProblem[] = [];
	let query = search.startsWith('?') ? search.slice(1) : search;
	if (query.length > MAX_QUERY_LENGTH) {
		problems.push({ kind: 'too-long' });
		query = query.slice(0, MAX_QUERY_LENGTH);
	}
	const byId = new Map(questions.map((q) => [q.id, q]));
	const params = [...new URLSearchParams(query)];
	const counts = new Map<string, number>();
	for (const [key] of params) counts.set(key, (counts.get(key) ?? 0) + 1);

	const answers: Record<string, string> = {};
	const reported = new Set<string>();
	for (const [key, value] of params) {
		const question = byId.get(key);
		if (!question) {
			const kind =
				MARKUP.test(key) || MARKUP.test(value) ? 'markup' : key.length > MAX_VALUE_LENGTH ? 'too-long' : 'unknown-key';
			problems.push({ kind });
			continue;
		}
		if ((counts.get(key) ?? 0) > 1) {
			if (!reported.has(key)) problems.push({ kind: 'repeated-key', key });
			reported.add(key);
			continue;
		}
		// Known values are accepted first, so a value such as "javascript-market" is never mistaken for a payload.
		if (question.options.some((o) => o.value === value)) answers[key] = value;
		else if (value.length > MAX_VALUE_LENGTH) problems.push({ kind: 'too-long', key });
		else if (MARKUP.test(value)) problems.push({ kind: 'markup', key });
		else problems.push({ kind: 'unknown-value', key });
	}
	return { answers, problems };
}

const PROBLEM_TEXT: Record<PickerUrlProblemKind, string> = {
	'unknown-key': 'an unknown setting',
	'unknown-value': 'an answer the picker does not offer',
	'repeated-key': 'a question answered twice',
	'too-long': 'a value that was too long',
	markup: 'text that looked like code',
};

/** A short sentence for the notice, such as "The link had 2 problems (…), so those parts were ignored." */
export function describeUrlProblems(problems: readonly PickerUrlProblem[]): string {
	const kinds = [...new Set(problems.map((p) => p.kind))].map((kind) => PROBLEM_TEXT[kind]);
	const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
	return `This link had ${count} (${kinds.join('; ')}), so those parts were ignored.`;
}
