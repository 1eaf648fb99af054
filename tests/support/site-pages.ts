import { sitemapPaths } from '../../src/lib/quality/built-site';

/** Where the build writes the site; browser tests build it once in their global setup. */
export const DIST = 'dist';

/**
 * Every page of the built site, read from its sitemap, so that a page added later (an island, a Team
 * page) is held to every site-wide gate without editing a list. Read when a test file loads, which
 * is after the global setup has built the site.
 */
export const SITE_PAGES: string[] = sitemapPaths(DIST);

/** The pages that hold an interactive island; each must also work, and read well, without JavaScript. */
export const ISLAND_PAGES = ['/tools/stack-picker/', '/tools/scorecard/'] as const;

/** A language profile, a scenario and the home page: the pages most readers land on. */
export const LANDING_PAGES = ['/', '/languages/python/', '/scenarios/ai-mvp/'] as const;
