/**
 * SVG has no automatic line breaking, so labels that may be long are broken into lines here, at
 * build time. Widths are counted in characters: an average character of the site's sans-serif
 * fonts is a little over half the font size wide, which is what `charsPerLine` callers assume.
 *
 * @param text The label, in plain text.
 * @param maxChars The most characters a line may hold; a single longer word gets a line of its own.
 * @returns The lines, in order, none empty; an empty text gives no lines.
 */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > maxChars) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * How many characters of a font of `fontSize` fit in `width` user units. 0.56 em is a generous
 * average advance for the system sans-serif fonts Starlight uses, so text stays inside its box.
 *
 * @param width The room, in the SVG's user units.
 * @param fontSize The font size, in the same units.
 */
export function charsThatFit(width: number, fontSize: number): number {
	return Math.max(1, Math.floor(width / (fontSize * 0.56)));
}
