/**
 * A very small element builder for islands that do not need Preact. Text children become text
 * nodes and attributes are set one by one, so nothing is ever parsed as HTML: a string from the
 * address bar or from storage can only ever show up as text.
 */

/** A child of an element: text, another node, or nothing (skipped, so conditions read naturally). */
export type Child = Node | string | null | undefined | false | Child[];

/** Attributes by name; `on` holds event listeners; `value` and `checked`-style state go through properties. */
export interface Props {
	[attribute: string]: string | number | boolean | undefined | Record<string, (event: Event) => void>;
	on?: Record<string, (event: Event) => void>;
}

function append(parent: Node, child: Child) {
	if (child === null || child === undefined || child === false) return;
	if (Array.isArray(child)) for (const c of child) append(parent, c);
	else parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
}

/** Creates an element with attributes, listeners and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Props | null,
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	// Children first, so a select's value can name one of its options.
	append(element, children);
	for (const [name, value] of Object.entries(props ?? {})) {
		if (name === 'on') {
			for (const [type, listener] of Object.entries(value as Record<string, (event: Event) => void>))
				element.addEventListener(type, listener);
		} else if (name === 'value') {
			(element as HTMLInputElement).value = String(value);
		} else if (value === true) {
			element.setAttribute(name, '');
		} else if (value !== undefined && value !== false) {
			element.setAttribute(name, String(value));
		}
	}
	return element;
}
