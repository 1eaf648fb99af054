import { readFileSync } from 'node:fs';
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { htmlFileOf } from '../../scripts/measure/built-site';
import { DIST, SITE_PAGES } from '../support/site-pages';

/**
 * html-validate's recommended rules, which go beyond the HTML standard into accessibility and style.
 * Two are tuned rather than listed, because they are matters of style, not validity:
 * - `void-style`: Astro writes void elements as `<meta />`; HTML allows both spellings.
 * - `valid-id`: Starlight names the page heading `_top`; HTML only forbids empty ids and spaces,
 *   which the relaxed mode still checks.
 * - `no-redundant-for`: a label that wraps its control and also names it with `for` is valid, and
 *   pairs the two even if the markup inside the label changes.
 */
const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: { 'void-style': 'off', 'valid-id': ['error', { relaxed: true }], 'no-redundant-for': 'off' },
});

/** Where an error sits in the page: outside `<main>` means Starlight's layout, not our content. */
interface Place {
	path: string;
	html: string;
	message: Message;
}

const outsideMain = ({ html, message }: Place) =>
	message.offset < html.indexOf('<main') || message.offset > html.indexOf('</main>');

/** The error is on the element that starts with this markup (html-validate points past the `<`). */
const onElement =
	(start: string) =>
	({ html, message }: Place) =>
		html.startsWith(start, message.offset);

/** Every error we accept, with where it may occur and why. Anything else fails the test. */
const ACCEPTED: { rule: string; where: (place: Place) => boolean; reason: string }[] = [
	{
		rule: 'no-implicit-button-type',
		where: outsideMain,
		reason:
			"Starlight's header buttons (search, menu, theme) sit in no <form>, so the implicit submit type does nothing. Our own buttons, in main, must say their type.",
	},
	{
		rule: 'no-inline-style',
		where: outsideMain,
		reason:
			"Starlight's icons (in the header's search button and field, theme select) carry a style attribute for their size; the CSP allows style attributes, which cannot run code. Our content keeps styles in CSS.",
	},
	{
		rule: 'unique-landmark',
		where: outsideMain,
		reason:
			'Starlight renders the table of contents twice (mobile and desktop) under one name, "On this page", and shows only one at a time, so axe, which checks what is rendered, finds no fault; its right-hand <aside> has no name.',
	},
	{
		rule: 'element-permitted-content',
		where: onElement('style>astro-island,astro-slot,astro-static-slot{display:contents}</style>'),
		reason:
			"Astro writes its islands' one-line style just before the first island (here the search dialog in the header); HTML wants <style> in <head>, but every browser applies it, and the CSP allows it by its hash.",
	},
	{
		rule: 'element-permitted-content',
		where: onElement('style>astro-island,astro-slot,astro-static-slot{display:contents}</style>'),
		reason:
			"Astro writes its islands' one rule (display: contents) in a <style> just before the page's first island, which the standard lists for <head> only; every browser applies it where it stands, and the CSP allows it by its hash.",
	},
	{
		rule: 'wcag/h32',
		where: onElement('form class="sp-form"'),
		reason:
			"The stack picker's form updates its result as each answer changes and never submits (its submit event is cancelled): there is nothing for a submit button to do, and no change of context on input.",
	},
	{
		rule: 'wcag/h71',
		where: onElement('fieldset class="sp-all"'),
		reason:
			"The stack picker's outer <fieldset> only disables every question until its script runs; each question is its own <fieldset> with a <legend>, and the form carries the group's name.",
	},
	{
		rule: 'wcag/h71',
		where: onElement('fieldset aria-labelledby="sc-languages-h"'),
		reason:
			"The scorecard's language checkboxes are named by their section's heading through aria-labelledby, which gives the group the same accessible name a <legend> would, without repeating the heading.",
	},
	...['input-attributes', 'valid-autocomplete'].map((rule) => ({
		rule,
		where: ({ message }: Place) => message.selector?.startsWith('#tick-') ?? false,
		reason:
			'The Team pages\' tick boxes carry autocomplete="off" so that Firefox does not restore ticks from its form cache over those saved in storage; the standard does not list the attribute for checkboxes, and other browsers ignore it.',
	})),
	{
		rule: 'long-title',
		where: ({ path }) => path === '/languages/runtimes/',
		reason:
			'The rule is a search-snippet guideline (70 characters), not validity; this title names three runtimes and two languages, and reads better whole.',
	},
];

describe('the built HTML', () => {
	test.each(SITE_PAGES)('%s passes html-validate, save for the listed exceptions', async (path) => {
		const file = htmlFileOf(DIST, path);
		const html = readFileSync(file, 'utf8');
		const report = await validator.validateString(html, file);
		const errors = report.results
			.flatMap((r) => r.messages)
			.filter((message) => !ACCEPTED.some((a) => a.rule === message.ruleId && a.where({ path, html, message })))
			.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector})`);
		expect(errors).toEqual([]);
	});

	test('the validator does catch an error in our own content', async () => {
		// Guards the allow-list: a button in main without a type is not excused as Starlight's.
		const html =
			'<!doctype html><html lang="en"><head><title>t</title></head><body><main><button>Go</button></main></body></html>';
		const report = await validator.validateString(html);
		const messages = report.results.flatMap((r) => r.messages);
		const excused = messages.filter((message) =>
			ACCEPTED.some((a) => a.rule === message.ruleId && a.where({ path: '/', html, message })),
		);
		expect(messages.map((m) => m.ruleId)).toContain('no-implicit-button-type');
		expect(excused).toEqual([]);
	});
});
