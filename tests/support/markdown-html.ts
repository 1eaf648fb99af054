import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/**
 * Renders Markdown as a GitHub-flavoured viewer would, with raw HTML allowed (as many viewers do),
 * so a test sees what a hostile text would become in the worst of them.
 */
export function renderMarkdown(markdown: string): string {
	return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** Hostile texts a crafted link could carry into a Markdown export. */
export const HOSTILE = {
	img: '<img src=x onerror=alert(1)>',
	link: '[x](javascript:alert(1))',
	script: '<script>alert(1)</script>',
	autolink: '<javascript:alert(1)>',
	emphasis: '**bold** _it_ ~~gone~~ `code`',
	heading: '# Heading',
	list: '- item',
	numbered: '1. item',
	entity: '&lt;b&gt;',
} as const;

/**
 * What must never appear in the rendered HTML of a text that should stay text: an element the text
 * made, or a link to anything.
 */
export const MARKUP_IN_HTML = /<(img|script|a|strong|em|del|code|h[1-6]|li|b)\b/i;
