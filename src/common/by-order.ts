/** Something a list shows in a set place: every collection entry with an `order` field. */
export interface Ordered {
	data: { order: number };
}

/** Compares two entries by their `order` field, the order every list and table of the site uses. */
export const byOrder = (a: Ordered, b: Ordered) => a.data.order - b.data.order;

/** A sorted copy of `entries` by their `order` field; the input is left as it was. */
export const sortByOrder = <T extends Ordered>(entries: readonly T[]): T[] => [...entries].sort(byOrder);
