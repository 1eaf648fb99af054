/**
 * The browser chores every island shares: storage that may be disabled or full when writing, the clipboard that
 * may refuse, and saving a file without a server. Each is written once here so the islands stay
 * views and every failure is handled the same way.
 */

/**
 * Saves `value` under `key`, or removes the item when `value` is `null`. Storage may be full or
 * disabled; the address bar then still holds the state, so a failure is ignored.
 */
export function store(key: string, value: string | null): void {
	try {
		if (value === null) localStorage.removeItem(key);
		else localStorage.setItem(key, value);
	} catch {
		// See above: the link still carries the state.
	}
}

/** Replaces the address bar's query string without a reload or a new history entry; the hash stays. */
export function replaceQuery(query: string): void {
	const { pathname, hash } = location;
	history.replaceState(history.state, '', `${pathname}${query ? `?${query}` : ''}${hash}`);
}

/** Sets one query parameter in the address bar (or removes it when `value` is `null`), keeping the rest. */
export function setQueryParam(name: string, value: string | null): void {
	const url = new URL(location.href);
	if (value === null) url.searchParams.delete(name);
	else url.searchParams.set(name, value);
	history.replaceState(history.state, '', url);
}

/** Copies `text` to the clipboard; resolves to whether the browser allowed it. */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** Saves `text` as a file named `name`; a temporary object URL avoids a server round trip. */
export function downloadText(name: string, text: string, type: string): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([text], { type }));
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
