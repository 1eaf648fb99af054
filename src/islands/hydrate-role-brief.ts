import { h, hydrate } from 'preact';
import type { RoleBriefData } from '../lib/role-brief';
import RoleBrief from './RoleBrief';

/**
 * Hydrates the server-rendered role brief, the same way the stack picker is hydrated (see
 * hydrate-stack-pickers.ts): no Astro island loader, and the props travel in a `data-props`
 * attribute (JSON, never executed), so a strict Content-Security-Policy has nothing inline to allow.
 */
for (const root of document.querySelectorAll<HTMLElement>('[data-role-brief]')) {
	const props = JSON.parse(root.dataset.props ?? '{}') as RoleBriefData;
	hydrate(h(RoleBrief, props), root);
}
