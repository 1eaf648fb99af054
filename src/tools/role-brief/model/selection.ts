import type { BriefLanguage, BriefScenario, BriefSelection, RoleBriefData } from './types';

/** The `scenario` value that asks for a brief without scenario context. */
export const NO_SCENARIO = 'none';

/** The longest piece of a URL value a notice quotes; anything longer is cut with an ellipsis. */
const QUOTE_MAX = 40;

/**
 * The scenario a language's brief draws its context from when none is asked for: one the
 * language leads, else the first it fits, else none.
 */
export function defaultScenarioFor(language: BriefLanguage, scenarios: readonly BriefScenario[]): string | null {
	const led = scenarios.find((s) => s.language === language.id);
	if (led) return led.id;
	return language.scenarios.find((id) => scenarios.some((s) => s.id === id)) ?? null;
}

/** A URL value made safe to quote in a short notice: trimmed to a few characters, never HTML. */
function quote(value: string): string {
	const oneLine = value.replace(/\s+/g, ' ').trim();
	return oneLine.length > QUOTE_MAX ? `${oneLine.slice(0, QUOTE_MAX)}…` : oneLine;
}

/** What reading the URL produced: the selection to show and any notices about bad input. */
export interface ReadSelection {
	selection: BriefSelection;
	notices: string[];
}

/**
 * Reads `?language=<id>&scenario=<id|none>` from a query string. A missing language gives the
 * default one; an unknown language or scenario gives the default with a notice. The notice quotes
 * the bad value as plain text; callers must render it as text, never as HTML.
 */
export function readBriefSelection(search: string, data: RoleBriefData): ReadSelection {
	const params = new URLSearchParams(search);
	const notices: string[] = [];
	const fallback = data.languages.find((l) => l.id === data.defaultLanguage) ?? data.languages[0];
	if (!fallback) throw new Error('The role brief needs at least one language');

	const askedLanguage = params.get('language');
	let language = fallback;
	if (askedLanguage !== null) {
		const found = data.languages.find((l) => l.id === askedLanguage);
		if (found) language = found;
		else
			notices.push(
				`The link asked for a language the playbook does not cover ("${quote(askedLanguage)}"), so the brief shows ${fallback.name}.`,
			);
	}

	const askedScenario = params.get('scenario');
	let scenarioId = defaultScenarioFor(language, data.scenarios);
	if (askedScenario === NO_SCENARIO) scenarioId = null;
	else if (askedScenario !== null) {
		if (data.scenarios.some((s) => s.id === askedScenario)) scenarioId = askedScenario;
		else
			notices.push(
				`The link asked for a scenario the playbook does not have ("${quote(askedScenario)}"), so the brief uses the usual one for ${language.name}.`,
			);
	}
	return { selection: { languageId: language.id, scenarioId }, notices };
}

/**
 * The query string for a selection, for a shareable address. The scenario is written only when it
 * differs from the language's usual one, so the stack picker's plain `?language=<id>` links and
 * this page's own addresses look alike.
 */
export function writeBriefSelection(selection: BriefSelection, data: RoleBriefData): string {
	const params = new URLSearchParams({ language: selection.languageId });
	const language = data.languages.find((l) => l.id === selection.languageId);
	const usual = language ? defaultScenarioFor(language, data.scenarios) : null;
	if (selection.scenarioId !== usual) params.set('scenario', selection.scenarioId ?? NO_SCENARIO);
	return `?${params}`;
}
