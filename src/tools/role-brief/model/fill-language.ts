/** Where a skill's text names the chosen language; mirrors LANGUAGE_PLACEHOLDER in the schema. */
const PLACEHOLDER = /\{language\}/g;

/**
 * Replaces the `{language}` placeholder in a checklist line with `name`, such as "Go" in a role
 * brief or "your chosen language" on the checklist page.
 */
export function fillLanguage(text: string, name: string): string {
	// A function replacement inserts the name as written; a string one would expand `$&`, `$'` and
	// the like inside it.
	return text.replace(PLACEHOLDER, () => name);
}
