import type { DecisionRecordData } from '../lib/decision-record/types';
import { mountDecisionRecord } from './DecisionRecord';

/**
 * Starts the decision record on every page that has one. Like the other islands, it needs no Astro
 * island loader: the props travel in a `data-props` attribute (JSON the build wrote, never
 * executed), so a strict Content-Security-Policy has nothing inline to allow.
 */
for (const root of document.querySelectorAll<HTMLElement>('[data-decision-record]')) {
	mountDecisionRecord(root, JSON.parse(root.dataset.props ?? '{}') as DecisionRecordData);
}
