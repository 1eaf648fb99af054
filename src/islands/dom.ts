/**
 * A very small element builder for islands that do not need Preact. Text children become text
 * nodes and attributes are set one by one, so nothing is ever parsed as HTML: a string from the
 * address bar or from storage can only ever show up as text.
 */

/** A child of an element: text, another node, or nothing (skipped, so conditions read naturally). */
export type Child = Node | string | null | undefined | false | Child[];

/** Attributes by name; an undefined one is left out. Listeners and form values are set by the caller. */
export type Props = Record<string, string | number | undefined>;

/** Adds `child` (text, nodes, nested lists of them) at the end of `parent`; nothing is parsed as HTML. */
export function append(parent: Element, child: Child) {
	if (Array.isArray(child)) for (const c of child) append(parent, c);
	// The DOM's own `append` makes a text node of a string.
	else if (child != null && child !== false) parent.append(child);
}

/** Creates an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Props | null,
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	append(element, children);
	for (const [name, value] of Object.entries(props ?? {})) {
		if (value !== undefined) element.setAttribute(name, String(value));
	}
	return element;
}
