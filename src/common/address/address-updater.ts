/** The timer functions the updater needs; tests pass fake ones. */
export interface Timers {
	setTimeout: (callback: () => void, ms: number) => ReturnType<typeof setTimeout>;
	clearTimeout: (handle: ReturnType<typeof setTimeout>) => void;
}

/** What `createAddressUpdater` returns. */
export interface AddressUpdater {
	/** Asks for the address to become `url`; it is written at most once per interval, latest wins. */
	update(url: string): void;
	/** Writes a pending address at once (for example before the page is hidden). */
	flush(): void;
}

/**
 * The shortest time between two address updates. Safari throws a SecurityError once a page calls
 * `history.replaceState` more than 100 times in 30 seconds; at most four calls a second stay well
 * under that, however fast a reader types or drags a slider.
 */
export const ADDRESS_UPDATE_INTERVAL_MS = 250;

/**
 * Throttles and guards address updates. Each `update` records the wanted address; the first starts
 * a timer, and when it fires the latest address is written with `replace`, so a burst of keystrokes
 * or slider steps costs one call per interval and always ends on the latest state. A `replace` that
 * throws (Safari's limit, a sandboxed frame) is swallowed: the address is a convenience for sharing,
 * the page's own state is unaffected, and the next update tries again.
 */
export function createAddressUpdater(
	replace: (url: string) => void,
	intervalMs = ADDRESS_UPDATE_INTERVAL_MS,
	timers: Timers = {
		setTimeout: (callback, ms) => setTimeout(callback, ms),
		clearTimeout: (handle) => clearTimeout(handle),
	},
): AddressUpdater {
	let pending: string | null = null;
	let timer: ReturnType<typeof setTimeout> | null = null;
	const write = () => {
		timer = null;
		if (pending === null) return;
		const url = pending;
		pending = null;
		try {
			replace(url);
		} catch {
			// Nothing to do: see above. The page keeps working with the old address.
		}
	};
	return {
		update(url) {
			pending = url;
			if (timer === null) timer = timers.setTimeout(write, intervalMs);
		},
		flush() {
			if (timer !== null) timers.clearTimeout(timer);
			write();
		},
	};
}
