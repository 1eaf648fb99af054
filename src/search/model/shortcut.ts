/** What `isSearchShortcut` reads of a key press: a `KeyboardEvent` has all of it. */
export interface KeyPress {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	target: EventTarget | null;
}

/** Where a typed `/` is text rather than the shortcut. */
const TEXT_FIELD = 'input, textarea, select, [contenteditable]';

/**
 * Whether a key press opens (or closes) the search dialog: Ctrl K or ⌘ K anywhere, as in
 * Starlight, and `/` outside a text field, as on many documentation sites.
 */
export function isSearchShortcut({ key, ctrlKey, metaKey, target }: KeyPress): boolean {
	if ((ctrlKey || metaKey) && key === 'k') return true;
	return key === '/' && !(target as Element | null)?.closest?.(TEXT_FIELD);
}

/** Whether the platform's shortcut key is ⌘ rather than Ctrl, read as Starlight reads it. */
export const isApplePlatform = (platform: string): boolean => /Mac|iPhone|iPod|iPad/i.test(platform);
