/**
 * The site's addresses, as plain code: the islands, `src/lib` and the Astro components all link
 * through these, so a page that moves is renamed in one place (the link check in
 * `src/build/integrations/` then fails the build on any link this file gets wrong).
 */

/** The stack picker's page. */
export const PICKER_PATH = '/tools/stack-picker/';
/** The decision scorecard's page. */
export const SCORECARD_PATH = '/tools/scorecard/';
/** The decision record's page; it reads the picker's and the scorecard's query parameters. */
export const DECISION_RECORD_PATH = '/tools/decision-record/';
/** The role brief's page; `?language=<id>` picks the language. */
export const ROLE_BRIEF_PATH = '/team/role-brief/';

/** The page of a language profile, such as `/languages/go/`. */
export const languageHref = (id: string) => `/languages/${id}/`;
/** The page of a scenario, such as `/scenarios/fintech-api/`. */
export const scenarioHref = (id: string) => `/scenarios/${id}/`;
/** A term's entry on the glossary page, such as `/reference/glossary/#jvm`. */
export const glossaryHref = (anchor: string) => `/reference/glossary/#${anchor}`;
/**
 * Kinds of source listed on their own page, "Primary sources we checked", rather than beside the
 * five articles: there are many, and one page holding all would outgrow a first visit's budget.
 */
export const PRIMARY_SOURCE_KINDS: readonly string[] = ['documentation', 'news'];
/** The page that lists the sources of `kind`: the primary sources' page or the sources page. */
export const sourcesPageOf = (kind: string) =>
	PRIMARY_SOURCE_KINDS.includes(kind) ? '/reference/primary-sources/' : '/reference/sources/';
/** A source's entry on the page that lists its kind, such as `/reference/sources/#source-tiobe`. */
export const sourceHref = (id: string, kind: string) => `${sourcesPageOf(kind)}#source-${id}`;

/**
 * `path` with `query` appended when there is one: `withQuery('/a/', '')` is `/a/`, and
 * `withQuery('/a/', 'x=1')` is `/a/?x=1`.
 */
export const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);
