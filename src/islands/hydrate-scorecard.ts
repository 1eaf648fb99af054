import { h, hydrate } from 'preact';
import type { ScorecardData } from '../lib/scorecard/scorecard-data';
import Scorecard from './Scorecard';

/**
 * Hydrates the server-rendered decision scorecard. Like the stack picker, it skips Astro's `client:*`
 * directives, whose inline loader and renderer would cost about 3.6 kB gzip of the island budget and
 * put an inline script on the page that a strict Content-Security-Policy would have to allow. The
 * props travel in a `data-props` attribute (JSON the build wrote, never executed).
 */
for (const root of document.querySelectorAll<HTMLElement>('[data-scorecard]')) {
	const data = JSON.parse(root.dataset.props ?? '{}') as ScorecardData;
	hydrate(h(Scorecard, { data }), root);
}
