import { h, hydrate } from 'preact';
import StackPicker, { type StackPickerProps } from './StackPicker';

/**
 * Hydrates every server-rendered stack picker on the page. This replaces Astro's `client:*`
 * directives for this island: their loader, renderer and preload helper add about 3.6 kB gzip of
 * JavaScript, which with Preact itself would leave too little of the 10 kB budget for the picker.
 * The props travel in a `data-props` attribute (JSON, never executed), so a strict
 * Content-Security-Policy has nothing inline to allow.
 */
function hydrateAll() {
	for (const root of document.querySelectorAll<HTMLElement>('[data-stack-picker]')) {
		const start = () => {
			const props = JSON.parse(root.dataset.props ?? '{}') as StackPickerProps;
			hydrate(h(StackPicker, props), root);
		};
		if (root.dataset.hydrate !== 'visible' || !('IntersectionObserver' in window)) {
			start();
			continue;
		}
		// Like `client:visible`: load the picker's work only once it scrolls into view.
		const observer = new IntersectionObserver((entries) => {
			if (entries.some((e) => e.isIntersecting)) {
				observer.disconnect();
				start();
			}
		});
		observer.observe(root);
	}
}

hydrateAll();
