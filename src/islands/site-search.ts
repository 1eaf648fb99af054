/**
 * The behaviour of the site's search button and dialog (`src/components/overrides/Search.astro`),
 * kept out of the component so the component stays markup and style. Results themselves are listed by
 * `search-engine.ts`, which is loaded only on intent, like Pagefind. Starlight's Pagefind options
 * come in as an argument, from the component's script, so this module does not depend on
 * Starlight's virtual modules.
 */
import { startSearch } from './search-start';

/** Whether a key press is the search shortcut: Ctrl K or ⌘ K anywhere, `/` outside a text field. */
const isShortcut = (e: KeyboardEvent) => {
	if ((e.metaKey || e.ctrlKey) && e.key === 'k') return true;
	const target = e.target as HTMLElement | null;
	return e.key === '/' && !target?.closest?.('input, textarea, select, [contenteditable]');
};

/**
 * Defines `<site-search>`, the search button and dialog that `Search.astro` renders: it wires the
 * button, the shortcuts (Ctrl K, ⌘ K and `/`) and the dialog, and loads Pagefind only on the reader's
 * first sign of intent (focus, hover or a press on the button, or a shortcut).
 * @param ranking Pagefind's ranking options from Starlight's configuration, passed on to Pagefind.
 */
export function defineSiteSearch(ranking: unknown): void {
	if (customElements.get('site-search')) return;
	customElements.define(
		'site-search',
		class SiteSearch extends HTMLElement {
			connectedCallback() {
				const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
				const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
				const dialog = this.querySelector('dialog')!;
				const frame = this.querySelector('.dialog-frame')!;
				const input = this.querySelector('input')!;
				const shortcut = openBtn.querySelector<HTMLElement>('kbd');

				// Starlight shows ⌘ on Apple devices; `navigator.platform`, as Starlight, because devtools spoof the user agent.
				if (shortcut && /(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
					const key = shortcut.querySelector('kbd');
					key?.setAttribute('data-key', '⌘');
					openBtn.setAttribute('aria-keyshortcuts', 'Meta+K /');
				}
				if (shortcut) shortcut.style.display = '';

				// Search is loaded once, on the first sign that the reader means to search.
				let started = false;
				const warm = () => {
					if (started) return;
					started = true;
					const { bundlePath = '/pagefind/', cacheTag = '', loadError = '' } = this.dataset;
					const start = startSearch(bundlePath, cacheTag);
					// The results view comes on the same intent as Pagefind, in parallel with its downloads.
					import('./search-engine').then(
						({ connectSearch, loadPagefind }) => connectSearch(this, loadPagefind(start, ranking)),
						() => {
							const status = Object.assign(document.createElement('p'), { className: 'search-status' });
							status.setAttribute('role', 'status');
							status.textContent = loadError;
							this.querySelector('form')?.after(status);
						},
					);
				};

				/** Closes the dialog on a click on a result link or outside the dialog's frame. */
				const onClick = (event: MouseEvent) => {
					const target = event.target as Node;
					if (
						(target as HTMLElement).closest?.('a[href]') ||
						(document.body.contains(target) && !frame.contains(target))
					) {
						dialog.close();
					}
				};
				const opened = () => {
					warm();
					document.body.toggleAttribute('data-search-modal-open', true);
					window.addEventListener('click', onClick);
				};
				const open = (event?: Event) => {
					dialog.showModal();
					input.focus();
					event?.stopPropagation();
					opened();
				};

				for (const type of ['focus', 'pointerenter', 'pointerdown', 'touchstart']) {
					openBtn.addEventListener(type, warm, { once: true, passive: true });
				}
				openBtn.addEventListener('click', open);
				closeBtn.addEventListener('click', () => dialog.close());
				dialog.addEventListener('close', () => {
					document.body.toggleAttribute('data-search-modal-open', false);
					window.removeEventListener('click', onClick);
				});
				window.addEventListener('keydown', (e) => {
					if (!isShortcut(e)) return;
					// `/` typed inside the open dialog is part of the query.
					if (dialog.open && e.key === '/') return;
					e.preventDefault();
					if (dialog.open) dialog.close();
					else open();
				});

				// The early inline script may have opened the dialog before this ran; take it over,
				// with whatever the reader has typed into it.
				if (dialog.open) opened();
				openBtn.disabled = false;
				this.toggleAttribute('data-ready', true);
			}
		},
	);
}
