import { readFileSync } from 'node:fs';
import { htmlFileOf, ISLAND_MARKUP, sitemapPaths } from '../../scripts/measure/built-site';

/** Where the build writes the site; browser tests build it once in their global setup. */
export const DIST = 'dist';

/** The page a static host serves for an unknown address; no sitemap lists it, so it is added here. */
export const NOT_FOUND_PAGE = '/404.html';

/**
 * Every page of the built site, read from its sitemap, and the 404 page, so that a page added later (an island, a Team
 * page) is held to every site-wide gate without editing a list. Read when a test file loads, which
 * is after the global setup has built the site.
 */
export const SITE_PAGES: string[] = [...sitemapPaths(DIST), NOT_FOUND_PAGE];

/** The two interactive tools the README names first (the stack picker and the scorecard); they must be among `ISLAND_PAGES`. */
export const TOOL_ISLAND_PAGES = ['/tools/stack-picker/', '/tools/scorecard/'] as const;

/**
 * Every page that holds an interactive island, found in the built HTML (the picker, the scorecard,
 * the role brief …); each must be keyboard-operable and read well without JavaScript.
 */
export const ISLAND_PAGES: string[] = SITE_PAGES.filter((path) =>
	ISLAND_MARKUP.test(readFileSync(htmlFileOf(DIST, path), 'utf8')),
);

/** A language profile, a scenario and the home page: the pages most readers land on. */
export const LANDING_PAGES = ['/', '/languages/python/', '/scenarios/ai-mvp/'] as const;
