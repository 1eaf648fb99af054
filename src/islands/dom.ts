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

/**
 * A filled copy of a server-rendered `<template>`. Its markup marks what changes with four
 * attributes, each removed once used:
 * - `data-if="key"` keeps the element only when `conditions[key]` holds, `data-unless="key"` only
 *   when it does not;
 * - `data-fill="key"` adds the text or elements of `content[key]`;
 * - `data-href="key"` sets the link's address to `hrefs[key]`.
 * Keys are looked up from the maps, so an attribute whose key they lack stays in the page, where
 * tests look for leftovers.
 */
export function fillTemplate(
	template: HTMLTemplateElement,
	conditions: Record<string, unknown>,
	content: Record<string, Child>,
	hrefs: Record<string, string>,
): DocumentFragment {
	const copy = document.importNode(template.content, true);
	/** Runs `use` on every element whose `attribute` is `key`, after removing the attribute. */
	const each = (attribute: string, key: string, use: (element: Element) => unknown) => {
		for (const element of copy.querySelectorAll(`[${attribute}="${key}"]`)) {
			element.removeAttribute(attribute);
			use(element);
		}
	};
	for (const [key, holds] of Object.entries(conditions)) {
		each('data-if', key, (element) => holds || element.remove());
		each('data-unless', key, (element) => holds && element.remove());
	}
	for (const [key, child] of Object.entries(content)) each('data-fill', key, (element) => append(element, child));
	for (const [key, href] of Object.entries(hrefs))
		each('data-href', key, (element) => element.setAttribute('href', href));
	return copy;
}
