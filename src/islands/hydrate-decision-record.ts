import { h, hydrate } from 'preact';
import type { DecisionRecordData } from '../lib/decision-record/types';
import DecisionRecord from './DecisionRecord';

/**
 * Hydrates the server-rendered decision record, the same way as the other islands (see
 * hydrate-stack-pickers.ts): no Astro island loader, and the props travel in a `data-props`
 * attribute (JSON the build wrote, never executed), so a strict Content-Security-Policy has nothing
 * inline to allow.
 */
for (const root of document.querySelectorAll<HTMLElement>('[data-decision-record]')) {
	const data = JSON.parse(root.dataset.props ?? '{}') as DecisionRecordData;
	hydrate(h(DecisionRecord, { data }), root);
}
