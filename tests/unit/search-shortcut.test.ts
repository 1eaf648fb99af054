import { describe, expect, test } from 'vitest';
import { isApplePlatform, isSearchShortcut } from '../../src/search/model/shortcut';

/** A key press as the browser reports it, on the page's body unless `target` says otherwise. */
const press = (key: string, mods: { ctrlKey?: boolean; metaKey?: boolean } = {}, target: object | null = null) => ({
	key,
	ctrlKey: mods.ctrlKey ?? false,
	metaKey: mods.metaKey ?? false,
	target: target as EventTarget | null,
});

/** An element that is, or is not, inside a text field (what `closest` answers). */
const element = (inTextField: boolean) => ({
	closest: (selector: string) => (inTextField && selector.includes('input') ? {} : null),
});

describe('isSearchShortcut', () => {
	test('Ctrl K and ⌘ K open search from anywhere, a text field included', () => {
		expect(isSearchShortcut(press('k', { ctrlKey: true }))).toBe(true);
		expect(isSearchShortcut(press('k', { metaKey: true }))).toBe(true);
		expect(isSearchShortcut(press('k', { ctrlKey: true }, element(true)))).toBe(true);
	});

	test('"/" opens search outside a text field, and is text inside one', () => {
		expect(isSearchShortcut(press('/'))).toBe(true);
		expect(isSearchShortcut(press('/', {}, element(false)))).toBe(true);
		expect(isSearchShortcut(press('/', {}, element(true)))).toBe(false);
	});

	test('other keys, and K without Ctrl or ⌘, are typed as usual', () => {
		expect(isSearchShortcut(press('k'))).toBe(false);
		expect(isSearchShortcut(press('K', { ctrlKey: true }))).toBe(false);
		expect(isSearchShortcut(press('j', { ctrlKey: true }))).toBe(false);
		expect(isSearchShortcut(press('?', {}, element(false)))).toBe(false);
	});

	test('"/" on a target that is not an element (the window) is the shortcut', () => {
		expect(isSearchShortcut(press('/', {}, {}))).toBe(true);
	});
});

describe('isApplePlatform', () => {
	test.each([
		['MacIntel', true],
		['iPhone', true],
		['iPad', true],
		['iPod touch', true],
		['Win32', false],
		['Linux x86_64', false],
		['', false],
	])('%s → %s', (platform, apple) => {
		expect(isApplePlatform(platform)).toBe(apple);
	});
});
