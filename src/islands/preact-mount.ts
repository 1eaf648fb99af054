import { type ComponentType, h, hydrate } from 'preact';
import type { Mount } from './hydrate';

/**
 * A mount function for a Preact island: it hydrates the markup the build rendered from the same
 * props, so the reader sees no flash. Kept apart from `hydrate.ts` so the decision record, which is
 * built without Preact, does not download Preact.
 */
export function preactMount<P>(Component: ComponentType<P>): Mount<P> {
	return (root, props) => hydrate(h(Component, props as P & {}), root);
}
