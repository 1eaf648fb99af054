import type { ClientDirective } from 'astro';
import { isApplePlatform, isSearchShortcut } from '../model/shortcut';
import { startPagefind } from './pagefind';

/** What `client:intent` is given: the addresses of Pagefind's JavaScript API and of the title list. */
export interface IntentValue {
	pagefind: string;
	titles: string;
}

/**
 * `client:intent`, the search dialog's hydration directive (registered by
 * `src/search/search-integration.ts` with Astro's `addClientDirective`). Astro inlines it in every page,
 * so it is kept small: nothing of search is fetched until the reader shows they mean to search, by
 * focus, pointer or touch on the island's button, or the search shortcut. Then it hydrates the
 * island and, at the same moment, starts what its value names (`client:intent={{ pagefind, titles }}`):
 * Pagefind, whose runtime, WebAssembly and index metadata are then on their way while the island's
 * own code arrives, and the download of the title list the island shows while Pagefind loads.
 *
 * Until the island has hydrated, this directive does the dialog's work that cannot wait: a click on
 * the button or the shortcut opens the dialog and focuses its field, so whatever the reader types
 * lands there and is searched once the island runs; no keystroke is lost. It hands over to the
 * island just before hydrating it. The island marks its dialog `data-ready` when it has taken over;
 * if it never does (its code could not be fetched), the directive writes the message the island's
 * status line carries in `data-load-error` and goes on opening and closing the dialog.
 */
const intent: ClientDirective = (load, options, island) => {
	const value = options.value as unknown as IntentValue;
	const button = island.querySelector('button')!;
	const dialog = island.querySelector('dialog')!;
	if (isApplePlatform(navigator.platform)) {
		island.querySelector('[data-key]')?.setAttribute('data-key', '⌘');
		button.setAttribute('aria-keyshortcuts', 'Meta+K /');
	}

	const open = () => {
		if (dialog.open) return;
		dialog.showModal();
		dialog.querySelector('input')?.focus();
	};
	const onKey = (event: KeyboardEvent) => {
		// A `/` typed into the open dialog is part of the query.
		if (!isSearchShortcut(event) || (dialog.open && event.key === '/')) return;
		event.preventDefault();
		if (dialog.open) dialog.close();
		else open();
		void start();
	};

	let started = false;
	const start = async () => {
		if (started) return;
		started = true;
		// The dialog reports a failed download when it searches.
		startPagefind(value.pagefind).catch(() => {});
		const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: value.titles });
		// As `fetch()` asks for it, so the island's request finds this one.
		link.crossOrigin = 'anonymous';
		document.head.append(link);
		try {
			const hydrate = await load();
			// The island registers its own handlers while it hydrates, synchronously, so none is missed.
			removeEventListener('keydown', onKey);
			button.removeEventListener('click', open);
			await hydrate();
		} finally {
			if (!dialog.hasAttribute('data-ready')) {
				// The island is not coming: say so, and keep the button and the shortcut working.
				const status = island.querySelector<HTMLElement>('[data-load-error]');
				if (status) status.textContent = status.dataset.loadError ?? '';
				listen();
			}
		}
	};

	const listen = () => {
		addEventListener('keydown', onKey);
		button.addEventListener('click', open);
	};
	listen();
	for (const type of ['focusin', 'pointerover', 'pointerdown', 'touchstart', 'click']) {
		button.addEventListener(type, start, { once: true, passive: true });
	}
};

export default intent;
